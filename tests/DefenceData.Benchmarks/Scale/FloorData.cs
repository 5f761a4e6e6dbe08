using System.Globalization;
using System.Text;

namespace DefenceData.Benchmarks.Scale;

/// <summary>
/// The allocation floor's input: the events as plain text the floor program splits into arrays of
/// offsets and numbers <em>before</em> its timer starts, so that what it times is only allocating
/// the records (strings, arrays, objects) and the scan. Every distinct participant id, source id
/// and quote is listed once and allocated once (the generated code, too, decodes a string used more
/// than once a single time), and so is every distinct citation (the generated code does not share
/// those: docs/PERFORMANCE.md).
/// </summary>
/// <remarks>
/// Layout, one item per line, fields separated by tabs (the data has neither tabs nor line breaks):
/// <code>
/// events  shared  citations  participantRefs  citationRefs
/// shared string                                       × shared
/// source index  quote index                           × citations (indexes into the shared strings)
/// id  title  type  year  month  day  participants  summary  casualties  citations   × events
/// </code>
/// type is the kind's index; year 0 = no date, month and day 0 = not known; participants are
/// shared indexes and citations citation indexes, comma-separated; summary is "+text" or empty
/// for none; casualties is empty for none.
/// </remarks>
internal static class FloorData
{
    public static string Write(SyntheticData data)
    {
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        var citations = new Dictionary<(int Source, int Quote), int>();
        int Share(string text) => shared.TryGetValue(text, out var i) ? i : shared[text] = shared.Count;
        int Cite(SynthCitation c)
        {
            var key = (Share(c.SourceId), Share(c.Quote));
            return citations.TryGetValue(key, out var i) ? i : citations[key] = citations.Count;
        }

        var lines = new List<string>(data.Events.Count);
        var participantRefs = 0;
        var citationRefs = 0;
        foreach (var e in data.Events)
        {
            participantRefs += e.ParticipantIds.Length;
            citationRefs += e.Citations.Length;
            var (year, month, day) = e.Date is { } d ? (d.Year, d.Month ?? 0, d.Day ?? 0) : (0, 0, 0);
            lines.Add(string.Join('\t',
                e.Id,
                e.Title,
                Array.IndexOf(SyntheticData.EventKinds, e.Type).ToString(CultureInfo.InvariantCulture),
                year.ToString(CultureInfo.InvariantCulture),
                month.ToString(CultureInfo.InvariantCulture),
                day.ToString(CultureInfo.InvariantCulture),
                string.Join(',', e.ParticipantIds.Select(p => Share(p).ToString(CultureInfo.InvariantCulture))),
                e.Summary is null ? "" : "+" + e.Summary,
                e.Casualties?.ToString(CultureInfo.InvariantCulture) ?? "",
                string.Join(',', e.Citations.Select(c => Cite(c).ToString(CultureInfo.InvariantCulture)))));
        }

        var b = new StringBuilder();
        b.Append(Invariant($"{data.Events.Count}\t{shared.Count}\t{citations.Count}\t{participantRefs}\t{citationRefs}\n"));
        foreach (var text in shared.Keys)
        {
            b.Append(text).Append('\n');
        }

        foreach (var (source, quote) in citations.Keys)
        {
            b.Append(Invariant($"{source}\t{quote}\n"));
        }

        foreach (var line in lines)
        {
            b.Append(line).Append('\n');
        }

        return b.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
