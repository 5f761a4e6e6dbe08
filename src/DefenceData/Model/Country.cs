using DefenceData.Annotations;

namespace DefenceData;

/// <summary>A country named in the articles.</summary>
public sealed partial record Country
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The common English name.</summary>
    public required string Name { get; init; }

    /// <summary>Where the articles name it.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Citation> Citations { get; init; }
}
