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
}
