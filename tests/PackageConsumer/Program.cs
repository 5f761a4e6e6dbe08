using DefenceData;
using DefenceData.Annotations;
using DefenceData.Export;
using DefenceData.Generated;

// `PackageConsumer schema <dir>`: the JSON Schemas of this project's own collections, for editors
// (DataSchemas is generated from the record types by DefenceData.Generators).
if (args is ["schema", var schemaDirectory])
{
    foreach (var path in DataSchemas.WriteTo(schemaDirectory))
    {
        Console.WriteLine(path);
    }

    return;
}

// `PackageConsumer export <file>`: this project's own collections as one JSON object, written by the
// package's exporter from the generated metadata of this project's root (ProjectDataset).
if (args is ["export", var exportFile])
{
    using var stream = File.Create(exportFile);
    DatasetJson.Write(stream, ProjectDataset.Metadata);
    return;
}

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

    // Navigation on DefenceData's types resolves in this project: its own sources and organisations,
    // and DefenceData's countries (this project has no collection of countries).
    var role = person.Roles[0];
    Console.WriteLine($"own role {person.Id}: {role.Title} at {role.Organisation?.Name}, cited from {role.Citations[0].Source.Headline}");
    Console.WriteLine($"own person's country {person.Id}: {person.Country?.Name}");
}

foreach (var organisation in AnalystOrganisations.All)
{
    Console.WriteLine($"own organisation {organisation.Id}: {organisation.Name}, cited from {organisation.Citations[0].Source.Id}");
}

foreach (var briefing in Briefings.All)
{
    Console.WriteLine($"own briefing {briefing.Id} {briefing.Date}: {briefing.Title}, attended by {string.Join(", ", briefing.Attendees.Select(a => a.Name))}");
}

// The package's run-time help over this project's own dataset: fixture rows and reverse references.
foreach (var row in Fixtures.RecordsOf(ProjectDataset.Metadata))
{
    Console.WriteLine($"own fixture {row[0]}/{row[1]}");
}

foreach (var citation in Fixtures.CitationsOf(ProjectDataset.Metadata))
{
    Console.WriteLine($"own citation {citation.Collection}/{citation.RecordId}/{citation.Path}: {citation.Citation.SourceId}");
}

foreach (var reference in ProjectDataset.Metadata.ReferencesTo("example-institute"))
{
    Console.WriteLine($"own reference to example-institute: {reference.Record.Id} {reference.Path}");
}

/// <summary>This project's people: data/people/*.yaml, of DefenceData's <see cref="Person"/> type.</summary>
[DataCollection(typeof(Person), "people")]
public static partial class AnalystPeople;

/// <summary>This project's sources: data/sources/*.yaml, of DefenceData's <see cref="Source"/> type; its citations cite these.</summary>
[DataCollection(typeof(Source), "sources")]
public static partial class AnalystSources;

/// <summary>This project's organisations: data/organisations/*.yaml, of DefenceData's <see cref="Organisation"/> type.</summary>
[DataCollection(typeof(Organisation), "organisations")]
public static partial class AnalystOrganisations;

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
