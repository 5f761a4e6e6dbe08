using System.Text.RegularExpressions;
using DefenceData.Generators.Diagnostics;

namespace DefenceData.Generators.Tests;

/// <summary>
/// The descriptors, the release-tracking files (AnalyzerReleases.*.md) and docs/DIAGNOSTICS.md stay
/// in step: the same ids, the same titles, one documented section per id with a bad and a fixed
/// example, and each descriptor's help link at its section.
/// </summary>
public sealed partial class DiagnosticsDocumentTests
{
    private static readonly string s_document = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "docs", "DIAGNOSTICS.md"));

    // Every descriptor the generator declares, read by reflection: no list of them is kept by hand.
    private static readonly IReadOnlyDictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor> s_descriptors =
        typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Microsoft.CodeAnalysis.DiagnosticDescriptor))
            .Select(f => (Microsoft.CodeAnalysis.DiagnosticDescriptor)f.GetValue(null)!)
            .ToDictionary(d => d.Id, StringComparer.Ordinal);

    private static IReadOnlyList<string> DescriptorIds => s_descriptors.Keys.Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Ids() => new(DescriptorIds);

    [Fact]
    public void Document_has_one_section_per_descriptor_in_id_order()
    {
        var sections = SectionHeading().Matches(s_document).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(DescriptorIds, sections);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Section_gives_a_bad_and_a_fixed_example(string id)
    {
        var section = Section(id);
        Assert.Matches(@"(?m)^Bad\b", section);
        Assert.Matches(@"(?m)^Fixed\b", section);
        Assert.True(section.IndexOf("Bad", StringComparison.Ordinal) < section.IndexOf("Fixed", StringComparison.Ordinal), id + ": the bad example comes first");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_help_link_points_at_its_section(string id)
    {
        var descriptor = s_descriptors[id];
        Assert.Equal("https://github.com/DefenceData/DefenceData/blob/main/docs/DIAGNOSTICS.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);
        Assert.Contains("## " + id + "\n", s_document.ReplaceLineEndings("\n"), StringComparison.Ordinal); // GitHub's anchor of "## DD0008" is #dd0008.
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Section_states_the_descriptor_title(string id) =>
        Assert.Contains("**" + s_descriptors[id].Title + ".**", Section(id), StringComparison.Ordinal);

    [Fact]
    public void Release_tracking_lists_every_descriptor_once_with_its_title()
    {
        var directory = Path.Combine(GeneratorHarness.RepositoryRoot(), "generators", "DefenceData.Generators");
        var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(f => File.ReadAllLines(Path.Combine(directory, f)))
            .Select(line => ReleaseRow().Match(line))
            .Where(m => m.Success)
            .Select(m => (Id: m.Groups[1].Value, Title: m.Groups[2].Value.Trim()))
            .ToList();
        Assert.Equal(DescriptorIds, rows.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(s_descriptors[r.Id].Title.ToString(), r.Title));
    }

    private static string Section(string id)
    {
        var text = s_document.ReplaceLineEndings("\n");
        var start = text.IndexOf("## " + id + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, id + " has no section");
        var end = text.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    [GeneratedRegex(@"(?m)^## (DD\d{4})\s*$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(DD\d{4})\s*\|\s*[^|]+\|\s*[^|]+\|\s*(.+)$")]
    private static partial Regex ReleaseRow();
}
