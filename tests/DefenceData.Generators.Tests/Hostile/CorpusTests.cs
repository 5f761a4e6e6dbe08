using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests.Hostile;

/// <summary>
/// Every hostile or broken input gives a located DD error, never an exception, a DD0018 or code
/// that fails to compile; the whole corpus's diagnostics are kept as one reviewable snapshot.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> CaseNames() => new(HostileCorpus.All.Select(c => c.Name));

    // Each case runs once per test process: several of them hold megabytes.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<(IReadOnlyList<Diagnostic>, Compilation, Exception?)>> s_runs = new();

    private static (IReadOnlyList<Diagnostic> Diagnostics, Compilation Output, Exception? Exception) RunCase(HostileCase hostile) =>
        s_runs.GetOrAdd(hostile.Name, _ => new(() =>
        {
            var (result, output) = Run(hostile.Files(), FixtureSource, DataDirectory);
            return (result.Diagnostics, output, result.Results[0].Exception);
        })).Value;

    // Cases that leave the same sources compile the same: each distinct output is compiled once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<string[]>> s_warnings = new(StringComparer.Ordinal);

    private static string[] Warnings(Compilation output) =>
        s_warnings.GetOrAdd(
            string.Concat(output.SyntaxTrees.Select(t => t.FilePath + "\n" + t.GetText() + "\n")),
            _ => new(() => output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray())).Value;

    [Fact]
    public void Corpus_has_at_least_sixty_cases()
    {
        Assert.True(HostileCorpus.All.Count >= 60, HostileCorpus.All.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_gives_its_DD_error_at_its_place(string name)
    {
        var hostile = HostileCorpus.Get(name);
        Assert.Contains(hostile.Expected, Describe(RunCase(hostile).Diagnostics));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_throws_nothing_and_is_no_internal_error(string name)
    {
        var (diagnostics, _, exception) = RunCase(HostileCorpus.Get(name));
        Assert.Null(exception);
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("DD", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Id is "DD0018" or "CS8785");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_leaves_generated_code_that_compiles_cleanly(string name)
    {
        var (_, output, _) = RunCase(HostileCorpus.Get(name));
        Assert.Empty(Warnings(output));
    }

    [Fact]
    public void Corpus_diagnostics_match_their_snapshot()
    {
        var text = new StringBuilder();
        foreach (var hostile in HostileCorpus.All)
        {
            text.Append(hostile.Name).Append('\n');
            foreach (var line in RunCase(hostile).Diagnostics.Select(Render).Order(StringComparer.Ordinal))
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }

        DefenceData.Testing.Snapshot.Verify(text.ToString());
    }

    private static string Render(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var file = span.Path.Length == 0 ? "" : Path.GetFileName(span.Path);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (message.Length > 200)
        {
            message = message.Substring(0, 200) + "…";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Id} {Printable(message)}");
    }

    /// <summary>Non-ASCII and control characters as \uXXXX, so the snapshot itself hides nothing.</summary>
    private static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~' || c == '…')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
