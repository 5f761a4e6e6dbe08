using System.Diagnostics;

namespace DefenceData.Cli.Diff;

/// <summary>
/// Reads the canonical JSON export as committed at a git revision: the dataset snapshot file, which
/// holds exactly what <c>export json</c> writes (tests/DefenceData.Tests keeps it equal to the data).
/// </summary>
internal static class GitSnapshot
{
    /// <summary>The snapshot file's path in the repository.</summary>
    public const string SnapshotPath = "tests/DefenceData.Tests/Snapshots/DatasetSnapshotTests.Whole_dataset_matches_its_snapshot.verified.txt";

    /// <summary>The export at a revision of the repository that holds the working directory.</summary>
    /// <param name="revision">Any git revision: a commit, tag or branch, <c>HEAD~1</c>, <c>main</c>.</param>
    /// <param name="workingDirectory">A directory inside the repository.</param>
    /// <returns>The export's JSON text.</returns>
    /// <exception cref="DiffInputException">git is missing, the directory is not in a repository, or the revision has no snapshot.</exception>
    public static string Read(string revision, string workingDirectory)
    {
        var top = Git(workingDirectory, "rev-parse", "--show-toplevel");
        if (top.ExitCode != 0)
        {
            throw new DiffInputException($"--rev {revision}: {workingDirectory} is not inside a git repository ({top.Error.Trim()}).");
        }

        var show = Git(top.Output.Trim(), "show", $"{revision}:{SnapshotPath}");
        return show.ExitCode == 0
            ? show.Output
            : throw new DiffInputException($"--rev {revision}: no dataset snapshot at that revision ({show.Error.Trim()}).");
    }

    private static (int ExitCode, string Output, string Error) Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new DiffInputException($"git could not be started ({e.Message}); --rev needs git on the PATH.");
        }
    }
}
