using System.Diagnostics;
using System.IO.Compression;

namespace DefenceData.PackageTests;

/// <summary>
/// The CLI's Native AOT binary as the tool package ships it: taken out of the linux-x64 tool package
/// the packed feed holds (made once per test run, so the native compiler runs once for the CLI), and
/// shared by the tests that run it. Linking needs Debian's clang: without it the tests skip with that
/// reason, except under <c>CI=true</c>, where they fail (`.ci/run` installs it).
/// </summary>
public sealed class NativeCli
{
    /// <summary>Takes the binary out of the feed's linux-x64 tool package, when it was packed.</summary>
    /// <param name="feed">The packed feed.</param>
    public NativeCli(PackageFeed feed)
    {
        if (ClangMissing is { } missing)
        {
            Missing = missing;
            return;
        }

        Root = Path.Combine(feed.Root, "native");
        Pack = feed.NativePack;
        if (Pack?.ExitCode != 0)
        {
            return;
        }

        using var package = ZipFile.OpenRead(Path.Combine(feed.Feed, $"DefenceData.Tool.linux-x64.{PackageFeed.Version}.nupkg"));
        var entry = package.Entries.SingleOrDefault(e => e.Name == "DefenceData.Cli");
        if (entry is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Binary)!);
            entry.ExtractToFile(Binary);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Binary, File.GetUnixFileMode(Binary) | UnixFileMode.UserExecute);
            }
        }
    }

    /// <summary>
    /// Why Native AOT cannot link here (no clang), or <see langword="null"/>; always <see langword="null"/>
    /// under <c>CI=true</c>, where a missing clang fails the native pack instead of skipping.
    /// </summary>
    public static string? ClangMissing { get; } =
        File.Exists("/usr/bin/clang") || Environment.GetEnvironmentVariable("CI") == "true"
            ? null
            : "Native AOT needs clang to link (apt-get install -y clang); the native tests are skipped.";

    /// <summary>Why the native tests cannot run here, or <see langword="null"/>.</summary>
    public string? Missing { get; }

    /// <summary>The folder holding the binary and the commands' outputs.</summary>
    public string Root { get; } = "";

    /// <summary>The `dotnet pack -r linux-x64` run of the tool package the binary comes from.</summary>
    public DotnetResult? Pack { get; }

    /// <summary>The native binary.</summary>
    public string Binary => Path.Combine(Root, "bin", "DefenceData.Cli");

    /// <summary>The same CLI under the JIT: the framework-dependent build this test run was built with.</summary>
    public static string JitAssembly { get; } = Path.Combine(PackageFeed.RepositoryRoot, "src", "DefenceData.Cli", "bin", PackageFeed.Configuration, "net10.0", "DefenceData.Cli.dll");

    /// <summary>Runs a program with arguments in a working folder: exit code, standard output and standard error, each as bytes-as-text.</summary>
    public static CommandOutput Run(string workingDirectory, string fileName, IEnumerable<string> arguments)
    {
        var start = DotnetProcess.StartInfo(fileName, workingDirectory, arguments);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{fileName} {string.Join(' ', arguments)}` took longer than two minutes.");
        }

        process.WaitForExit();
        return new CommandOutput(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}

/// <summary>What a command printed and how it exited.</summary>
public sealed record CommandOutput(int ExitCode, string Output, string Error);
