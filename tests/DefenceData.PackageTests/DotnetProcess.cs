using System.Diagnostics;

namespace DefenceData.PackageTests;

/// <summary>The outcome of one `dotnet` command: exit code and the merged output.</summary>
public sealed record DotnetResult(string Arguments, int ExitCode, string Output)
{
    /// <summary>Fails with the command's output when it did not succeed.</summary>
    public DotnetResult EnsureSuccess() =>
        ExitCode == 0 ? this : throw new Xunit.Sdk.XunitException($"`dotnet {Arguments}` exited with {ExitCode}:\n{Output}");
}

/// <summary>Runs the `dotnet` CLI as a child process, cleanly separated from the test host's own MSBuild.</summary>
public static class DotnetProcess
{
    /// <summary>A proxy nothing listens on (port 9, discard): every request through it fails at once.</summary>
    public const string UnreachableProxy = "http://127.0.0.1:9";

    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    public static DotnetResult Run(string workingDirectory, string packagesFolder, params string[] arguments)
    {
        var start = Start(workingDirectory, arguments);
        MakeOffline(start, packagesFolder);
        return Wait(start, arguments);
    }

    /// <summary>
    /// Runs a command that may reach the package registry: the Native AOT publishes, whose compiler
    /// package (Microsoft.DotNet.ILCompiler) the SDK fetches from it. With a packages folder, restores
    /// into that one; without, into the machine's own.
    /// </summary>
    public static DotnetResult RunWithRegistry(string workingDirectory, string? packagesFolder, params string[] arguments)
    {
        var start = Start(workingDirectory, arguments);
        if (packagesFolder is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packagesFolder;
        }

        return Wait(start, arguments);
    }

    private static ProcessStartInfo Start(string workingDirectory, string[] arguments) =>
        StartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet", workingDirectory, arguments);

    /// <summary>How every child process of these tests starts: output captured, the test host's MSBuild and test variables removed.</summary>
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under `dotnet test`, whose MSBuild variables would steer the child's build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        return start;
    }

    private static void MakeOffline(ProcessStartInfo start, string packagesFolder)
    {
        start.Environment["NUGET_PACKAGES"] = packagesFolder;

        // As if offline: the feed is a folder, so nothing these commands do may need the network
        // (a consumer that asked nuget.org, for packages or for its vulnerability audit, fails or
        // warns NU1900), and no HTTP cache left by earlier restores on this machine answers instead.
        start.Environment["NUGET_HTTP_CACHE_PATH"] = Path.Combine(Path.GetDirectoryName(packagesFolder)!, "http-cache");
        foreach (var proxy in new[] { "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy" })
        {
            start.Environment[proxy] = UnreachableProxy;
        }

        start.Environment.Remove("NO_PROXY");
        start.Environment.Remove("no_proxy");
    }

    private static DotnetResult Wait(ProcessStartInfo start, string[] arguments)
    {
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`dotnet {string.Join(' ', arguments)}` took longer than {s_timeout}:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new DotnetResult(string.Join(' ', arguments), process.ExitCode, output.ToString());
        }

        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }
}
