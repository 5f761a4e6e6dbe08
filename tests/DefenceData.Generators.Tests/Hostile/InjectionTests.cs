using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests.Hostile;

/// <summary>
/// No string can break out of its C# literal: seeded random text, full of quotes, backslashes,
/// comment and interpolation markers, raw-string quotes, line breaks and surrogate pairs, written
/// as YAML double-quoted scalars, comes back from the compiled assembly exactly as it went in.
/// </summary>
public sealed class InjectionTests
{
    private const int Seed = 1_337;
    private const int Batches = 3;
    private const int RecordsPerBatch = 300;

    private static readonly string[] s_tokens =
    [
        "\"", "\\", "\n", "\r\n", "\r", "\t", "*/", "/*", "//", "\"\"\"", "\"\"\"\"", "{", "}", "{{", "}}", "#", "#if X", "#line 1",
        "$\"", "@\"", "$$\"\"\"", "\\u0041", "\\x41", "\\0", "'", "`", ": ", "- ", "&a", "*a", "!t", "%", "\u2028", "\u2029",
        "😀", "👩‍👩‍👧", "𝔸", "é", "e\u0301", "ß", "İ", "ı", "中文", "日本語", "שלום", "مرحبا", "\u00A0", "\uFEFF", " ", "  ", "~", "null", "",
        "\");System.Environment.Exit(1);//", "\"+\"", "}}};class X{", "\\\"", "\\\\",
    ];

    public static TheoryData<int> BatchNumbers() => new(Enumerable.Range(0, Batches));

    // Every batch in one generator run and one compilation, one file per batch: compiling is the cost here.
    private static readonly Lazy<(Dictionary<string, (string Name, string[] Tags)> Expected, IReadOnlyList<object> Records)> s_compiled = new(Compile);

    [Theory]
    [MemberData(nameof(BatchNumbers))]
    public void Random_text_round_trips_exactly_to_the_compiled_value(int batch)
    {
        var (expected, all) = s_compiled.Value;
        var records = all.Where(r => ((string)CompiledFixture.Property(r, "Id")!).StartsWith($"b{batch}-", StringComparison.Ordinal)).ToList();
        Assert.Equal(RecordsPerBatch, records.Count);
        foreach (var record in records)
        {
            var (name, tags) = expected[(string)CompiledFixture.Property(record, "Id")!];
            Assert.Equal(name, CompiledFixture.Property(record, "Name"));
            Assert.Equal(tags, (IReadOnlyList<string>)CompiledFixture.Property(record, "Tags")!);
        }
    }

    private static (Dictionary<string, (string Name, string[] Tags)>, IReadOnlyList<object>) Compile()
    {
        var expected = new Dictionary<string, (string Name, string[] Tags)>(StringComparer.Ordinal);
        var files = new List<AdditionalText>();
        for (var batch = 0; batch < Batches; batch++)
        {
            var random = new Random(Seed + batch);
            var yaml = new StringBuilder();
            for (var i = 0; i < RecordsPerBatch; i++)
            {
                var id = $"b{batch}-r" + i.ToString("D4", CultureInfo.InvariantCulture);
                var name = RandomText(random);
                var tags = Enumerable.Range(0, random.Next(0, 3)).Select(_ => RandomText(random)).ToArray();
                expected[id] = (name, tags);
                yaml.Append("- id: ").Append(id).Append('\n')
                    .Append("  name: ").Append(DoubleQuoted(name)).Append('\n')
                    .Append("  tags: [").Append(string.Join(", ", tags.Select(DoubleQuoted))).Append("]\n");
            }

            files.Add(new InMemoryText($"/repo/data/things/batch{batch}.yaml", yaml.ToString()));
        }

        var (result, output) = Run(files, FixtureSource, DataDirectory, emitMode: "readable"); // C# string literals, one per value
        Assert.Empty(result.Diagnostics);
        return (expected, CompiledFixture.All(CompiledFixture.Load(output), "Fixture.Things"));
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 24);
        for (var i = 0; i < count; i++)
        {
            builder.Append(random.Next(3) == 0 ? (char)random.Next(0x20, 0x7F) : s_tokens[random.Next(s_tokens.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>A YAML double-quoted scalar: backslash, quote and line breaks escaped, everything else as it is.</summary>
    private static string DoubleQuoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                '\uFEFF' => "\\uFEFF",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
