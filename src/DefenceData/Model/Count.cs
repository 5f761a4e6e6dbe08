using System.ComponentModel.DataAnnotations;
using DefenceData.Annotations;

namespace DefenceData;

/// <summary>A number stated by a source, with how it qualifies it ("over 1,200" is more than 1,200).</summary>
public sealed record Count
{
    /// <summary>The number as given: a count of people or things, never negative.</summary>
    [Range(0, long.MaxValue)]
    public required long Value { get; init; }

    /// <summary>How the true figure relates to <see cref="Value"/>.</summary>
    public required CountQualifier Qualifier { get; init; }

    /// <summary>What is counted, e.g. "people killed".</summary>
    public required string What { get; init; }

    /// <summary>A further description the source gives of those counted, if any.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The id of the fact the figure reports, unique across the dataset (e.g. "pahalgam-attack-killed"):
    /// figures with the same id are alternative reports of one number (two articles' "26 killed"), to be
    /// counted once (<see cref="Counts.OnePerFact"/>). <see langword="null"/>: the figure is a fact of its own.
    /// </summary>
    public string? FactId { get; init; }

    /// <summary>
    /// The <see cref="FactId"/> of the figure this one is part of (the one foreign national among the 26 killed):
    /// it is included in that figure, not to be added to it. <see langword="null"/> when it is part of none.
    /// </summary>
    public string? PartOf { get; init; }

    /// <summary>Where the number is stated.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Citation> Citations { get; init; }
}
