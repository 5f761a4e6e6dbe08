using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>One record to emit: its id, its C# member name (null on a collision) and value.</summary>
internal sealed record RecordEntry(string Id, string? MemberName, BoundObject Value);

/// <summary>
/// One collection, ready to emit: records in ordinal id order, duplicates dropped. Built from
/// <see cref="FileRecords"/>, which hold no locations; <see cref="Diagnostics"/> only carries an internal error.
/// </summary>
internal sealed record CollectionModel(CollectionShape Shape, EquatableArray<RecordEntry> Records, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static IEnumerable<CollectionModel> Build(IEnumerable<FileRecords> files, EquatableArray<CollectionShape> collections)
    {
        var records = files
            .OrderBy(f => f.Path, System.StringComparer.Ordinal)
            .SelectMany(f => f.Records)
            .ToList();

        foreach (var collection in collections.Where(c => c.Record is not null))
        {
            var entries = MemberNames.Assign(collection, records, r => r.Collection, r => r.Id)
                .Select(r => new RecordEntry(r.Record.Id, r.Member, r.Record.Value))
                .ToEquatableArray();
            yield return new CollectionModel(collection with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty }, entries, EquatableArray<DiagnosticInfo>.Empty);
        }
    }
}
