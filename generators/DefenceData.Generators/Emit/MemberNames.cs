using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// The one policy for C# members the generator names after something the user chose (a record's id,
/// a reference property, a collection class): where the name is already taken, the member is left
/// out and the step that named it reports DD0010 at the record or collection class; never a number
/// appended, never silence. Record ids: <see cref="Assign"/>, one rule for the collections step,
/// which emits the names, and the validation step, which reports each collision at its record (the
/// collections step holds no locations, so a comment-only edit leaves it unchanged). Navigation:
/// <see cref="NavigationModel"/>; the dataset root: <see cref="RootCollisions"/>; the JSON Schemas:
/// <see cref="Schemas.SchemaEmitter.MemberNames"/>.
/// </summary>
internal static class MemberNames
{
    /// <summary>Member names the generated class declares itself.</summary>
    public static readonly string[] ReservedNames = { "All", "ById", "Get", "TryGet", "Count", "Metadata" };

    // Members every class inherits from object: a record member named so would hide one (warning
    // CS0108, an error where warnings are errors).
    private static readonly string[] s_objectMemberNames = { "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    /// <summary>
    /// The records of <paramref name="collection"/> from <paramref name="records"/> (in file-path order),
    /// first of each id, in ordinal id order, each with its member name, or with what took that name.
    /// </summary>
    public static IEnumerable<(T Record, string? Member, string? TakenBy)> Assign<T>(CollectionShape collection, IEnumerable<T> records, System.Func<T, string> collectionOf, System.Func<T, string> idOf)
    {
        var taken = new MemberNameSet(ReservedWithOwners(collection));
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var record in records.Where(r => collectionOf(r) == collection.ClassFullyQualifiedName).OrderBy(idOf, System.StringComparer.Ordinal))
        {
            var id = idOf(record);
            if (!seen.Add(id))
            {
                continue; // Duplicate ids are reported by the validator.
            }

            var member = IdRules.ToMemberName(id);
            yield return taken.TryClaim(member, "id '" + id + "'", out var owner) ? (record, member, null) : (record, null, owner);
        }
    }

    /// <summary>The names a record of <paramref name="collection"/> can never take.</summary>
    public static IEnumerable<string> Reserved(CollectionShape collection) => ReservedWithOwners(collection).Select(r => r.Name);

    /// <summary>
    /// The collections the dataset root gives no property (RootEmitter's rule: a name the root
    /// declares, the root class's own name, or a class name an earlier collection has), as DD0010 at
    /// each collection class.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> RootCollisions(EquatableArray<CollectionShape> shapes, RootModel root)
    {
        var taken = new MemberNameSet(RootModel.ReservedNames.Select(n => (n, "a generated member")).Append((root.ClassName, "the root class itself")));
        var exported = new MemberNameSet(Enumerable.Empty<(string, string)>());
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var collection in root.Collections)
        {
            var at = shapes.FirstOrDefault(s => s.ClassFullyQualifiedName == collection.ClassFullyQualifiedName)?.Location;
            var name = "collection " + collection.ClassFullyQualifiedName.Replace("global::", "");
            if (!taken.TryClaim(collection.ClassName, name, out var owner))
            {
                diagnostics.Add(Collision(at, "Collection '" + collection.ClassName + "'", root.ClassName + "." + collection.ClassName, owner));
            }
            else if (!exported.TryClaim(collection.ExportName, name, out var exportOwner))
            {
                // Two class names with one key (URLs, UrLs → urLs) would give the exports one name for two collections.
                diagnostics.Add(Collision(at, "Collection '" + collection.ClassName + "'", "the export name '" + collection.ExportName + "'", exportOwner));
            }
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>
    /// The collections without those whose class name differs from an earlier one's only in case (their
    /// generated files and export names would be one), each left out with DD0010 at its class.
    /// </summary>
    public static Guarded<EquatableArray<CollectionShape>> WithoutCaseTwins(EquatableArray<CollectionShape> shapes)
    {
        var seen = new Dictionary<string, CollectionShape>(System.StringComparer.OrdinalIgnoreCase);
        var kept = new List<CollectionShape>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var shape in shapes)
        {
            if (seen.TryGetValue(shape.ClassFullyQualifiedName, out var first))
            {
                diagnostics.Add(Collision(shape.Location, "Collection '" + shape.ClassName + "'", "the generated file and export name of " + first.ClassName,
                    "collection " + first.ClassFullyQualifiedName.Replace("global::", "") + " (names that differ only in case are one file name)"));
                continue;
            }

            seen.Add(shape.ClassFullyQualifiedName, shape);
            kept.Add(shape);
        }

        return new Guarded<EquatableArray<CollectionShape>>(kept.ToEquatableArray(), null, diagnostics.ToEquatableArray());
    }

    /// <summary>The DD0010 for a member <paramref name="subject"/> would be given, named <paramref name="member"/>, which <paramref name="takenBy"/> already has.</summary>
    public static DiagnosticInfo Collision(LocationInfo? at, string subject, string member, string takenBy) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.MemberNameCollision, at, subject, member, takenBy);

    private static IEnumerable<(string Name, string Owner)> ReservedWithOwners(CollectionShape collection) =>
        ReservedNames.Append(collection.ClassName).Select(n => (n, "a generated member"))
            .Concat(s_objectMemberNames.Select(n => (n, "a member inherited from object")))
            .Concat(collection.ClassMemberNames.Select(n => (n, "a member written in the collection class")));
}

/// <summary>The member names of one generated type, each with what holds it (for DD0010's message).</summary>
internal sealed class MemberNameSet
{
    private readonly Dictionary<string, string> _taken = new(System.StringComparer.Ordinal);

    public MemberNameSet(IEnumerable<(string Name, string Owner)> reserved)
    {
        foreach (var (name, owner) in reserved)
        {
            _taken[name] = owner;
        }
    }

    /// <summary>Gives <paramref name="name"/> to <paramref name="owner"/> if it is free; otherwise <paramref name="takenBy"/> is what has it.</summary>
    public bool TryClaim(string name, string owner, out string takenBy)
    {
        if (_taken.TryGetValue(name, out var existing))
        {
            takenBy = existing;
            return false;
        }

        _taken[name] = owner;
        takenBy = "";
        return true;
    }
}
