using System.ComponentModel;

namespace DefenceData.Metadata;

/// <summary>
/// A record type (or a nested object type such as <see cref="Citation"/>) as the generator read it:
/// its data fields in declaration order, and which of them name a record to a reader.
/// </summary>
public sealed class RecordTypeMetadata
{
    private readonly Lazy<IReadOnlyList<FieldMetadata>> _fields;
    private readonly Lazy<IReadOnlyList<FieldMetadata>> _derivedFields;
    private readonly Lazy<IReadOnlyList<FieldMetadata>> _labelFields;
    private readonly Lazy<Dictionary<string, FieldMetadata>> _byKey;

    /// <summary>Describes a type; the generator calls this, in generated metadata.</summary>
    /// <param name="type">The C# type.</param>
    /// <param name="fields">Builds its fields on first use (so types can refer to each other in any order).</param>
    /// <param name="derivedFields">Builds its derived fields (<c>[Derived]</c> get-only scalars) on first use.</param>
    /// <param name="labelKeys">The keys of the text fields that name a record to a reader, first choice first.</param>
    /// <param name="description">The summary of its XML documentation, if it has one.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public RecordTypeMetadata(Type type, Func<IReadOnlyList<FieldMetadata>> fields, Func<IReadOnlyList<FieldMetadata>> derivedFields, IReadOnlyList<string> labelKeys, string? description)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(derivedFields);
        _derivedFields = new Lazy<IReadOnlyList<FieldMetadata>>(() => Array.AsReadOnly(derivedFields().ToArray()));
        ArgumentNullException.ThrowIfNull(labelKeys);
        Type = type;
        Description = description;
        // Copied into a read-only list: no caller can change what every exporter reads.
        _fields = new Lazy<IReadOnlyList<FieldMetadata>>(() => Array.AsReadOnly(fields().ToArray()));
        _byKey = new Lazy<Dictionary<string, FieldMetadata>>(() => Fields.ToDictionary(f => f.Key, StringComparer.Ordinal));
        _labelFields = new Lazy<IReadOnlyList<FieldMetadata>>(() => labelKeys.Select(k => _byKey.Value[k]).ToArray());
    }

    /// <summary>The C# type.</summary>
    public Type Type { get; }

    /// <summary>The type's name (<c>Event</c>).</summary>
    public string Name => Type.Name;

    /// <summary>The summary of the type's XML documentation, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>The data fields: public settable properties, in declaration order (navigation and computed properties are not data).</summary>
    public IReadOnlyList<FieldMetadata> Fields => _fields.Value;

    /// <summary>
    /// The derived fields: <c>[Derived]</c> get-only scalars computed from the data (a CAMEO code's
    /// description, say). Not data: YAML never sets them and the JSON export leaves them out; the
    /// typed tables carry them as columns after the data's.
    /// </summary>
    public IReadOnlyList<FieldMetadata> DerivedFields => _derivedFields.Value;

    /// <summary>The text fields a reader names a record by (<c>name</c>, else <c>title</c>, <c>headline</c>, <c>summary</c>), first choice first; a list of claims labels by its texts joined.</summary>
    public IReadOnlyList<FieldMetadata> LabelFields => _labelFields.Value;

    /// <summary>The field with a key, or <see langword="null"/>.</summary>
    /// <param name="key">The key in YAML, JSON and CSV.</param>
    /// <returns>The field, or <see langword="null"/>.</returns>
    public FieldMetadata? Field(string key) => _byKey.Value.GetValueOrDefault(key);

    /// <summary>
    /// The label of a record: the first of <see cref="LabelFields"/> that has text; a label field that
    /// is a list of objects with a <c>text</c> field (claims) gives their texts joined by spaces.
    /// </summary>
    /// <param name="record">A record of this type.</param>
    /// <returns>The label, or <see langword="null"/> when none of them has text.</returns>
    public string? LabelOf(object record)
    {
        ArgumentNullException.ThrowIfNull(record);
        foreach (var field in LabelFields)
        {
            if (TextOf(field.GetValue(record), field.Value) is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }

    private static string? TextOf(object? value, ValueMetadata shape) => value switch
    {
        string text => text,
        System.Collections.IEnumerable items when shape.Element?.Object?.Field("text") is { } text =>
            string.Join(" ", items.Cast<object>().Select(item => text.GetValue(item) as string).Where(t => t is { Length: > 0 })),
        _ => null,
    };
}
