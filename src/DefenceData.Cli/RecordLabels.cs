using System.Reflection;

namespace DefenceData.Cli;

/// <summary>How a record is named to a reader: its title, and a source by outlet and date.</summary>
internal static class RecordLabels
{
    // The first of these a record type has and gives a value for is its title; a type with none is shown by id.
    private static readonly string[] s_titleProperties = ["Title", "Name", "Headline", "Summary"];

    /// <summary>The record's title: a source by outlet and date, anything else by its title, name, headline or summary.</summary>
    /// <param name="record">Any record.</param>
    /// <returns>The title, or the id when the record has nothing to show.</returns>
    public static string Title(object record)
    {
        if (record is Source source)
        {
            return SourceLabel(source);
        }

        foreach (var name in s_titleProperties)
        {
            if (record.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(record) is string { Length: > 0 } text)
            {
                return text;
            }
        }

        return RecordWalker.IdOf(record);
    }

    /// <summary>A source as a reader cites it: outlet (or the agency it is based on) and date, e.g. "ANI, 2025-07-24".</summary>
    /// <param name="source">The source.</param>
    /// <returns>The label; an article with neither outlet nor date is named by its id.</returns>
    public static string SourceLabel(Source source) =>
        (source.Outlet ?? source.Attribution, source.Published) switch
        {
            (null, null) => $"{source.Id} (no outlet or date given)",
            (null, { } date) => $"{source.Id}, {date}",
            ({ } outlet, null) => $"{outlet}, undated",
            ({ } outlet, { } date) => $"{outlet}, {date}",
        };

    /// <summary>A source by id, labelled by outlet and date.</summary>
    /// <param name="sourceId">The source's id.</param>
    /// <returns>The label.</returns>
    public static string SourceLabel(string sourceId) => SourceLabel(Sources.Get(sourceId));
}
