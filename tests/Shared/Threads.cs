namespace DefenceData.Testing;

/// <summary>Runs one read on many threads released at the same moment, to make a first-use race likely rather than rare.</summary>
public static class Threads
{
    /// <summary>What <paramref name="read"/> returned on each of <paramref name="count"/> threads that all started it together.</summary>
    public static T[] AllAtOnce<T>(int count, Func<T> read)
    {
        using var start = new Barrier(count);
        var results = new T[count];
        var workers = Enumerable.Range(0, count).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = read();
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
        return results;
    }

    /// <summary>Enough threads to overlap on any machine: twice the processors, at least four.</summary>
    public static int Many => Math.Max(4, Environment.ProcessorCount * 2);
}
