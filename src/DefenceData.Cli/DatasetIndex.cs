using DefenceData.Generators.Diagnostics;
using DefenceData.Metadata;

namespace DefenceData.Cli;

/// <summary>One record as the CLI lists it: its collection (export name and metadata), id, title and the record itself.</summary>
internal sealed record IndexedRecord(string Collection, string Id, string Title, IRecord Record, CollectionMetadata Metadata);

/// <summary>
/// Every collection and record of the dataset, in the dataset's order, found by name or id the
/// forgiving way a person types them (any case; <c>weapon-systems</c> or <c>weaponSystems</c>).
/// </summary>
internal static class DatasetIndex
{
    private static readonly Lazy<IReadOnlyList<IndexedRecord>> s_records = new(() =>
        Dataset.Metadata.Collections
            .SelectMany(c => c.Records.Select(r => new IndexedRecord(c.ExportName, r.Id, RecordLabels.Title(r, c.RecordType), r, c)))
            .ToArray());

    /// <summary>The collections by their export names, in the dataset's order.</summary>
    public static IReadOnlyList<string> CollectionNames { get; } = Dataset.Metadata.Collections.Select(c => c.ExportName).ToArray();

    /// <summary>Every record of every collection.</summary>
    public static IReadOnlyList<IndexedRecord> Records => s_records.Value;

    /// <summary>The export name of a collection given in any case, with or without hyphens.</summary>
    /// <param name="name">The name as typed.</param>
    /// <returns>The export name, or <see langword="null"/> when no collection has it.</returns>
    public static string? FindCollection(string name) =>
        CollectionNames.FirstOrDefault(c => string.Equals(Loose(c), Loose(name), StringComparison.OrdinalIgnoreCase));

    /// <summary>The records of one collection.</summary>
    /// <param name="collection">The export name.</param>
    /// <returns>Its records in ordinal order of id.</returns>
    public static IEnumerable<IndexedRecord> In(string collection) => Records.Where(r => r.Collection == collection);

    /// <summary>The record with this id, exactly or else in any case.</summary>
    /// <param name="id">The id as typed.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    public static IndexedRecord? Find(string id) =>
        Records.FirstOrDefault(r => r.Id == id)
        ?? Records.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The ids nearest to one that matched nothing: those containing it, then the fewest edits away.</summary>
    /// <param name="id">The id as typed.</param>
    /// <param name="count">At most this many.</param>
    /// <returns>The suggestions, nearest first.</returns>
    public static IReadOnlyList<string> Nearest(string id, int count = 5)
    {
        var typed = id.ToLowerInvariant();
        var limit = Math.Max(2, typed.Length / 3);
        return Records
            .Select(r => (r.Id, Distance: r.Id.Contains(typed, StringComparison.Ordinal) ? 0 : EditDistance.Between(typed, r.Id)))
            .Where(r => r.Distance <= limit)
            .OrderBy(r => r.Distance)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => r.Id)
            .Distinct(StringComparer.Ordinal)
            .Take(count)
            .ToArray();
    }

    private static string Loose(string name) => name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
}
