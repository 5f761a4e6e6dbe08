using BenchmarkDotNet.Attributes;

namespace DefenceData.Benchmarks;

/// <summary>In-process figures over the real dataset: lookup by id, a LINQ scan, navigation.</summary>
[MemoryDiagnoser]
public class DatasetBenchmarks
{
    private string[] _ids = [];

    /// <summary>Touches every collection once, so the figures are for a warm dataset.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ids = DefenceData.People.All.Select(p => p.Id).Concat(["nobody-at-all"]).ToArray();
        _ = DefenceData.Events.ById;
    }

    /// <summary><c>People.TryGet</c> for every person id and one unknown id.</summary>
    /// <returns>How many were found.</returns>
    [Benchmark]
    public int LookupById()
    {
        var found = 0;
        foreach (var id in _ids)
        {
            if (DefenceData.People.TryGet(id, out _))
            {
                found++;
            }
        }

        return found;
    }

    /// <summary>The README's query: the events a person took part in, in date order.</summary>
    /// <returns>How many there are.</returns>
    [Benchmark]
    public int LinqScan() =>
        Dataset.Events.Where(e => e.ParticipantIds.Contains("amir-baram")).OrderBy(e => e.Date).Count();

    /// <summary>From each event to its participants' names and its citations' sources (ids → records).</summary>
    /// <returns>The total length of the names.</returns>
    [Benchmark]
    public int Navigation()
    {
        var length = 0;
        foreach (var e in Dataset.Events)
        {
            foreach (var person in e.Participants)
            {
                length += person.Name.Length;
            }

            foreach (var citation in e.Citations)
            {
                length += citation.Source.Id.Length;
            }
        }

        return length;
    }
}
