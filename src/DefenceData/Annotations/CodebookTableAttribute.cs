namespace DefenceData.Annotations;

/// <summary>
/// Marks a <c>static partial</c> class the generator fills with a codebook's rows at build time: a
/// tab-separated file under the data directory (a header line, then a code and its value a line).
/// The class gets <c>Entries</c> (every row, in the file's order) and <c>Find(code)</c> (the value,
/// or <see langword="null"/>), written as code: no file is read at run time. The file is the one home
/// of the codebook; a file the build does not have is DD0033 at the attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CodebookTableAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="path">The codebook file, relative to the data directory (<c>reference/cameo/CAMEO.goldsteinscale.tsv</c>).</param>
    public CodebookTableAttribute(string path) => Path = path;

    /// <summary>The codebook file, relative to the data directory.</summary>
    public string Path { get; }
}
