using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Model;

namespace DefenceData.Generators.Shapes;

/// <summary>
/// One type the collections' records can hold: its name, the collection class that reaches it first
/// (in ordinal order of class name: <paramref name="Holder"/>), and every record type a reference in
/// it names, its nested objects included (<paramref name="Targets"/>, ordinal order).
/// </summary>
internal sealed record TypeNode(string Type, string Holder, EquatableArray<string> Targets);

/// <summary>
/// The type graph of a compilation's collections, walked once per change of the shapes (tracking
/// name <c>TypeGraph</c>) for every step that needs it: resolution (the reference targets),
/// navigation (the types, and who refers to whom), the reference index (the types that hold a
/// reference). Every record and nested object type, in ordinal order of name. Shapes are acyclic
/// (ShapeReader refuses recursion). <see cref="Reachable"/> is the one walk; the compact blob uses it
/// for its own collection's types.
/// </summary>
internal sealed record TypeGraph(EquatableArray<TypeShape> Types, EquatableArray<TypeNode> Nodes)
{
    public static readonly TypeGraph Empty = new(EquatableArray<TypeShape>.Empty, EquatableArray<TypeNode>.Empty);

    public static TypeGraph Of(EquatableArray<CollectionShape> collections)
    {
        var types = new SortedDictionary<string, TypeShape>(System.StringComparer.Ordinal);
        var holders = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var collection in collections.Where(c => c.Record is not null))
        {
            foreach (var type in Reachable(collection.Record!).Values.Where(t => !types.ContainsKey(t.FullyQualifiedName)))
            {
                types[type.FullyQualifiedName] = type;
                holders[type.FullyQualifiedName] = collection.ClassFullyQualifiedName;
            }
        }

        var targets = new Dictionary<string, SortedSet<string>>(System.StringComparer.Ordinal);
        var nodes = types.Values.Select(t => new TypeNode(t.FullyQualifiedName, holders[t.FullyQualifiedName], TargetsOf(t, targets).ToEquatableArray()));
        return new TypeGraph(types.Values.ToEquatableArray(), nodes.ToEquatableArray());
    }

    /// <summary>The object type a property holds, itself or as its list's element; null for any other value.</summary>
    public static TypeShape? Nested(PropertyShape property) => (property.Value.Kind == ValueKind.List ? property.Value.Element! : property.Value).Object;

    /// <summary><paramref name="root"/> and every object type nested in it, by name, in ordinal order.</summary>
    public static SortedDictionary<string, TypeShape> Reachable(TypeShape root)
    {
        var types = new SortedDictionary<string, TypeShape>(System.StringComparer.Ordinal);
        var pending = new Stack<TypeShape>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (types.ContainsKey(type.FullyQualifiedName))
            {
                continue;
            }

            types[type.FullyQualifiedName] = type;
            foreach (var property in type.Properties)
            {
                if (Nested(property) is { } nested)
                {
                    pending.Push(nested);
                }
            }
        }

        return types;
    }

    /// <summary>The record types a reference in <paramref name="type"/> names, its nested objects included; none for a type not in the graph.</summary>
    public EquatableArray<string> TargetsOf(string type) => Nodes.FirstOrDefault(n => n.Type == type)?.Targets ?? EquatableArray<string>.Empty;

    /// <summary>Whether a type holds a reference, itself or in a nested object.</summary>
    public bool HoldsReferences(string type) => TargetsOf(type).Count > 0;

    /// <summary>Every record type a reference anywhere in the collections names.</summary>
    public IEnumerable<string> AllTargets() =>
        new SortedSet<string>(Nodes.SelectMany(n => n.Targets), System.StringComparer.Ordinal);

    /// <summary>The class of the collection that reaches <paramref name="type"/> first.</summary>
    public string? HolderOf(string type) => Nodes.FirstOrDefault(n => n.Type == type)?.Holder;

    private static SortedSet<string> TargetsOf(TypeShape type, Dictionary<string, SortedSet<string>> memo)
    {
        if (memo.TryGetValue(type.FullyQualifiedName, out var known))
        {
            return known;
        }

        var targets = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var property in type.Properties)
        {
            if (property.ReferenceTarget is { } target)
            {
                targets.Add(target);
            }

            if (Nested(property) is { } nested)
            {
                targets.UnionWith(TargetsOf(nested, memo));
            }
        }

        memo[type.FullyQualifiedName] = targets;
        return targets;
    }
}
