using System.Globalization;
using DefenceData.Generators.Tests.Hostile;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests;

/// <summary>Each message says how to fix its fault: the nearest key, value, id or passage; quotes to remove; the range.</summary>
public sealed class ActionableMessageTests
{
    private const string Thing = "/repo/data/things/a.yaml";
    private const string Book = "/repo/data/books/book.yaml";
    private const string Text = "/repo/data/texts/book.txt";

    private static string MessageOf(string id, params (string Path, string Text)[] files)
    {
        var diagnostic = Assert.Single(Run(files).Result.Diagnostics, d => d.Id == id);
        return diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Misspelt_key_suggests_the_nearest_key() =>
        Assert.Contains("Unknown key 'nmae' for Thing. Did you mean 'name'?", MessageOf("DD0002", (Thing, "id: a\nnmae: A\n")), StringComparison.Ordinal);

    [Fact]
    public void Key_differing_only_in_case_suggests_that_key_first() =>
        Assert.Contains("Did you mean 'tags'?", MessageOf("DD0002", (Thing, "id: a\nname: A\nTags: [x]\n")), StringComparison.Ordinal);

    [Fact]
    public void Unknown_key_message_lists_the_keys_of_the_type() =>
        Assert.Contains("Its keys: id, name, size,", MessageOf("DD0002", (Thing, "id: a\nname: A\ncolor: red\n")), StringComparison.Ordinal);

    [Fact]
    public void Misspelt_enum_value_suggests_the_nearest_value() =>
        Assert.Contains("'dark-blu' is not a value of Colour. Did you mean 'dark-blue'? Its values: red, dark-blue.",
            MessageOf("DD0006", (Thing, "id: a\nname: A\ncolour: dark-blu\n")), StringComparison.Ordinal);

    [Fact]
    public void Enum_value_far_from_every_value_gets_no_suggestion() =>
        Assert.DoesNotContain("Did you mean", MessageOf("DD0006", (Thing, "id: a\nname: A\ncolour: green\n")), StringComparison.Ordinal);

    [Fact]
    public void Misspelt_id_suggests_the_nearest_existing_id() =>
        Assert.Equal("No Thing has the id 'amir-barm'. Did you mean 'amir-baram'?",
            MessageOf("DD0008", (Thing, "id: a\nname: A\nparentId: amir-barm\n"), ("/repo/data/things/b.yaml", "id: amir-baram\nname: B\n")));

    [Fact]
    public void Quoted_number_says_it_is_text_and_to_remove_the_quotes() =>
        Assert.Equal("Key 'size' expects a whole number, but the value is the quoted text '4': remove the quotes",
            MessageOf("DD0004", (Thing, "id: a\nname: A\nsize: \"4\"\n")));

    [Fact]
    public void Quoted_boolean_says_it_is_text_and_to_remove_the_quotes() =>
        Assert.Contains("the quoted text 'true': remove the quotes", MessageOf("DD0004", (Thing, "id: a\nname: A\nactive: 'true'\n")), StringComparison.Ordinal);

    [Fact]
    public void Out_of_range_number_says_the_range() =>
        Assert.Equal("Key 'size' expects a whole number from -2147483648 to 2147483647, but the value is '2147483648', which is out of that range",
            MessageOf("DD0004", (Thing, "id: a\nname: A\nsize: 2147483648\n")));

    [Fact]
    public void Quote_not_found_shows_the_nearest_passage_and_where_it_first_differs()
    {
        var message = MessageOf("DD0011", (Book, "id: book\ntext: texts/book.txt\n"), (Text, "Long ago. The quick brown fox jumped over the lazy dog. The end."),
            (Thing, "id: a\nname: A\nnotes:\n  - bookId: book\n    quote: The quick brown cat jumped\n"));
        Assert.Contains("Nearest passage: \"The quick brown fox jumped", message, StringComparison.Ordinal);
        Assert.Contains("first differs at character 17: it has \"cat jumped\" where the article has \"fox jumped over the lazy dog. The end.\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_not_found_whose_start_differs_shows_the_passage_matching_its_end()
    {
        var message = MessageOf("DD0011", (Book, "id: book\ntext: texts/book.txt\n"), (Text, "Long ago. The quick brown fox jumped over the lazy dog."),
            (Thing, "id: a\nname: A\nnotes:\n  - bookId: book\n    quote: A quick brown fox\n"));
        Assert.Contains("its end matches, but before \" quick brown fox\" the quote has \"A\" where the article has \"Long ago. The\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_found_in_another_source_names_that_source()
    {
        var message = MessageOf("DD0011",
            (Book, "id: book\ntext: texts/book.txt\n"), (Text, "The quick brown fox."),
            ("/repo/data/books/other.yaml", "id: other\ntext: texts/other.txt\n"), ("/repo/data/texts/other.txt", "A slow green turtle."),
            (Thing, "id: a\nname: A\nnotes:\n  - bookId: book\n    quote: slow green turtle\n"));
        Assert.Contains("It is in the text of source 'other' (texts/other.txt): cite that source.", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id: a\nname: [A\n", "[")]
    [InlineData("id: a\nname: {x: 1\n", "{")]
    public void Unclosed_bracket_is_reported_at_the_bracket(string yaml, string bracket)
    {
        var diagnostic = Assert.Single(Run((Thing, yaml)).Result.Diagnostics);
        Assert.Equal(["a.yaml(2,7): DD0001"], Describe([diagnostic]));
        Assert.StartsWith($"YAML syntax error: this '{bracket}' is never closed", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void No_message_of_the_corpus_names_global_an_exception_type_or_an_empty_list()
    {
        foreach (var hostile in HostileCorpus.All.Where(c => !c.Expected.Contains("DD0015", StringComparison.Ordinal)))
        {
            foreach (var diagnostic in Run(hostile.Files(), FixtureSource, DataDirectory).Result.Diagnostics)
            {
                var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
                Assert.DoesNotContain("global::", message, StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
                Assert.DoesNotMatch(@"(one of|keys|values|folders are):\s*(\.|;|$)", message);
            }
        }
    }

    [Fact]
    public void Using_the_member_of_a_record_that_failed_gives_the_reason_not_CS0117()
    {
        var (result, output) = Run([new InMemoryText(Thing, "id: amir-baram\nname: A\nsize: big\n")], FixtureSource, DataDirectory);
        Assert.Contains(result.Diagnostics, d => d.Id == "DD0004");
        var use = CSharpSyntaxTree.ParseText("static class Use { static object M() => Fixture.Things.AmirBaram; }", new CSharpParseOptions(LanguageVersion.Preview));
        var errors = output.AddSyntaxTrees(use).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.DoesNotContain(errors, d => d.Id == "CS0117");
        var error = Assert.Single(errors);
        Assert.Equal("CS0619", error.Id);
        Assert.Contains("The record 'amir-baram' in data/things/a.yaml has errors", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Named_member_doc_gives_the_record_name_and_its_yaml_path()
    {
        var (_, output) = Run([new InMemoryText("/repo/data/things/amir-baram.yaml", "id: amir-baram\nname: Amir Baram\n")], FixtureSource, DataDirectory);
        var member = output.GetTypeByMetadataName("Fixture.Things")!.GetMembers("AmirBaram").Single();
        Assert.Contains("Amir Baram: the record <c>amir-baram</c>, in <c>data/things/amir-baram.yaml</c>.", member.GetDocumentationCommentXml(), StringComparison.Ordinal);
    }
}
