using DefenceData.Annotations;

namespace DefenceData;

/// <summary>A ministry, body, company or group named in the articles.</summary>
public sealed partial record Organisation
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The name as the articles give it.</summary>
    public required string Name { get; init; }

    /// <summary>Other names or abbreviations the articles use (e.g. "MoD").</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];

    /// <summary>The kind of organisation, where the articles give it; <see langword="null"/> when unknown.</summary>
    public OrganisationKind? Kind { get; init; }

    /// <summary>The country it belongs to, where the articles say.</summary>
    [Reference(typeof(Country))]
    public string? CountryId { get; init; }

    /// <summary>What the articles say of it, in brief: claims, each with the quotes that support it.</summary>
    public IReadOnlyList<Claim> Description { get; init; } = [];

    /// <summary>The whole <see cref="Description"/> as one text, its claims joined; <see langword="null"/> without claims.</summary>
    public string? DescriptionText => Claim.Join(Description);

    /// <summary>Where the articles name it.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Citation> Citations { get; init; }
}
