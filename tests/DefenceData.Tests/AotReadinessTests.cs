using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DefenceData.Tests;

/// <summary>
/// What lets the package and the CLI run trimmed and ahead of time stays true: every project under
/// src/ has the trim and AOT analyzers on, and no source under src/ reads members by reflection or
/// serializes by reflection (the run time reads the generated metadata instead).
/// </summary>
public sealed partial class AotReadinessTests
{
    private static readonly string s_src = Path.Combine(RepositoryPaths.Root, "src");

    [Fact]
    public void Every_project_under_src_is_aot_compatible()
    {
        var projects = Directory.GetFiles(s_src, "*.csproj", SearchOption.AllDirectories);
        Assert.NotEmpty(projects);
        Assert.All(projects, project =>
            Assert.Equal("true", XDocument.Load(project).Descendants("IsAotCompatible").SingleOrDefault()?.Value));
    }

    [Fact]
    public void No_source_under_src_reads_members_or_serializes_by_reflection()
    {
        var offending = Directory.GetFiles(s_src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(RepositoryPaths.Root, f), Line: i + 1, Text: line)))
            .Where(l => Reflection().IsMatch(l.Text))
            .Select(l => $"{l.File}({l.Line}): {l.Text.Trim()}");
        Assert.Empty(offending);
    }

    [GeneratedRegex(@"\b(GetProperty|GetProperties|GetField|GetFields|GetMethod|PropertyInfo|MakeGenericType|Activator\.CreateInstance)\b|JsonSerializer\.(Serialize|Deserialize)")]
    private static partial Regex Reflection();
}
