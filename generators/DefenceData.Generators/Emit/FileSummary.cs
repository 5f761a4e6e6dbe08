using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// One data file as the plan reads it: its records' ids (and labels, where named members need them)
/// and the object patterns they use, without their values, so a value edit leaves it equal and
/// nothing after it runs again. <see cref="Diagnostics"/> carries an internal error: the plan then
/// emits every collection readably, which needs no summary.
/// </summary>
internal sealed record FileSummary(string Path, string? Collection, EquatableArray<SummaryRecord> Records, EquatableArray<PatternKey> Patterns, EquatableArray<FailedRecord> Failed, EquatableArray<DiagnosticInfo> Diagnostics = default)
{
    public static FileSummary From(FileRecords file, EquatableArray<CollectionShape> shapes, bool withLabels)
    {
        var (collection, root, records) = OwnRecords.Of(file, shapes);
        var patterns = root is null ? EquatableArray<PatternKey>.Empty : CompactBlob.PatternsOf(root, records).ToEquatableArray();
        var summaries = records.Select(r => new SummaryRecord(r.Id, withLabels ? CollectionModel.Label(r.Value) : null)).ToEquatableArray();
        return new FileSummary(file.Path, collection, summaries, patterns, file.Failed);
    }
}

/// <summary>A record's id, and its name or title for its named member's documentation (null where no named member is written).</summary>
internal sealed record SummaryRecord(string Id, string? Label);

/// <summary>
/// One data file's strings, but its records' own ids, in ordinal order: what decides which strings
/// the buckets share (<see cref="CompactStrings"/>). After an internal error it holds none, which
/// only shares less.
/// </summary>
internal sealed record FileStrings(string Path, string? Collection, EquatableArray<string> Strings, EquatableArray<DiagnosticInfo> Diagnostics = default)
{
    public static FileStrings From(FileRecords file, EquatableArray<CollectionShape> shapes)
    {
        var (collection, root, records) = OwnRecords.Of(file, shapes);
        return new FileStrings(file.Path, collection, root is null ? EquatableArray<string>.Empty : CompactBlob.StringsOf(root, records).ToEquatableArray());
    }
}

/// <summary>A file's collection (each data file is in one), its record type, and its records of it.</summary>
internal static class OwnRecords
{
    public static (string? Collection, TypeShape? Root, List<RecordData> Records) Of(FileRecords file, EquatableArray<CollectionShape> shapes)
    {
        var collection = file.Records.Select(r => r.Collection).Concat(file.Failed.Select(f => f.Collection)).FirstOrDefault();
        var root = shapes.FirstOrDefault(s => s.ClassFullyQualifiedName == collection)?.Record;
        return (collection, root, file.Records.Where(r => r.Collection == collection).ToList());
    }
}
