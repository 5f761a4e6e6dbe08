using System.ComponentModel;

namespace DefenceData.Metadata;

/// <summary>
/// One data field of a record type (a public settable property): its key, C# name, value shape,
/// whether YAML must give it, what it refers to, and a typed accessor.
/// </summary>
public abstract class FieldMetadata
{
    /// <summary>Describes a field.</summary>
    /// <param name="key">The key in YAML, JSON and CSV (camelCase).</param>
    /// <param name="name">The C# property name.</param>
    /// <param name="value">The shape of its value.</param>
    /// <param name="isRequired">Whether every record must give it.</param>
    /// <param name="referenceTarget">The record type its ids refer to (<c>[Reference]</c>), if any.</param>
    /// <param name="description">The summary of its XML documentation, if it has one.</param>
    private protected FieldMetadata(string key, string name, ValueMetadata value, bool isRequired, Type? referenceTarget, string? description)
    {
        Key = key;
        Name = name;
        Value = value;
        IsRequired = isRequired;
        ReferenceTarget = referenceTarget;
        Description = description;
    }

    /// <summary>The key in YAML, JSON and CSV: the property name in camelCase (<c>participantIds</c>).</summary>
    public string Key { get; }

    /// <summary>The C# property name (<c>ParticipantIds</c>).</summary>
    public string Name { get; }

    /// <summary>The shape of the value.</summary>
    public ValueMetadata Value { get; }

    /// <summary>The kind of the value (<see cref="ValueMetadata.Kind"/>).</summary>
    public ValueKind Kind => Value.Kind;

    /// <summary>Whether every record must give it (a <c>required</c> property).</summary>
    public bool IsRequired { get; }

    /// <summary>The record type whose ids this field holds (<c>[Reference(typeof(Person))]</c>), or <see langword="null"/>.</summary>
    public Type? ReferenceTarget { get; }

    /// <summary>The summary of the property's XML documentation, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>The field's value in a record of the declaring type.</summary>
    /// <param name="record">A record (or nested object) of the type this field belongs to.</param>
    /// <returns>The value, boxed; <see langword="null"/> when absent.</returns>
    public abstract object? GetValue(object record);
}

/// <summary>A field with its typed accessor: no reflection reads it.</summary>
/// <typeparam name="TRecord">The declaring type.</typeparam>
/// <typeparam name="TValue">The property's type.</typeparam>
public sealed class FieldMetadata<TRecord, TValue> : FieldMetadata
{
    private readonly Func<TRecord, TValue> _get;

    /// <summary>Describes a field; the generator calls this, in generated metadata.</summary>
    /// <param name="key">The key in YAML, JSON and CSV (camelCase).</param>
    /// <param name="name">The C# property name.</param>
    /// <param name="value">The shape of its value.</param>
    /// <param name="isRequired">Whether every record must give it.</param>
    /// <param name="referenceTarget">The record type its ids refer to, if any.</param>
    /// <param name="description">The summary of its XML documentation, if it has one.</param>
    /// <param name="get">Reads the property.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public FieldMetadata(string key, string name, ValueMetadata value, bool isRequired, Type? referenceTarget, string? description, Func<TRecord, TValue> get)
        : base(key, name, value, isRequired, referenceTarget, description) => _get = get;

    /// <summary>The field's value, typed.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The value.</returns>
    public TValue Get(TRecord record) => _get(record);

    /// <inheritdoc />
    public override object? GetValue(object record) => _get((TRecord)record);
}
