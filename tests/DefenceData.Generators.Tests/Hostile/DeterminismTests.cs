using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests.Hostile;

/// <summary>
/// Generated sources are byte-identical whatever the culture of the compiler process, the line
/// ends and byte order mark of the data files, and the order the files come in: on the
/// repository's real data.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly Lazy<string> s_baseline = new(() => Generate(RealDataset.YamlFiles));

    /// <summary>Every generated source, by hint name, as one text; asserts the run was clean.</summary>
    private static string Generate(IEnumerable<(string Path, byte[] Bytes)> yamlFiles, string? culture = null)
    {
        var texts = yamlFiles.Concat(RealDataset.TextFiles).Concat(RealDataset.CodebookFiles).Select(f => (AdditionalText)new ByteText(f.Path, f.Bytes)).ToList();
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            if (culture is not null)
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            }

            var result = CreateDriver(texts, RealDataset.DataDirectory, track: false).RunGenerators(Compilation(RealDataset.CollectionsSource)).GetRunResult();
            Assert.Empty(result.Diagnostics);
            return string.Concat(result.Results[0].GeneratedSources
                .OrderBy(s => s.HintName, StringComparer.Ordinal)
                .Select(s => "// " + s.HintName + "\n" + s.SourceText));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    private static byte[] WithCrlf(byte[] bytes) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").Replace("\n", "\r\n"));

    private static byte[] WithBom(byte[] bytes) => [0xEF, 0xBB, 0xBF, .. bytes];

    [Fact]
    public void Real_data_generates_every_collection()
    {
        var hintNames = s_baseline.Value.Split('\n').Where(l => l.StartsWith("// RealData.", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, hintNames.Count(h => !h.EndsWith(".Ids.g.cs", StringComparison.Ordinal) && !h.EndsWith(".Metadata.g.cs", StringComparison.Ordinal)));
        Assert.Equal(10, hintNames.Count(h => h.EndsWith(".Metadata.g.cs", StringComparison.Ordinal))); // one metadata source beside each collection
        Assert.Equal(10, hintNames.Count(h => h.EndsWith(".Ids.g.cs", StringComparison.Ordinal))); // one id list per public collection
    }

    [Theory]
    [InlineData("")]
    [InlineData("tr-TR")]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    public void Output_is_byte_identical_in_any_culture(string culture)
    {
        Assert.Equal(s_baseline.Value, Generate(RealDataset.YamlFiles, culture));
    }

    [Fact]
    public void Output_is_byte_identical_for_CRLF_data_files()
    {
        Assert.Equal(s_baseline.Value, Generate(RealDataset.YamlFiles.Select(f => (f.Path, WithCrlf(f.Bytes)))));
    }

    [Fact]
    public void Output_is_byte_identical_for_data_files_with_a_byte_order_mark()
    {
        Assert.Equal(s_baseline.Value, Generate(RealDataset.YamlFiles.Select(f => (f.Path, WithBom(f.Bytes)))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Output_is_byte_identical_for_any_file_order(int seed)
    {
        var random = new Random(seed);
        Assert.Equal(s_baseline.Value, Generate(RealDataset.YamlFiles.OrderBy(_ => random.Next()).ToList()));
    }

    [Fact]
    public void Output_is_byte_identical_for_everything_changed_at_once()
    {
        var shuffled = RealDataset.YamlFiles.Reverse().Select(f => (f.Path, WithBom(WithCrlf(f.Bytes))));
        Assert.Equal(s_baseline.Value, Generate(shuffled, "tr-TR"));
    }

    [Fact]
    public void Multi_line_values_are_the_same_with_LF_and_CRLF()
    {
        const string yaml = "id: a\nname: |\n  line one\n  line two\ntags:\n  - >\n    folded\n    text\n  - \"quoted\n    across lines\"\n  - plain\n    across lines\n";
        static string Sources(string text) =>
            string.Concat(Run([new InMemoryText("/repo/data/things/a.yaml", text)], FixtureSource, DataDirectory).Result.GeneratedTrees
                .OrderBy(t => t.FilePath, StringComparer.Ordinal).Select(t => t.ToString()));

        var lf = Sources(yaml);
        Assert.Contains("\"line one\\nline two\\n\"", lf, StringComparison.Ordinal);
        Assert.Equal(lf, Sources(yaml.Replace("\n", "\r\n")));
    }
}
