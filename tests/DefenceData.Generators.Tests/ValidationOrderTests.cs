using Microsoft.CodeAnalysis;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests;

/// <summary>The checks across files give the same diagnostics for any order the build lists the files in.</summary>
public sealed class ValidationOrderTests
{
    // One book defined twice with two evidence files: the later in path order is the one quotes are checked against.
    private static readonly (string Path, string Text)[] s_files =
    [
        ("/repo/data/books/x.yaml", "id: b1\ntext: texts/first.txt\n"),
        ("/repo/data/books/y.yaml", "id: b1\ntext: texts/second.txt\n"),
        ("/repo/data/texts/first.txt", "Here are some words of the first text."),
        ("/repo/data/texts/second.txt", "The second text says other things."),
        ("/repo/data/things/a.yaml", "id: a\nname: A\nnotes:\n  - bookId: b1\n    quote: some words\n"),
    ];

    private static string[] Diagnostics(IEnumerable<(string Path, string Text)> files) =>
        Run(files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)), dataDirectory: DataDirectory).Result.Diagnostics
            .Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray();

    [Fact]
    public void A_source_defined_twice_is_checked_against_the_later_definition_in_path_order()
    {
        var diagnostics = Diagnostics(s_files);
        Assert.Contains(diagnostics, d => d.StartsWith("DD0011", StringComparison.Ordinal) && d.Contains("texts/second.txt", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.StartsWith("DD0011", StringComparison.Ordinal) && d.Contains("texts/first.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void The_diagnostics_are_the_same_for_any_file_order()
    {
        Assert.Equal(Diagnostics(s_files), Diagnostics(s_files.Reverse()));
    }
}
