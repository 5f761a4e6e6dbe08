using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// One walk of a data file's records (<see cref="CompactBlob.Survey"/>), read by two steps: its
/// <see cref="Summary"/> (the plan's input) and its <see cref="Strings"/> (the shared strings'), so
/// each file is walked once however many steps read it.
/// </summary>
internal sealed record FileScan(FileSummary Summary, FileStrings Strings)
{
    public static FileScan From(FileRecords file, EquatableArray<CollectionShape> shapes)
    {
        var (collection, root, records) = OwnRecords.Of(file, shapes);
        var (patterns, strings) = root is null ? (new List<PatternKey>(), new List<string>()) : CompactBlob.Survey(root, records);
        var summaries = records.Select(r => new SummaryRecord(r.Id, CollectionModel.Label(r.Value))).ToEquatableArray();
        return new FileScan(
            new FileSummary(file.Path, collection, summaries, patterns.ToEquatableArray(), file.Failed),
            new FileStrings(file.Path, collection, strings.ToEquatableArray()));
    }

    /// <summary>After an internal error: a summary that carries it (the plan then emits every collection readably) and no strings, which only shares less.</summary>
    public static FileScan Failed(string path, DiagnosticInfo failure) => new(
        new FileSummary(path, null, EquatableArray<SummaryRecord>.Empty, EquatableArray<PatternKey>.Empty, EquatableArray<FailedRecord>.Empty, EquatableArray<DiagnosticInfo>.Empty.Append(failure)),
        new FileStrings(path, null, EquatableArray<string>.Empty));
}

/// <summary>
/// One data file as the plan reads it: its records' ids (and labels, where named members need them)
/// and the object patterns they use, without their values, so a value edit leaves it equal and
/// nothing after it runs again. <see cref="Diagnostics"/> carries an internal error: the plan then
/// emits every collection readably, which needs no summary.
/// </summary>
internal sealed record FileSummary(string Path, string? Collection, EquatableArray<SummaryRecord> Records, EquatableArray<PatternKey> Patterns, EquatableArray<FailedRecord> Failed, EquatableArray<DiagnosticInfo> Diagnostics = default)
{
    /// <summary>The summary without labels: where no compact named member is written, a title edit leaves it equal.</summary>
    public FileSummary WithoutLabels() => this with { Records = Records.Select(r => r with { Label = null }).ToEquatableArray() };
}

/// <summary>A record's id, and its name or title for its named member's documentation (null where no named member is written).</summary>
internal sealed record SummaryRecord(string Id, string? Label);

/// <summary>
/// One data file's strings, but its records' own ids, in ordinal order: what decides which strings
/// the buckets share (<see cref="CompactStrings"/>).
/// </summary>
internal sealed record FileStrings(string Path, string? Collection, EquatableArray<string> Strings);

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
