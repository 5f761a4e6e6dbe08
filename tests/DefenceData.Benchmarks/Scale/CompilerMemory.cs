using System.Globalization;

namespace DefenceData.Benchmarks.Scale;

/// <summary>
/// Peak memory of the compiler during a build: the kernel's high-water mark of resident memory
/// (<c>VmHWM</c> in <c>/proc/PID/status</c>) of every csc process below the build's own process.
/// Builds run with <c>UseSharedCompilation=false</c>, so csc is a fresh child of the build, never a
/// shared VBCSCompiler that other builds on the machine also use. VmHWM is kept by the kernel, so
/// sampling only has to read it before the process exits: what a sample can miss is growth in the
/// last <see cref="PollInterval"/> of the compiler's life. Linux only (it reads /proc).
/// </summary>
internal sealed class CompilerMemory : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(2);

    // Discovery walks /proc (about a hundred processes here), so it runs less often than the reads of a known compiler's status.
    private static readonly TimeSpan DiscoveryInterval = TimeSpan.FromMilliseconds(25);

    private readonly Dictionary<int, long> _peaks = [];
    private readonly HashSet<int> _seen = [];
    private readonly CancellationTokenSource _stop = new();
    private Thread? _thread;

    /// <summary>Starts watching the process tree under <paramref name="buildPid"/> (called as soon as the build has started).</summary>
    public void Watch(int buildPid)
    {
        _thread = new Thread(() => Sample(buildPid)) { IsBackground = true, Name = "csc memory sampler" };
        _thread.Start();
    }

    /// <summary>Stops sampling (after the build has exited) and returns the largest peak of a compiler seen, or <see langword="null"/> when none was.</summary>
    public long? Stop()
    {
        _stop.Cancel();
        _thread?.Join();
        return _peaks.Count == 0 ? null : _peaks.Values.Max();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread?.Join();
        _stop.Dispose();
    }

    private void Sample(int buildPid)
    {
        var nextDiscovery = DateTime.UtcNow;
        var live = new HashSet<int>();
        while (!_stop.IsCancellationRequested)
        {
            if (DateTime.UtcNow >= nextDiscovery)
            {
                live.UnionWith(Compilers(buildPid).Where(_seen.Add));
                nextDiscovery = DateTime.UtcNow + DiscoveryInterval;
            }

            foreach (var pid in live.ToList())
            {
                if (HighWaterMark(pid) is { } bytes)
                {
                    _peaks[pid] = Math.Max(bytes, _peaks.GetValueOrDefault(pid));
                }
                else
                {
                    live.Remove(pid);
                }
            }

            _stop.Token.WaitHandle.WaitOne(PollInterval);
        }
    }

    /// <summary>csc processes (the apphost <c>csc</c>, or <c>dotnet exec …/csc.dll</c>) whose ancestors include <paramref name="root"/>.</summary>
    private static IEnumerable<int> Compilers(int root)
    {
        var parents = new Dictionary<int, int>();
        var candidates = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || ReadStat(pid) is not var (comm, parent))
            {
                continue;
            }

            parents[pid] = parent;
            if (comm == "csc" || (comm == "dotnet" && ReadText($"/proc/{pid}/cmdline")?.Contains("/csc.dll", StringComparison.Ordinal) == true))
            {
                candidates.Add(pid);
            }
        }

        return candidates.Where(pid => DescendsFrom(pid, root, parents));
    }

    private static bool DescendsFrom(int pid, int root, Dictionary<int, int> parents)
    {
        for (var current = pid; parents.TryGetValue(current, out var parent) && parent > 1; current = parent)
        {
            if (parent == root)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The command name and parent of a process from <c>/proc/PID/stat</c> (<c>pid (comm) state ppid …</c>; comm may hold spaces and parentheses).</summary>
    private static (string Comm, int Parent)? ReadStat(int pid)
    {
        var stat = ReadText($"/proc/{pid}/stat");
        var open = stat?.IndexOf('(') ?? -1;
        var close = stat?.LastIndexOf(')') ?? -1;
        if (stat is null || open < 0 || close < open)
        {
            return null;
        }

        var rest = stat[(close + 2)..].Split(' ');
        return rest.Length > 1 && int.TryParse(rest[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
            ? (stat[(open + 1)..close], parent)
            : null;
    }

    /// <summary>VmHWM in bytes, or <see langword="null"/> once the process is gone (a zombie has no memory lines).</summary>
    private static long? HighWaterMark(int pid)
    {
        var status = ReadText($"/proc/{pid}/status");
        var line = status?.Split('\n').FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is not null && long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb)
            ? kb * 1024
            : null;
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // The process exited between listing and reading.
        }
    }
}
