using DefenceData.Annotations;

namespace DefenceData;

/// <summary>A country named in the articles.</summary>
public sealed partial record Country
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The common English name.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Its CAMEO country code (<c>"IND"</c>), from GDELT's lookup table by <see cref="Name"/>; <see langword="null"/>
    /// when the table has no country of that name. Derived, not part of the data.
    /// </summary>
    public string? CameoCode => CameoCodebook.CountryCode(Name);

    /// <summary>Where the articles name it.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Citation> Citations { get; init; }
}
