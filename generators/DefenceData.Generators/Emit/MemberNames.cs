using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// The C# member name of each record of a collection (<c>People.AmirBaram</c>), or none where it would
/// collide. One rule for the collections step, which emits the names, and the validation step, which
/// reports each collision (DD0010) at its record: the collections step holds no locations, so a
/// comment-only edit leaves it unchanged.
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
        var taken = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var (name, owner) in ReservedWithOwners(collection))
        {
            taken[name] = owner;
        }

        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var record in records.Where(r => collectionOf(r) == collection.ClassFullyQualifiedName).OrderBy(idOf, System.StringComparer.Ordinal))
        {
            var id = idOf(record);
            if (!seen.Add(id))
            {
                continue; // Duplicate ids are reported by the validator.
            }

            var member = IdRules.ToMemberName(id);
            if (taken.TryGetValue(member, out var owner))
            {
                yield return (record, null, owner);
            }
            else
            {
                taken[member] = "id '" + id + "'";
                yield return (record, member, null);
            }
        }
    }

    /// <summary>The names a record of <paramref name="collection"/> can never take.</summary>
    public static IEnumerable<string> Reserved(CollectionShape collection) => ReservedWithOwners(collection).Select(r => r.Name);

    private static IEnumerable<(string Name, string Owner)> ReservedWithOwners(CollectionShape collection) =>
        ReservedNames.Append(collection.ClassName).Select(n => (n, "a generated member"))
            .Concat(s_objectMemberNames.Select(n => (n, "a member inherited from object")))
            .Concat(collection.ClassMemberNames.Select(n => (n, "a member written in the collection class")));
}
