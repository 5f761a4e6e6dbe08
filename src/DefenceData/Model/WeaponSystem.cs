using DefenceData.Annotations;

namespace DefenceData;

/// <summary>A weapon system named in the articles.</summary>
public sealed partial record WeaponSystem
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The name as the articles give it.</summary>
    public required string Name { get; init; }

    /// <summary>The kind, as the articles describe it (e.g. "kamikaze drone").</summary>
    public required string Kind { get; init; }

    /// <summary>The country of origin, where the articles say.</summary>
    [Reference(typeof(Country))]
    public IReadOnlyList<string> OriginIds { get; init; } = [];

    /// <summary>The countries the articles say use it.</summary>
    [Reference(typeof(Country))]
    public IReadOnlyList<string> OperatorIds { get; init; } = [];

    /// <summary>The events in connection with which the articles name it (e.g. the hostilities it was highlighted in).</summary>
    [Reference(typeof(Event))]
    public IReadOnlyList<string> EventIds { get; init; } = [];

    /// <summary>What the articles say of it: claims, each with the quotes that support it.</summary>
    public IReadOnlyList<Claim> Description { get; init; } = [];

    /// <summary>The whole <see cref="Description"/> as one text, its claims joined; <see langword="null"/> without claims.</summary>
    public string? DescriptionText => Claim.Join(Description);

    /// <summary>Where the articles name it.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Citation> Citations { get; init; }
}
