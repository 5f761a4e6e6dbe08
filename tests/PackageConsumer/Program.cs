using DefenceData;
using DefenceData.Annotations;

// The packaged dataset, queried with LINQ.
Console.WriteLine(DatasetInfo.Describe());
foreach (var e in Dataset.Events.Where(e => e.Date is not null).OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal))
{
    Console.WriteLine($"event {e.Date} {e.Id}: {string.Join(", ", e.Participants.Select(p => p.Name))}");
}

// This project's own YAML, compiled by the DefenceData.Generators package: records of DefenceData's
// Person type (data/people) and of a type of its own (data/briefings).
foreach (var person in AnalystPeople.All)
{
    Console.WriteLine($"own person {person.Id}: {person.Name} ({person.Roles[0].Title})");
}

foreach (var briefing in Briefings.All)
{
    Console.WriteLine($"own briefing {briefing.Id} {briefing.Date}: {briefing.Title}, attended by {string.Join(", ", briefing.Attendees.Select(a => a.Name))}");
}

/// <summary>This project's people: data/people/*.yaml, of DefenceData's <see cref="Person"/> type.</summary>
[DataCollection(typeof(Person), "people")]
public static partial class AnalystPeople;

/// <summary>This project's sources: data/sources/*.yaml, of DefenceData's <see cref="Source"/> type; its citations cite these.</summary>
[DataCollection(typeof(Source), "sources")]
public static partial class AnalystSources;

/// <summary>This project's briefings: data/briefings/*.yaml, of its own record type.</summary>
[DataCollection(typeof(Briefing), "briefings")]
public static partial class Briefings;

/// <summary>A briefing held by this project's analysts.</summary>
public sealed partial record Briefing
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>What it was about.</summary>
    public required string Title { get; init; }

    /// <summary>When it was held.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Who attended: ids of <see cref="AnalystPeople"/>.</summary>
    [Reference(typeof(Person))]
    public IReadOnlyList<string> AttendeeIds { get; init; } = [];
}
