namespace DefenceData.Tests;

/// <summary>Tests that replace <see cref="Console.Out"/> run alone.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>The README's usage example, kept here verbatim so that it compiles and says what it shows.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_usage_example_prints_Baram_events_with_quotes_and_the_meeting_participants()
    {
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            // Every event Amir Baram took part in, in date order, with the sources that report it.
            var baram = People.AmirBaram;                          // each record is a named member
            foreach (var e in Dataset.Events
                         .Where(e => e.ParticipantIds.Contains(baram.Id))
                         .OrderBy(e => e.Date))
            {
                Console.WriteLine($"{e.Date} {e.Title}");
                foreach (var c in e.Citations)
                    Console.WriteLine($"    {c.Source.EvidenceFile}: \"{c.Quote}\"");
            }

            var katz = People.Get("israel-katz");                  // lookup by id (KeyNotFoundException if absent)
            if (Events.TryGet("singh-katz-meeting-2025-11-04", out var meeting))
                Console.WriteLine(string.Join(", ", meeting.Participants.Select(p => p.Name)));  // ids → records
        }
        finally
        {
            Console.SetOut(console);
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("2025-07-23 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("    sources/articles/", StringComparison.Ordinal));
        Assert.Equal("Rajesh Kumar Singh, Israel Katz", lines[^1]);
    }
}
