using DefenceData.Export;

namespace DefenceData.Cli.Diff;

/// <summary>
/// <c>diff</c>: the semantic difference between two exports. The old side is a file or, with
/// <c>--rev</c>, the export committed at a git revision; the new side is a file or, when left out,
/// this build's dataset. Exit code 0 when compared (whether or not anything differs), 2 on bad input.
/// </summary>
internal static class DiffCommand
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["markdown", "json"];

    /// <summary>Runs the command.</summary>
    /// <param name="paths">Zero to two export files: old then new.</param>
    /// <param name="revision">A git revision for the old side, or null.</param>
    /// <param name="format">markdown or json.</param>
    /// <param name="output">Where the diff goes.</param>
    /// <param name="error">Where problems go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(IReadOnlyList<string> paths, string? revision, string format, TextWriter output, TextWriter error)
    {
        try
        {
            var (oldJson, newJson) = Inputs(paths, revision);
            var diff = DatasetDiffer.Compare(oldJson, newJson);
            output.Write(format == "json" ? DiffJson.ToJson(diff) : DiffMarkdown.Render(diff));
            return 0;
        }
        catch (DiffInputException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }
        catch (DiffReadException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.IoFailure;
        }
    }

    private static (string Old, string New) Inputs(IReadOnlyList<string> paths, string? revision) =>
        (revision, paths.Count) switch
        {
            (null, 2) => (ReadFile(paths[0]), ReadFile(paths[1])),
            (null, 1) => (ReadFile(paths[0]), DatasetJson.ToJson()),
            (not null, 0) => (GitSnapshot.Read(revision, Directory.GetCurrentDirectory()), DatasetJson.ToJson()),
            (not null, 1) => (GitSnapshot.Read(revision, Directory.GetCurrentDirectory()), ReadFile(paths[0])),
            _ => throw new DiffInputException(
                "diff compares two exports: `diff <old.json> <new.json>`, `diff <old.json>` (against this build's data) or `diff --rev <gitrev> [<new.json>]`."),
        };

    private sealed class DiffReadException(string message) : Exception(message);

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DiffReadException($"{path}: cannot be read ({e.Message}).");
        }
    }
}
