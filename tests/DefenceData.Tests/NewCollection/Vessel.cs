using DefenceData.Annotations;

namespace DefenceData.Tests.NewCollection;

/// <summary>A record type of the test project's own: a vessel, escorted by another, under a flag.</summary>
public sealed partial record Vessel
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The vessel escorting it, in this project's collection.</summary>
    [Reference(typeof(Vessel))]
    public string? EscortId { get; init; }

    /// <summary>The flag: a country of the DefenceData package (this project has no countries of its own).</summary>
    [Reference(typeof(Country))]
    public string? FlagId { get; init; }

    /// <summary>Vessels it sails with.</summary>
    [Reference(typeof(Vessel))]
    public IReadOnlyList<string> CompanionIds { get; init; } = [];
}

/// <summary>The test project's vessels: data/vessels/*.yaml.</summary>
[DataCollection(typeof(Vessel), "vessels")]
public static partial class Vessels;
