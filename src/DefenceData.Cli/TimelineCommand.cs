using DefenceData;

namespace DefenceData.Cli;

/// <summary>Prints the events in date order (undated last), each with its sources.</summary>
internal static class TimelineCommand
{
    public static int Run(TextWriter output)
    {
        var events = Dataset.Events
            .OrderBy(e => e.Date is null)
            .ThenBy(e => e.Date)
            .ThenBy(e => e.Id, StringComparer.Ordinal);

        foreach (var e in events)
        {
            var when = e.Date is null ? "(date not given)" : e.EndDate is { } end ? $"{e.Date}/{end}" : e.Date.ToString()!;
            output.WriteLine($"{when,-21}  {e.Title}  [{e.Id}]");
            var sources = e.Citations.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            output.WriteLine($"{"",-21}  sources: {string.Join("; ", sources.Select(RecordLabels.SourceLabel))}");
        }

        return 0;
    }
}
