using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// One record to emit: its id, its C# member name (null on a collision) and value; for the member's
/// XML doc, its name or title (if it has one) and its file as <c>data/people/amir-baram.yaml</c>.
/// </summary>
internal sealed record RecordEntry(string Id, string? MemberName, BoundObject Value, string? Label = null, string? File = null);

/// <summary>A named member whose record failed to build: emitted so that using it says why (an error, CS0619), not CS0117.</summary>
internal sealed record MissingMember(string Id, string MemberName, string File);

/// <summary>
/// One collection, ready to emit: records in ordinal id order, duplicates dropped. Built from
/// <see cref="FileRecords"/>, which hold no locations; <see cref="Diagnostics"/> only carries an internal error.
/// </summary>
internal sealed record CollectionModel(CollectionShape Shape, EquatableArray<RecordEntry> Records, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<MissingMember> Missing = default)
{
    public static IEnumerable<CollectionModel> Build(IEnumerable<FileRecords> files, EquatableArray<CollectionShape> collections, string? dataDirectory = null)
    {
        var ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var records = ordered.SelectMany(f => f.Records.Select(r => (Record: r, f.Path))).ToList();
        var failedRecords = ordered.SelectMany(f => f.Failed).ToList();

        foreach (var collection in collections.Where(c => c.Record is not null))
        {
            var assigned = MemberNames.Assign(collection, records, r => r.Record.Collection, r => r.Record.Id).ToList();
            var entries = assigned
                .Select(r => new RecordEntry(r.Record.Record.Id, r.Member, r.Record.Record.Value, Label(r.Record.Record.Value), DataPaths.Display(r.Record.Path, dataDirectory)))
                .ToEquatableArray();
            var missing = MissingMembers(collection, failedRecords, assigned.Select(r => r.Record.Record.Id), assigned.Where(r => r.Member is not null).Select(r => r.Member!), dataDirectory);
            yield return new CollectionModel(collection with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty }, entries, EquatableArray<DiagnosticInfo>.Empty, missing);
        }
    }

    /// <summary>A member for each failed record whose id no built record has and whose name is free.</summary>
    internal static EquatableArray<MissingMember> MissingMembers(CollectionShape collection, IEnumerable<FailedRecord> failed, IEnumerable<string> builtIds, IEnumerable<string> builtMembers, string? dataDirectory)
    {
        var seen = new HashSet<string>(builtIds, System.StringComparer.Ordinal);
        var taken = new HashSet<string>(MemberNames.Reserved(collection).Concat(builtMembers), System.StringComparer.Ordinal);
        var missing = new List<MissingMember>();
        foreach (var record in failed.Where(f => f.Collection == collection.ClassFullyQualifiedName).OrderBy(f => f.Id, System.StringComparer.Ordinal))
        {
            var member = IdRules.ToMemberName(record.Id);
            if (seen.Add(record.Id) && taken.Add(member))
            {
                missing.Add(new MissingMember(record.Id, member, DataPaths.Display(record.File, dataDirectory)));
            }
        }

        return missing.ToEquatableArray();
    }

    /// <summary>What a person reads a record by (<see cref="LabelRule"/>): the first label property with text.</summary>
    internal static string? Label(BoundObject value) =>
        LabelRule.Properties
            .Select(name => value.Fields.FirstOrDefault(f => f.Property == name)?.Value as BoundString)
            .FirstOrDefault(text => text is { Value.Length: > 0 })?.Value;
}
