using System.Collections.Immutable;
using System.Reflection;
using DefenceData.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DefenceData.Generators.Tests;

/// <summary>Runs the generator in memory over C# sources and additional files.</summary>
internal static class GeneratorHarness
{
    /// <summary>A small schema used by most generator tests.</summary>
    public const string FixtureSource = """
        using System.Collections.Generic;
        using DefenceData;
        using DefenceData.Annotations;

        namespace Fixture;

        public enum Colour { Red, DarkBlue }

        public sealed record Note
        {
            [Reference(typeof(Book))]
            public required string BookId { get; init; }

            [VerbatimQuote(nameof(BookId))]
            public required string Quote { get; init; }
        }

        public sealed partial record Thing
        {
            public required string Id { get; init; }
            public required string Name { get; init; }
            public int? Size { get; init; }
            public long Weight { get; init; }
            public bool Active { get; init; }
            public decimal? Price { get; init; }
            public double Ratio { get; init; }
            public PartialDate? When { get; init; }
            public Colour Colour { get; init; }
            public IReadOnlyList<string> Tags { get; init; } = [];
            [Reference(typeof(Thing))]
            public string? ParentId { get; init; }
            [Reference(typeof(Thing))]
            public IReadOnlyList<string> FriendIds { get; init; } = [];
            public IReadOnlyList<Note> Notes { get; init; } = [];
        }

        public sealed partial record Book
        {
            public required string Id { get; init; }
            [EvidenceFile]
            public required string Text { get; init; }
        }

        [DataCollection(typeof(Thing), "things")]
        public static partial class Things;

        [DataCollection(typeof(Book), "books")]
        public static partial class Books;
        """;

    public static readonly string DataDirectory = "/repo/data";

    private static readonly ImmutableArray<MetadataReference> s_references = LoadReferences();

    public static CSharpCompilation Compilation(string source = FixtureSource) =>
        CSharpCompilation.Create(
            "Fixture",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: "Fixture.cs")],
            s_references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, string? dataDirectory = null, bool track = true, string? emitMode = null, LanguageVersion languageVersion = LanguageVersion.Preview, string? namedMembers = null) =>
        CSharpGeneratorDriver.Create(
            [new DatasetGenerator().AsSourceGenerator()],
            files,
            new CSharpParseOptions(languageVersion),
            new OptionsProvider(dataDirectory, emitMode, namedMembers),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>
    /// Runs the generator once, untracked (step tracking costs more than the run itself at a thousand
    /// files, and no test of one run reads it); returns its result and the compilation with the generated sources.
    /// </summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<AdditionalText> files, string source = FixtureSource, string? dataDirectory = null, string? emitMode = null, string? namedMembers = null)
    {
        var driver = CreateDriver(files, dataDirectory, track: false, emitMode: emitMode, namedMembers: namedMembers).RunGeneratorsAndUpdateCompilation(Compilation(source), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    public static (GeneratorDriverRunResult Result, Compilation Output) Run(params (string Path, string Text)[] files) =>
        Run(files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)));

    /// <summary>
    /// Where <paramref name="marker"/> (which must occur once) starts in <paramref name="source"/>, as
    /// <see cref="Describe"/> writes a location: <c>Fixture.cs(line,col)</c>. Tests locate by marker,
    /// so a line added to the fixture moves nothing they expect.
    /// </summary>
    public static string LocationOf(string marker, string source = FixtureSource)
    {
        var index = source.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0 && source.IndexOf(marker, index + 1, StringComparison.Ordinal) < 0, $"'{marker}' occurs once in the fixture source");
        var lineStart = source.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var line = source.AsSpan(0, index).Count('\n') + 1;
        return $"Fixture.cs({line},{index - lineStart + 1})";
    }

    /// <summary>The generator's diagnostics as <c>file(line,col): id</c>, in a stable order.</summary>
    public static IReadOnlyList<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var file = span.Path.Length == 0 ? "" : Path.GetFileName(span.Path);
                return $"{file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Id}";
            })
            .Order(StringComparer.Ordinal)
            .ToList();

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(DefenceData.PartialDate).Assembly.Location))
            .ToImmutableArray();
    }

    public static string RepositoryRoot() =>
        Path.GetFullPath(typeof(GeneratorHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!);

    private sealed class OptionsProvider(string? dataDirectory, string? emitMode, string? namedMembers) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string?>
        {
            [DatasetGenerator.DataDirectoryProperty] = dataDirectory,
            ["build_property.DefenceDataEmitMode"] = emitMode,
            ["build_property.DefenceDataNamedMembers"] = namedMembers,
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);

        private sealed class Options(Dictionary<string, string?> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = values.GetValueOrDefault(key) ?? "";
                return value.Length > 0;
            }
        }
    }
}

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
