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
            output.WriteLine($"{When(e),-24}  {e.Title}  [{e.Id}]");
            var sources = e.Citations.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            output.WriteLine($"{"",-24}  sources: {string.Join("; ", sources.Select(RecordLabels.SourceLabel))}");
        }

        return 0;
    }

    /// <summary>A span as ISO 8601 "start/end"; one day in a range, not known which, as EDTF's "[first..last]".</summary>
    private static string When(Event e) => e switch
    {
        { Date: null } => "(date not given)",
        { EndDate: { } end } => $"{e.Date}/{end}",
        { LatestDate: { } latest } => $"[{e.Date}..{latest}]",
        _ => e.Date.ToString()!,
    };
}
