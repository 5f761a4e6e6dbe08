using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Model;
using DefenceData.Generators.Resolution;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>A navigation property: from an id (or ids) property to the records it names, resolved in the record's scope.</summary>
internal sealed record NavigationProperty(string Name, string IdProperty, string TargetType, bool IsList, bool IsNullable);

/// <summary>A reverse navigation property: the records of one collection type that refer to this record.</summary>
internal sealed record ReverseProperty(string Name, string OwnerType);

/// <summary>
/// The navigation to add to one partial record type: from its ids to records and, for a collection's
/// record type (<paramref name="IsCollectionRecord"/>), from it back to the records that refer to it.
/// <paramref name="At"/>: the class of the first collection (in ordinal order) whose records hold the
/// type, where a failure to emit its navigation is reported.
/// </summary>
internal sealed record NavigationModel(TypeShape Type, EquatableArray<NavigationProperty> Properties, bool IsCollectionRecord = false, EquatableArray<ReverseProperty> Reverse = default, LocationInfo? At = null)
{
    /// <summary>Members the emitted partial declares besides the navigation properties.</summary>
    public static readonly string[] ReservedNames = { ScopeNames.Property, "__scope", "__Lookup", "__Index", "ReferencedBy" };

    /// <summary>
    /// The navigation of every partial record type the collections hold. A navigation property whose
    /// name the type already has is left out and, where <paramref name="collisions"/> is given,
    /// reported there as DD0010 at the collection class (MemberNames' policy).
    /// </summary>
    public static IEnumerable<NavigationModel> Build(EquatableArray<CollectionShape> collections, TypeGraph graph, ResolutionModel resolution, List<DiagnosticInfo>? collisions = null)
    {
        foreach (var type in graph.Types.Where(t => t.IsPartialTopLevelInCompilation))
        {
            var holder = graph.HolderOf(type.FullyQualifiedName);
            var at = collections.FirstOrDefault(c => c.ClassFullyQualifiedName == holder)?.Location;
            var members = new MemberNameSet(type.ExistingMemberNames.Select(n => (n, "a member written in " + type.Name))
                .Concat(type.Properties.Select(p => (p.Name, "the property " + type.Name + "." + p.Name))));
            var properties = Forward(type, resolution, members, at, collisions);
            var isCollectionRecord = collections.Any(c => c.Record?.FullyQualifiedName == type.FullyQualifiedName);
            if (properties.Count == 0 && !isCollectionRecord)
            {
                continue;
            }

            // The members the emitted partial declares besides the navigation properties: a type that has one gets no navigation.
            var reserved = ReservedNames.Where(type.ExistingMemberNames.Contains).ToList();
            if (reserved.Count > 0)
            {
                collisions?.AddRange(reserved.Select(n => MemberNames.Collision(at, "The generated navigation of " + type.Name, n, "a member written in " + type.Name)));
                continue;
            }

            var reverse = isCollectionRecord ? ReverseOf(type, collections, graph, members, at, collisions) : new List<ReverseProperty>();
            yield return new NavigationModel(type, properties.ToEquatableArray(), isCollectionRecord, reverse.ToEquatableArray(), at);
        }
    }

    /// <summary>One navigation property per <c>[Reference]</c> property named <c>…Id</c> or <c>…Ids</c> whose target resolves in this compilation.</summary>
    private static List<NavigationProperty> Forward(TypeShape type, ResolutionModel resolution, MemberNameSet members, LocationInfo? at, List<DiagnosticInfo>? collisions)
    {
        var properties = new List<NavigationProperty>();
        foreach (var p in type.Properties)
        {
            if (p.ReferenceTarget is not { } target || resolution.For(target) is null)
            {
                continue;
            }

            var isList = p.Value.Kind == ValueKind.List;
            var suffix = isList ? "Ids" : "Id";
            if (!p.Name.EndsWith(suffix, System.StringComparison.Ordinal) || p.Name.Length == suffix.Length)
            {
                continue; // Not named for navigation: none is made, and nothing collides.
            }

            var stem = p.Name.Substring(0, p.Name.Length - suffix.Length);
            var name = isList ? Plural(stem) : stem;
            if (members.TryClaim(name, "the navigation of " + type.Name + "." + p.Name, out var takenBy))
            {
                properties.Add(new NavigationProperty(name, p.Name, target, isList, p.Value.IsNullable));
            }
            else
            {
                collisions?.Add(MemberNames.Collision(at, "Reference property '" + type.Name + "." + p.Name + "'", name, takenBy));
            }
        }

        return properties;
    }

    /// <summary>One <c>Referencing{Owners}</c> property per collection record type that refers to <paramref name="type"/> anywhere in it.</summary>
    private static List<ReverseProperty> ReverseOf(TypeShape type, EquatableArray<CollectionShape> collections, TypeGraph graph, MemberNameSet members, LocationInfo? at, List<DiagnosticInfo>? collisions)
    {
        var reverse = new List<ReverseProperty>();
        var owners = collections.Where(c => c.Record is not null).Select(c => c.Record!)
            .GroupBy(t => t.FullyQualifiedName, System.StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(t => t.Name, System.StringComparer.Ordinal).ThenBy(t => t.FullyQualifiedName, System.StringComparer.Ordinal);
        foreach (var owner in owners.Where(o => graph.TargetsOf(o.FullyQualifiedName).Contains(type.FullyQualifiedName)))
        {
            var name = "Referencing" + Plural(owner.Name);
            if (members.TryClaim(name, "the reverse navigation from " + owner.Name, out var takenBy))
            {
                reverse.Add(new ReverseProperty(name, owner.FullyQualifiedName));
            }
            else
            {
                collisions?.Add(MemberNames.Collision(at, "The reverse navigation from " + owner.Name + " to " + type.Name, name, takenBy));
            }
        }

        return reverse;
    }

    /// <summary>English plural of a PascalCase stem: Country → Countries, Place → Places.</summary>
    private static string Plural(string stem)
    {
        if (stem.Length > 1 && stem.EndsWith("y", System.StringComparison.Ordinal) && "aeiou".IndexOf(stem[stem.Length - 2]) < 0)
        {
            return stem.Substring(0, stem.Length - 1) + "ies";
        }

        return stem.EndsWith("s", System.StringComparison.Ordinal) || stem.EndsWith("x", System.StringComparison.Ordinal)
            || stem.EndsWith("ch", System.StringComparison.Ordinal) || stem.EndsWith("sh", System.StringComparison.Ordinal)
            ? stem + "es"
            : stem + "s";
    }
}
