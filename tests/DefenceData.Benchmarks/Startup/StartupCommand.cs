using System.Globalization;
using DefenceData.Benchmarks.Scale;

namespace DefenceData.Benchmarks.Startup;

/// <summary>
/// <c>startup --native &lt;binary&gt; --jit &lt;DefenceData.Cli.dll&gt; [--runs N]</c>: the CLI's start-up,
/// the Native AOT binary against the JIT build side by side in one run. Each command runs in N fresh
/// processes per build, alternating, after one warm-up each (the OS file cache, not the process, is
/// warmed); the table gives the median wall time and the median peak resident memory (from
/// <c>/usr/bin/time -f %M</c>) and the native/JIT ratio of each.
/// </summary>
internal static class StartupCommand
{
    private static readonly string[][] s_commands = [["timeline"], ["export", "json"], ["list"]];

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var native = Option(args, "--native");
        var jit = Option(args, "--jit");
        var runs = int.Parse(Option(args, "--runs") ?? "11", CultureInfo.InvariantCulture);
        if (native is null || jit is null || !File.Exists("/usr/bin/time"))
        {
            error.WriteLine("Usage: DefenceData.Benchmarks startup --native <published DefenceData.Cli> --jit <DefenceData.Cli.dll> [--runs N]  (needs /usr/bin/time)");
            return 2;
        }

        output.WriteLine($"| command | native ms | JIT ms | ratio | native peak MiB | JIT peak MiB | ratio |  ({runs} fresh processes each, medians)");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var command in s_commands)
        {
            var nativeRuns = new List<(double Ms, double MiB)>();
            var jitRuns = new List<(double Ms, double MiB)>();
            Measure(native, command);
            Measure("dotnet", [jit, .. command]);
            for (var i = 0; i < runs; i++)
            {
                nativeRuns.Add(Measure(native, command));
                jitRuns.Add(Measure("dotnet", [jit, .. command]));
            }

            var (nMs, jMs) = (Stats.Median(nativeRuns.Select(r => r.Ms)), Stats.Median(jitRuns.Select(r => r.Ms)));
            var (nMiB, jMiB) = (Stats.Median(nativeRuns.Select(r => r.MiB)), Stats.Median(jitRuns.Select(r => r.MiB)));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{string.Join(' ', command)}` | {nMs:F1} | {jMs:F1} | {nMs / jMs:F2}× | {nMiB:F1} | {jMiB:F1} | {nMiB / jMiB:F2}× |"));
        }

        return 0;
    }

    private static (double Ms, double MiB) Measure(string file, string[] arguments)
    {
        var (_, elapsed) = ProcessRunner.Run("/usr/bin/time", ["-f", "peak-kib %M", "-o", PeakFile, file, .. arguments], Directory.GetCurrentDirectory());
        var kib = double.Parse(File.ReadAllText(PeakFile).Split(' ')[^1].Trim(), CultureInfo.InvariantCulture);
        return (elapsed.TotalMilliseconds, kib / 1024);
    }

    private static string PeakFile { get; } = Path.Combine(Path.GetTempPath(), "defencedata-startup-peak.txt");

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
