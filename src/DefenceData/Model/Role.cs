using DefenceData.Annotations;

namespace DefenceData;

/// <summary>An office or rank a person holds, as a source states it at a time.</summary>
public sealed partial record Role
{
    /// <summary>The office, e.g. "Defence Secretary".</summary>
    public required string Title { get; init; }

    /// <summary>The military rank with any suffix exactly as given, e.g. "Major General (Res)".</summary>
    public string? Rank { get; init; }

    /// <summary>The organisation the office is in, where stated.</summary>
    [Reference(typeof(Organisation))]
    public string? OrganisationId { get; init; }

    /// <summary>The publication date of the source that states the role; <see langword="null"/> for an undated source.</summary>
    public PartialDate? AsOf { get; init; }

    /// <summary>Where the role is stated.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Citation> Citations { get; init; }
}
