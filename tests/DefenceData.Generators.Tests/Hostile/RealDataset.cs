using System.Collections.Immutable;
using System.Text;
using DefenceData.Generators.Shapes;
using Microsoft.CodeAnalysis;

namespace DefenceData.Generators.Tests.Hostile;

/// <summary>
/// The repository's real data files and the real model: the package's record types (from the
/// referenced DefenceData assembly) under <c>[DataCollection]</c> classes declared in the test
/// compilation, in namespace <c>RealData</c>, as the package declares them.
/// </summary>
internal static class RealDataset
{
    /// <summary>The package's own collection declarations (src/DefenceData/Collections.cs), moved to namespace RealData.</summary>
    public static string CollectionsSource { get; } = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "DefenceData", "Collections.cs"))
        .Replace("namespace DefenceData;", "using DefenceData;\n\nnamespace RealData;", StringComparison.Ordinal);

    private static readonly Lazy<ImmutableArray<CollectionShape>> s_shapes = new(ReadShapes);

    public static string DataDirectory { get; } = Path.Combine(GeneratorHarness.RepositoryRoot(), "data").Replace('\\', '/');

    /// <summary>Every data file (<c>data/**/*.yaml</c>) as its path and bytes, in ordinal path order.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> YamlFiles { get; } = Read("*.yaml");

    /// <summary>The evidence texts (<c>data/**/*.txt</c>).</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> TextFiles { get; } = Read("*.txt");

    /// <summary>The codebooks (<c>data/**/*.tsv</c>) the model's <c>[Codebook]</c> properties name.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> CodebookFiles { get; } = Read("*.tsv");

    /// <summary>The real model's collection shapes, as the generator reads them.</summary>
    public static ImmutableArray<CollectionShape> Shapes => s_shapes.Value;

    public static string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>All files as additional texts, decoded from bytes as the compiler decodes them.</summary>
    public static List<AdditionalText> AdditionalTexts() =>
        YamlFiles.Concat(TextFiles).Concat(CodebookFiles).Select(f => (AdditionalText)new ByteText(f.Path, f.Bytes)).ToList();

    private static List<(string Path, byte[] Bytes)> Read(string pattern) =>
        Directory.EnumerateFiles(DataDirectory, pattern, SearchOption.AllDirectories)
            .Select(p => p.Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllBytes(p)))
            .ToList();

    private static ImmutableArray<CollectionShape> ReadShapes()
    {
        var driver = GeneratorHarness.CreateDriver([], DataDirectory).RunGenerators(GeneratorHarness.Compilation(CollectionsSource));
        var shapes = driver.GetRunResult().Results[0].TrackedSteps[TrackingNames.Shapes]
            .SelectMany(step => step.Outputs)
            .Select(output => (CollectionShape)output.Value)
            .OrderBy(shape => shape.ClassFullyQualifiedName, StringComparer.Ordinal)
            .ToImmutableArray();
        Assert.Equal(10, shapes.Length);
        Assert.All(shapes, shape => Assert.Empty(shape.Diagnostics));
        return shapes;
    }
}
