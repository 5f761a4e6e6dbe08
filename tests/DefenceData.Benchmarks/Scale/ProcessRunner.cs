using System.Diagnostics;

namespace DefenceData.Benchmarks.Scale;

/// <summary>Runs a child process to completion and returns its output and wall time.</summary>
internal static class ProcessRunner
{
    /// <param name="file">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="capMemory">Cap the GC heap of every .NET process below it.</param>
    /// <param name="started">Told the process id as soon as it has started (e.g. to watch its children).</param>
    public static (string Output, TimeSpan Elapsed) Run(string file, IEnumerable<string> arguments, string workingDirectory, bool capMemory = false, Action<int>? started = null)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        // A cap on every .NET process below (MSBuild, csc): a pathological compile fails with an
        // OutOfMemoryException instead of taking the shared machine's memory (csc reached 23 GB once).
        if (capMemory)
        {
            info.Environment["DOTNET_GCHeapHardLimit"] = "0x200000000";
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + file);
        started?.Invoke(process.Id);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{Tail(stdout)}\n{Tail(stderr.Result)}");
        }

        return (stdout, watch.Elapsed);
    }

    private static string Tail(string text) => text.Length > 4000 ? "…" + text[^4000..] : text;
}
