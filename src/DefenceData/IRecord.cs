namespace DefenceData;

/// <summary>
/// A record of a collection: what every collection's record type has in common. The generator
/// implements it on a <see langword="partial"/> record type; a type that is not partial implements
/// it itself (its <c>required string Id</c> property already does).
/// </summary>
public interface IRecord
{
    /// <summary>The record's id: unique in its collection, kebab-case.</summary>
    string Id { get; }
}
