namespace DefenceData.Annotations;

/// <summary>
/// Marks a quote property: at build time the quote must occur verbatim in the evidence text of
/// the record named by the sibling reference property <see cref="SourceProperty"/>.
/// </summary>
/// <remarks>
/// The comparison folds runs of whitespace to one space and typographic quotes and apostrophes to
/// their ASCII forms; nothing else.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class VerbatimQuoteAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="sourceProperty">The name of the sibling property holding the source id.</param>
    public VerbatimQuoteAttribute(string sourceProperty) => SourceProperty = sourceProperty;

    /// <summary>The name of the sibling property holding the source id.</summary>
    public string SourceProperty { get; }
}
