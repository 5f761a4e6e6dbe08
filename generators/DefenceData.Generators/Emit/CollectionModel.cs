using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Diagnostics;
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

/// <summary>One collection, ready to emit: records in ordinal id order, duplicates dropped.</summary>
internal sealed record CollectionModel(CollectionShape Shape, EquatableArray<RecordEntry> Records, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<MissingMember> Missing = default)
{
    /// <summary>Member names the generated class declares itself.</summary>
    public static readonly string[] ReservedNames = { "All", "ById", "Get", "TryGet", "Count" };

    // Members every class inherits from object: a record member named so would hide one (warning
    // CS0108, an error where warnings are errors).
    private static readonly string[] s_objectMemberNames = { "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    public static IEnumerable<CollectionModel> Build(IEnumerable<BoundFile> files, EquatableArray<CollectionShape> collections, string? dataDirectory = null)
    {
        var records = files
            .OrderBy(f => f.Path, System.StringComparer.Ordinal)
            .SelectMany(f => f.Records)
            .ToList();
        var failedRecords = files.SelectMany(f => f.Failed).ToList();

        foreach (var collection in collections.Where(c => c.Record is not null))
        {
            var diagnostics = new List<DiagnosticInfo>();
            var taken = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var reserved in ReservedNames.Append(collection.ClassName))
            {
                taken[reserved] = "a generated member";
            }

            foreach (var inherited in s_objectMemberNames)
            {
                taken[inherited] = "a member inherited from object";
            }

            foreach (var own in collection.ClassMemberNames)
            {
                taken[own] = "a member written in the collection class";
            }

            var entries = new List<RecordEntry>();
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var record in records.Where(r => r.Collection == collection.ClassFullyQualifiedName)
                         .OrderBy(r => r.Id, System.StringComparer.Ordinal))
            {
                if (!seen.Add(record.Id))
                {
                    continue; // Duplicate ids are reported by the validator.
                }

                string? member = IdRules.ToMemberName(record.Id);
                if (taken.TryGetValue(member, out var owner))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberNameCollision, record.Location, record.Id, member, owner));
                    member = null;
                }
                else
                {
                    taken[member] = "id '" + record.Id + "'";
                }

                entries.Add(new RecordEntry(record.Id, member, record.Value, Label(record.Value), DataPaths.Display(record.Location.Path, dataDirectory)));
            }

            var missing = new List<MissingMember>();
            foreach (var failed in failedRecords.Where(f => f.Collection == collection.ClassFullyQualifiedName && !seen.Contains(f.Id))
                         .OrderBy(f => f.Id, System.StringComparer.Ordinal))
            {
                var member = IdRules.ToMemberName(failed.Id);
                if (seen.Add(failed.Id) && !taken.ContainsKey(member))
                {
                    taken[member] = "id '" + failed.Id + "'";
                    missing.Add(new MissingMember(failed.Id, member, DataPaths.Display(failed.File, dataDirectory)));
                }
            }

            yield return new CollectionModel(collection with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty }, entries.ToEquatableArray(), diagnostics.ToEquatableArray(), missing.ToEquatableArray());
        }
    }

    /// <summary>What a person reads a record by: its Name, else its Title (text properties).</summary>
    private static string? Label(BoundObject value) =>
        value.Fields.FirstOrDefault(f => f.Property == "Name" && f.Value is BoundString)?.Value is BoundString name ? name.Value
        : value.Fields.FirstOrDefault(f => f.Property == "Title" && f.Value is BoundString)?.Value is BoundString title ? title.Value
        : null;
}
