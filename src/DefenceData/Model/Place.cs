using DefenceData.Annotations;

namespace DefenceData;

/// <summary>A city, region or wider area named in the articles.</summary>
public sealed partial record Place
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The name as the articles give it.</summary>
    public required string Name { get; init; }

    /// <summary>The kind of place, where the articles give it; <see langword="null"/> when unknown.</summary>
    public PlaceKind? Kind { get; init; }

    /// <summary>The country it is in, where the articles say.</summary>
    [Reference(typeof(Country))]
    public string? CountryId { get; init; }

    /// <summary>The larger place it lies within, where the articles say.</summary>
    [Reference(typeof(Place))]
    public string? WithinId { get; init; }

    /// <summary>Where the articles name it.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Citation> Citations { get; init; }
}
