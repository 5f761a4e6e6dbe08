using System.Diagnostics;

namespace DefenceData.PackageTests;

/// <summary>
/// A copy of the files that build the packages (props, targets, both packable projects, the data,
/// README and licences) in a temporary folder, made a git repository of its own, so a test can
/// change or build it without touching the repository under test.
/// </summary>
public sealed class ScratchRepository : IDisposable
{
    private static readonly string[] s_paths =
    [
        "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json",
        "README.md", "LICENSE", "LICENSE-DATA", "docs/CHANGELOG.md",
        "generators/DefenceData.Generators", "src/DefenceData", "data",
    ];

    /// <summary>Copies the files that build the packages, and any further paths of the repository.</summary>
    /// <param name="morePaths">Further files or folders to copy, relative to the repository's root (e.g. <c>src/DefenceData.Cli</c>).</param>
    public ScratchRepository(params string[] morePaths)
    {
        Root = Directory.CreateTempSubdirectory("defencedata-scratch-").FullName;
        foreach (var path in s_paths.Concat(morePaths))
        {
            Copy(Path.Combine(PackageFeed.RepositoryRoot, path), Path.Combine(Root, path));
        }
    }

    /// <summary>The copy's root folder.</summary>
    public string Root { get; }

    /// <summary>The NuGet packages folder of the user running the tests: the scratch builds restore what the solution's build restored.</summary>
    public static string UserPackagesFolder =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Makes the copy a git repository with one commit and an <c>origin</c> remote.</summary>
    /// <param name="remote">The remote's URL.</param>
    /// <returns>The commit's id.</returns>
    public string CommitWithRemote(string remote)
    {
        Git("init", "-q", "-b", "main");
        Git("add", "-A");
        Git("-c", "user.name=DefenceData tests", "-c", "user.email=tests@defencedata.invalid", "commit", "-q", "-m", "scratch");
        Git("remote", "add", "origin", remote);
        return Git("rev-parse", "HEAD").Trim();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; never fail a run over it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error.Result}");
    }

    private static void Copy(string source, string target)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
    }
}
