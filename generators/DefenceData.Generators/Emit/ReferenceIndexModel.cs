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
    public static ReferenceIndexModel? Build(EquatableArray<CollectionShape> shapes, TypeGraph graph)
    {
        if (RootModel.Build(shapes, EquatableArray<RootDeclaration>.Empty) is not { } root)
        {
            return null;
        }

        return new ReferenceIndexModel(root.Collections, graph.Types.Where(t => graph.HoldsReferences(t.FullyQualifiedName)).ToEquatableArray());
    }
}
