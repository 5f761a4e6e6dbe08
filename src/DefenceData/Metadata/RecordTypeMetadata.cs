namespace DefenceData.Metadata;

/// <summary>
/// A record type (or a nested object type such as <see cref="Citation"/>) as the generator read it:
/// its data fields in declaration order, and which of them name a record to a reader.
/// </summary>
public sealed class RecordTypeMetadata
{
    private readonly Lazy<IReadOnlyList<FieldMetadata>> _fields;
    private readonly Lazy<IReadOnlyList<FieldMetadata>> _labelFields;
    private readonly Lazy<Dictionary<string, FieldMetadata>> _byKey;

    /// <summary>Describes a type; the generator calls this, in generated metadata.</summary>
    /// <param name="type">The C# type.</param>
    /// <param name="fields">Builds its fields on first use (so types can refer to each other in any order).</param>
    /// <param name="labelKeys">The keys of the text fields that name a record to a reader, first choice first.</param>
    /// <param name="description">The summary of its XML documentation, if it has one.</param>
    public RecordTypeMetadata(Type type, Func<IReadOnlyList<FieldMetadata>> fields, IReadOnlyList<string> labelKeys, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(labelKeys);
        Type = type;
        Description = description;
        _fields = new Lazy<IReadOnlyList<FieldMetadata>>(fields);
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

    /// <summary>The text fields a reader names a record by (<c>name</c>, else <c>title</c>, <c>headline</c>, <c>summary</c>), first choice first; a list of claims labels by its texts joined.</summary>
    public IReadOnlyList<FieldMetadata> LabelFields => _labelFields.Value;

    /// <summary>The field with a key, or <see langword="null"/>.</summary>
    /// <param name="key">The key in YAML, JSON and CSV.</param>
    /// <returns>The field, or <see langword="null"/>.</returns>
    public FieldMetadata? Field(string key) => _byKey.Value.GetValueOrDefault(key);

    /// <summary>The label of a record: the first of <see cref="LabelFields"/> that has text.</summary>
    /// <param name="record">A record of this type.</param>
    /// <returns>The label, or <see langword="null"/> when none of them has text.</returns>
    public string? LabelOf(object record)
    {
        ArgumentNullException.ThrowIfNull(record);
        foreach (var field in LabelFields)
        {
            var value = field.GetValue(record);
            if ((value as string ?? (value as IReadOnlyList<Claim> is { } claims ? Claim.Join(claims) : null)) is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }
}
