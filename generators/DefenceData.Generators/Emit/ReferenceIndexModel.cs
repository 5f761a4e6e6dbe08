using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// What the compilation's reference index walks: its collections (in the root's order) and every
/// record or nested type that holds a reference, directly or in a nested object.
/// </summary>
internal sealed record ReferenceIndexModel(EquatableArray<RootCollection> Collections, EquatableArray<TypeShape> Types)
{
    public static ReferenceIndexModel? Build(EquatableArray<CollectionShape> shapes)
    {
        if (RootModel.Build(shapes, EquatableArray<RootDeclaration>.Empty) is not { } root)
        {
            return null;
        }

        var all = new SortedDictionary<string, TypeShape>(System.StringComparer.Ordinal);
        foreach (var shape in shapes.Where(s => s.Record is not null))
        {
            Gather(shape.Record!, all);
        }

        var holding = new Dictionary<string, bool>(System.StringComparer.Ordinal);
        var types = all.Values.Where(t => HoldsReferences(t, holding)).ToEquatableArray();
        return new ReferenceIndexModel(root.Collections, types);
    }

    /// <summary>Whether a type holds a reference, itself or in a nested object (shapes are acyclic: ShapeReader refuses recursion).</summary>
    public static bool HoldsReferences(TypeShape type, Dictionary<string, bool> memo)
    {
        if (memo.TryGetValue(type.FullyQualifiedName, out var known))
        {
            return known;
        }

        var holds = type.Properties.Any(p => p.ReferenceTarget is not null || (Nested(p) is { } nested && HoldsReferences(nested, memo)));
        memo[type.FullyQualifiedName] = holds;
        return holds;
    }

    /// <summary>Every type a collection's records reach through a reference, nested objects included.</summary>
    public static IEnumerable<string> TargetsOf(TypeShape type, HashSet<string>? seen = null)
    {
        seen ??= new HashSet<string>(System.StringComparer.Ordinal);
        if (!seen.Add(type.FullyQualifiedName))
        {
            yield break;
        }

        foreach (var p in type.Properties)
        {
            if (p.ReferenceTarget is { } target)
            {
                yield return target;
            }

            if (Nested(p) is { } nested)
            {
                foreach (var t in TargetsOf(nested, seen))
                {
                    yield return t;
                }
            }
        }
    }

    public static TypeShape? Nested(PropertyShape p) => (p.Value.Kind == ValueKind.List ? p.Value.Element! : p.Value).Object;

    private static void Gather(TypeShape type, SortedDictionary<string, TypeShape> types)
    {
        if (types.ContainsKey(type.FullyQualifiedName))
        {
            return;
        }

        types[type.FullyQualifiedName] = type;
        foreach (var p in type.Properties)
        {
            if (Nested(p) is { } nested)
            {
                Gather(nested, types);
            }
        }
    }
}
