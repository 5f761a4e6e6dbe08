using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Resolution;

/// <summary>
/// Where references to one record type resolve in this compilation: its own collections of the
/// type, or, where it has none, the public collections of referenced assemblies.
/// </summary>
internal sealed record TypeResolution(string RecordType, bool IsOwn, EquatableArray<string> Collections);

/// <summary>
/// The compilation's scope: for each record type it holds or refers to, the collections navigation
/// looks in and the build checks against (the same ones, so data that builds clean resolves).
/// </summary>
internal sealed record ResolutionModel(EquatableArray<TypeResolution> Types)
{
    public static ResolutionModel Build(EquatableArray<CollectionShape> shapes, TypeGraph graph, EquatableArray<ReferencedCollection> referenced)
    {
        var own = shapes.Where(s => s.Record is not null)
            .GroupBy(s => s.Record!.FullyQualifiedName, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.ClassFullyQualifiedName).OrderBy(n => n, System.StringComparer.Ordinal).ToList(), System.StringComparer.Ordinal);

        var types = new SortedDictionary<string, TypeResolution>(System.StringComparer.Ordinal);
        foreach (var pair in own)
        {
            types[pair.Key] = new TypeResolution(pair.Key, true, pair.Value.ToEquatableArray());
        }

        foreach (var target in graph.AllTargets().Where(t => !own.ContainsKey(t)))
        {
            var elsewhere = referenced.Where(c => c.RecordType == target).Select(c => c.ClassFullyQualifiedName).ToList();
            if (elsewhere.Count > 0)
            {
                types[target] = new TypeResolution(target, false, elsewhere.ToEquatableArray());
            }
        }

        return new ResolutionModel(types.Values.ToEquatableArray());
    }

    public TypeResolution? For(string recordType) => Types.FirstOrDefault(t => t.RecordType == recordType);
}
