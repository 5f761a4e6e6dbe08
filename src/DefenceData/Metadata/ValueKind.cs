namespace DefenceData.Metadata;

/// <summary>
/// The kind of a field's value, as the generator reads it from the property's C# type: the same
/// kinds the YAML binds to, so every output renders a value by its kind, never by inspecting it.
/// </summary>
public enum ValueKind
{
    /// <summary>Text (<see cref="string"/>); an id when the field is a reference.</summary>
    Text,

    /// <summary>A <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>An <see cref="int"/>.</summary>
    Int32,

    /// <summary>A <see cref="long"/>.</summary>
    Int64,

    /// <summary>A <see cref="double"/>.</summary>
    Double,

    /// <summary>A <see cref="decimal"/>.</summary>
    Decimal,

    /// <summary>An enum value, written as its kebab-case text (<see cref="ValueMetadata.Enum"/>).</summary>
    Enum,

    /// <summary>A <see cref="PartialDate"/>, written as <c>2025</c>, <c>2025-07</c> or <c>2025-07-23</c>.</summary>
    Date,

    /// <summary>A nested object (<see cref="ValueMetadata.Object"/> describes its fields).</summary>
    Object,

    /// <summary>A read-only list (<see cref="ValueMetadata.Element"/> describes its items).</summary>
    List,
}
