using System.Diagnostics;

namespace DefenceData.PackageTests;

/// <summary>
/// The CLI published once per test run as README says (`dotnet publish src/DefenceData.Cli -c Release
/// -r linux-x64`), into a temporary folder: a Native AOT binary, shared by the tests that run it.
/// Linking needs Debian's clang: without it the tests skip with that reason, except under
/// <c>CI=true</c>, where they fail (`.ci/run` installs it).
/// </summary>
public sealed class NativeCli : IDisposable
{
    public NativeCli()
    {
        if (ClangMissing is { } missing)
        {
            Missing = missing;
            return;
        }

        Root = Directory.CreateTempSubdirectory("defencedata-native-").FullName;
        Publish = DotnetProcess.RunWithRegistry(PackageFeed.RepositoryRoot, null,
            "publish", Path.Combine(PackageFeed.RepositoryRoot, "src", "DefenceData.Cli"), "-c", "Release", "-r", "linux-x64", "-o", Path.Combine(Root, "bin"));
    }

    /// <summary>
    /// Why Native AOT cannot link here (no clang), or <see langword="null"/>; always <see langword="null"/>
    /// under <c>CI=true</c>, where a missing clang fails the publish instead of skipping.
    /// </summary>
    public static string? ClangMissing { get; } =
        File.Exists("/usr/bin/clang") || Environment.GetEnvironmentVariable("CI") == "true"
            ? null
            : "Native AOT needs clang to link (apt-get install -y clang); the native tests are skipped.";

    /// <summary>Why the native tests cannot run here, or <see langword="null"/>.</summary>
    public string? Missing { get; }

    /// <summary>The temporary folder holding the binary and the commands' outputs.</summary>
    public string Root { get; } = "";

    /// <summary>The publish run.</summary>
    public DotnetResult? Publish { get; }

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

    public void Dispose()
    {
        if (Root.Length > 0)
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

/// <summary>What a command printed and how it exited.</summary>
public sealed record CommandOutput(int ExitCode, string Output, string Error);
