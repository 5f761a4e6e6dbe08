using DefenceData.Annotations;

namespace DefenceData;

/// <summary>A person named in the articles, with the roles they are given over time.</summary>
public sealed partial record Person
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The full name as the articles give it.</summary>
    public required string Name { get; init; }

    /// <summary>The country the person serves, where the articles say.</summary>
    [Reference(typeof(Country))]
    public string? CountryId { get; init; }

    /// <summary>The roles the sources give, each with its citations; differing forms are kept side by side.</summary>
    public IReadOnlyList<Role> Roles { get; init; } = [];

    /// <summary>Where the articles name the person.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Citation> Citations { get; init; }
}
