using DefenceData.Cli.Diff;
using DefenceData.Export;

namespace DefenceData.Tests.Diff;

/// <summary>The <c>diff</c> command: files, this build's data, and a git revision's committed export.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("defencedata-diff-");

    [Fact]
    public void Two_files_are_compared_old_then_new()
    {
        var older = Write("old.json", """{"people":[{"id":"a","name":"A"}]}""");
        var newer = Write("new.json", """{"people":[{"id":"a","name":"B"}]}""");
        var output = new StringWriter();

        Assert.Equal(0, DiffCommand.Run([older, newer], null, "markdown", output, TextWriter.Null));

        Assert.Contains("- `name`: `\"A\"` → `\"B\"`", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void One_file_is_compared_with_this_builds_data()
    {
        var current = Write("current.json", DatasetJson.ToJson());
        var output = new StringWriter();

        Assert.Equal(0, DiffCommand.Run([current], null, "json", output, TextWriter.Null));

        Assert.Contains("\"changed\": []", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_git_revision_is_read_from_the_committed_dataset_snapshot()
    {
        var first = GitSnapshot.Read("HEAD", AppContext.BaseDirectory);
        var atHead = Write("head.json", first);
        var output = new StringWriter();

        Assert.Equal(0, DiffCommand.Run([atHead], "HEAD", "markdown", output, TextWriter.Null));

        Assert.StartsWith("0 added, 0 removed, 0 changed", output.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"", first.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_revision_fails_with_exit_code_2_and_names_it()
    {
        var error = new StringWriter();

        Assert.Equal(2, DiffCommand.Run([], "no-such-revision-xyz", "markdown", TextWriter.Null, error));

        Assert.StartsWith("--rev no-such-revision-xyz: no dataset snapshot at that revision", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_fails_with_exit_code_4_and_names_it()
    {
        var error = new StringWriter();
        var missing = Path.Combine(_scratch.FullName, "missing.json");

        Assert.Equal(4, DiffCommand.Run([missing, missing], null, "markdown", TextWriter.Null, error));

        Assert.StartsWith($"{missing}: cannot be read", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_file_and_no_revision_is_refused_with_the_usage()
    {
        var error = new StringWriter();

        Assert.Equal(2, DiffCommand.Run([], null, "markdown", TextWriter.Null, error));

        Assert.Contains("diff --rev <gitrev>", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _scratch.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_scratch.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
