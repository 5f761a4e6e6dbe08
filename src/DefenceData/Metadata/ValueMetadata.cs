using System.ComponentModel;

namespace DefenceData.Metadata;

/// <summary>The shape of one value: its kind, its C# type and, for enums, objects and lists, what they hold.</summary>
public sealed class ValueMetadata
{
    /// <summary>
    /// Describes a value; generated metadata calls this. Every parameter is given (none optional), so
    /// what a later version adds comes as a new overload and code generated against this one still runs.
    /// </summary>
    /// <param name="kind">The kind of value.</param>
    /// <param name="type">The C# type (for a nullable value type, the underlying type).</param>
    /// <param name="isNullable">Whether the value may be absent (<see langword="null"/>).</param>
    /// <param name="enum">The enum's members, for <see cref="ValueKind.Enum"/>.</param>
    /// <param name="object">The nested type's fields, for <see cref="ValueKind.Object"/>.</param>
    /// <param name="element">The items' shape, for <see cref="ValueKind.List"/>.</param>
    /// <param name="pattern">The regular expression the value's text matches, where the kind has one (dates).</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ValueMetadata(ValueKind kind, Type type, bool isNullable, EnumMetadata? @enum, RecordTypeMetadata? @object, ValueMetadata? element, string? pattern)
    {
        Kind = kind;
        Type = type;
        IsNullable = isNullable;
        Enum = @enum;
        Object = @object;
        Element = element;
        Pattern = pattern;
    }

    /// <summary>The kind of value.</summary>
    public ValueKind Kind { get; }

    /// <summary>The C# type; for a nullable value type, the underlying type (<c>int</c> for <c>int?</c>).</summary>
    public Type Type { get; }

    /// <summary>Whether the value may be absent: the property's type is nullable.</summary>
    public bool IsNullable { get; }

    /// <summary>The enum's members with their texts, for <see cref="ValueKind.Enum"/>; otherwise <see langword="null"/>.</summary>
    public EnumMetadata? Enum { get; }

    /// <summary>The nested type's fields, for <see cref="ValueKind.Object"/>; otherwise <see langword="null"/>.</summary>
    public RecordTypeMetadata? Object { get; }

    /// <summary>The shape of each item, for <see cref="ValueKind.List"/>; otherwise <see langword="null"/>.</summary>
    public ValueMetadata? Element { get; }

    /// <summary>
    /// The regular expression (anchored with <c>^…$</c>) every value's text matches, where the kind
    /// has one: the partial-date pattern the build and the JSON Schemas check; otherwise <see langword="null"/>.
    /// </summary>
    public string? Pattern { get; }

    /// <summary>Whether the value is written as one scalar (text, number, boolean, enum or date), not an object or list.</summary>
    public bool IsScalar => Kind is not (ValueKind.Object or ValueKind.List);
}
