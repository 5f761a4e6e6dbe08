namespace DefenceData.Annotations;

/// <summary>
/// Marks a text property whose value must be a code of a codebook: a tab-separated file under the
/// data directory (a header line, then one code a line in the first column, what it means in the
/// second). The generator reads the file at build time and reports a value that is not one of its
/// codes at the value, with the nearest codes (DD0032); a codebook file the build does not have is
/// DD0033. The property knows nothing of what the codes mean: <see cref="CodebookTableAttribute"/>
/// compiles the same file into a lookup.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class CodebookAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="path">The codebook file, relative to the data directory (<c>reference/cameo/CAMEO.eventcodes.tsv</c>).</param>
    public CodebookAttribute(string path) => Path = path;

    /// <summary>The codebook file, relative to the data directory.</summary>
    public string Path { get; }
}
