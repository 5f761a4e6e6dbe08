using DefenceData.Metadata;

namespace DefenceData.Cli;

/// <summary>How a record is named to a reader: its label, and a source by outlet and date.</summary>
internal static class RecordLabels
{
    /// <summary>The record's title: a source by outlet and date, anything else by its label (<see cref="RecordTypeMetadata.LabelFields"/>).</summary>
    /// <param name="record">Any record.</param>
    /// <param name="type">Its type's metadata.</param>
    /// <returns>The title, or the id when the record has nothing to show.</returns>
    public static string Title(IRecord record, RecordTypeMetadata type) =>
        record is Source source ? SourceLabel(source) : type.LabelOf(record) ?? record.Id;

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
