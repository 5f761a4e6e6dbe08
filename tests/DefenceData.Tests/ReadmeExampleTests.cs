namespace DefenceData.Tests;

/// <summary>Tests that replace <see cref="Console.Out"/> run alone.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>The README's usage example, kept here verbatim so that it compiles and says what it shows.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_usage_example_prints_Baram_events_with_quotes_the_meeting_and_what_points_at_Katz()
    {
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            // Every event Amir Baram took part in, in date order, with the sources that report it.
            var baram = People.AmirBaram;                          // each record is a named member
            foreach (var e in baram.ReferencingEvents.OrderBy(e => e.Date))   // reverse navigation: events naming him
            {
                Console.WriteLine($"{e.Date} {e.Title}");
                foreach (var c in e.Citations)
                    Console.WriteLine($"    {c.Source.EvidenceFile}: \"{c.Quote}\"");
            }

            var katz = People.Get("israel-katz");                  // lookup by id (KeyNotFoundException if absent)
            if (Events.TryGet("singh-katz-meeting-2025-11-04", out var meeting))
            {
                Console.WriteLine(string.Join(", ", meeting.Participants.Select(p => p.Name)));  // ids → records
                foreach (var s in meeting.ReferencingStatements)                                   // what was said there
                    Console.WriteLine($"{s.Speaker?.Name}: {s.SummaryText}");
            }

            // Everything that points at Katz: the record and where in it.
            foreach (var r in Dataset.ReferencesTo(katz.Id))
                Console.WriteLine($"{r.Record.Id} {r.Path}");      // e.g. singh-katz-meeting-2025-11-04 participantIds[1]
        }
        finally
        {
            Console.SetOut(console);
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("2025-07-23 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("    sources/articles/", StringComparison.Ordinal));
        Assert.Contains("Rajesh Kumar Singh, Israel Katz", lines);
        Assert.Contains(lines, l => l.StartsWith("Rajesh Kumar Singh: ", StringComparison.Ordinal));
        Assert.Contains("singh-katz-meeting-2025-11-04 participantIds[1]", lines);
    }

    [Fact]
    public void The_cameo_example_prints_what_the_readme_shows()
    {
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            var material = Events.All.Where(e => e.Cameo?.QuadClass == QuadClass.MaterialCooperation);
            Console.WriteLine($"material cooperation: {material.Count()} events");

            foreach (var e in Events.All.Where(e => e.Cameo?.QuadClass == QuadClass.MaterialConflict))
                Console.WriteLine($"{e.CameoCode} {e.Cameo!.Description} ({e.Cameo.RootName}, {e.Cameo.GoldsteinScale:+0.0;-0.0}): {e.Title}");

            foreach (var g in Events.All.Select(e => e.Cameo).Concat(Statements.All.Select(s => s.Cameo))
                         .OfType<CameoEntry>().GroupBy(c => c.QuadClass).OrderBy(g => g.Key))
                Console.WriteLine($"{g.Key}: {g.Count()}");

            foreach (var month in Events.All
                         .Where(e => e.Cameo is not null && e.Date is { Precision: >= DatePrecision.Month })
                         .GroupBy(e => (e.Date!.Value.Year, e.Date.Value.Month))
                         .OrderBy(g => g.Key))
                Console.WriteLine($"{month.Key.Year}-{month.Key.Month:00}  {month.Average(e => e.Cameo!.GoldsteinScale),5:+0.00;-0.00}  ({month.Count()} events)");
        }
        finally
        {
            Console.SetOut(console);
        }

        // The README's "prints" block, line for line.
        Assert.Equal(["material cooperation: 0 events", "180 Use unconventional violence, not specified below (ASSAULT, -9.0): 7 October 2023 terrorist attacks in Israel", "190 Use conventional military force, not specified below (FIGHT, -10.0): Operation Rising Lion", "180 Use unconventional violence, not specified below (ASSAULT, -9.0): Terrorist attack in Pahalgam", "190 Use conventional military force, not specified below (FIGHT, -10.0): Recent border conflicts involving India", "VerbalCooperation: 33", "VerbalConflict: 3", "MaterialConflict: 4", "2023-10  -9.00  (1 events)", "2024-07  +1.00  (1 events)", "2025-04  -9.00  (1 events)", "2025-07  +2.38  (5 events)", "2025-11  +3.33  (3 events)"], output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
