using System.Reflection;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests;

/// <summary>
/// <c>[Codebook(path)]</c> on a text property: a value not among the codebook file's codes fails the
/// build at the value, with the nearest codes (DD0032), a codebook the build lacks is DD0033; and
/// <c>[CodebookTable(path)]</c> compiles the same file into a lookup.
/// </summary>
public sealed class CodebookTests
{
    private const string EventCollection = """
        using DefenceData;
        using DefenceData.Annotations;

        namespace Fixture;

        [DataCollection(typeof(Event), "events")]
        public static partial class MyEvents;
        """;

    private const string Cited = "citations:\n  - sourceId: article-000\n    quote: a quote\n";

    private static readonly InMemoryText s_codebook = new("/repo/data/reference/cameo/CAMEO.eventcodes.tsv",
        "CAMEOEVENTCODE\tEVENTDESCRIPTION\n04\tCONSULT\n040\tConsult, not specified below\n042\tMake a visit\n043\tHost a visit\n057\tSign formal agreement\n");

    private static IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics(string code, bool withCodebook = true)
    {
        var yaml = "id: x\ntitle: X\ntype: visit\ncameoCode: \"" + code + "\"\n" + Cited;
        var files = new List<Microsoft.CodeAnalysis.AdditionalText> { new InMemoryText("/repo/data/events/x.yaml", yaml) };
        if (withCodebook)
        {
            files.Add(s_codebook);
        }

        return Run(files, EventCollection).Result.Diagnostics;
    }

    [Fact]
    public void A_code_of_the_codebook_builds()
    {
        Assert.Empty(Diagnostics("042"));
    }

    [Fact]
    public void A_code_not_in_the_codebook_is_DD0032_at_the_value_with_the_nearest_codes()
    {
        var diagnostics = Diagnostics("0425");
        Assert.Equal(["x.yaml(4,12): DD0032"], Describe(diagnostics));
        Assert.Equal(
            "Key 'cameoCode' is '0425', which is not a code of the codebook reference/cameo/CAMEO.eventcodes.tsv. "
            + "Nearest codes: '042' (Make a visit), '04' (CONSULT), '040' (Consult, not specified below).",
            diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_code_unlike_every_code_gets_no_suggestion()
    {
        var message = Assert.Single(Diagnostics("visit")).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.EndsWith("CAMEO.eventcodes.tsv.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_codebook_the_build_does_not_have_is_DD0033_at_the_first_value_naming_it()
    {
        Assert.Equal(["x.yaml(4,12): DD0033"], Describe(Diagnostics("042", withCodebook: false)));
    }

    [Fact]
    public void A_codebook_table_is_compiled_into_entries_and_a_lookup()
    {
        const string source = """
            using DefenceData.Annotations;

            namespace Fixture;

            [CodebookTable("reference/cameo/CAMEO.eventcodes.tsv")]
            public static partial class Codes
            {
            }
            """;
        var (result, output) = Run([s_codebook], source);
        Assert.Empty(result.Diagnostics);
        var type = CompiledFixture.Load(output).GetType("Fixture.Codes")!;
        var find = type.GetMethod("Find", BindingFlags.Public | BindingFlags.Static)!;
        Assert.Equal("Make a visit", find.Invoke(null, ["042"]));
        Assert.Null(find.Invoke(null, ["0425"]));
        var entries = (IReadOnlyList<KeyValuePair<string, string>>)type.GetProperty("Entries")!.GetValue(null)!;
        Assert.Equal(["04", "040", "042", "043", "057"], entries.Select(e => e.Key));
    }

    [Fact]
    public void A_codebook_table_without_its_file_is_DD0033_at_the_attribute()
    {
        const string source = "using DefenceData.Annotations;\nnamespace Fixture;\n[CodebookTable(\"missing.tsv\")]\npublic static partial class Codes { }\n";
        Assert.Equal(["Fixture.cs(3,2): DD0033"], Describe(Run([], source).Result.Diagnostics));
    }
}
