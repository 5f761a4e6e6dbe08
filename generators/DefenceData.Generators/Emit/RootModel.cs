using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>One collection as the dataset root lists it: its class, record type and name in exports.</summary>
internal sealed record RootCollection(string ClassName, string ClassFullyQualifiedName, string RecordType, string ExportName);

/// <summary>
/// The dataset root of a compilation: the class marked <c>[DatasetRoot]</c>, or, where none is, an
/// internal <c>DefenceData.Generated.ProjectDataset</c>; and every collection, in ordinal order of export name.
/// </summary>
internal sealed record RootModel(string Namespace, string ClassName, string Accessibility, bool IsDeclared, EquatableArray<RootCollection> Collections)
{
    public const string DefaultNamespace = "DefenceData.Generated";
    public const string DefaultClassName = "ProjectDataset";

    /// <summary>Members the root declares itself: a collection of one of these names gets no property of its own.</summary>
    public static readonly string[] ReservedNames = { "Find", "Collections", "RecordCounts", "ReferencesTo", "Metadata" };

    public static RootModel? Build(EquatableArray<CollectionShape> shapes, EquatableArray<RootDeclaration> roots)
    {
        var collections = shapes.Where(s => s.Record is not null)
            .Select(s => new RootCollection(s.ClassName, s.ClassFullyQualifiedName, s.Record!.FullyQualifiedName, ExportName(s.ClassName)))
            .OrderBy(c => c.ExportName, System.StringComparer.Ordinal)
            .ThenBy(c => c.ClassFullyQualifiedName, System.StringComparer.Ordinal)
            .ToEquatableArray();
        if (collections.Count == 0)
        {
            return null;
        }

        var root = roots.Where(r => r.Diagnostics.Count == 0).OrderBy(r => r.Namespace + "." + r.ClassName, System.StringComparer.Ordinal).FirstOrDefault();
        return root is null
            ? new RootModel(DefaultNamespace, DefaultClassName, "internal", false, collections)
            : new RootModel(root.Namespace, root.ClassName, root.Accessibility, true, collections);
    }

    /// <summary>The name of a collection in the JSON and CSV exports: its class name as a key (<see cref="DataNames.Key"/>: WeaponSystems → weaponSystems, URLs → urLs).</summary>
    public static string ExportName(string className) => DataNames.Key(className);
}

/// <summary>A class marked <c>[DatasetRoot]</c>.</summary>
internal sealed record RootDeclaration(string Namespace, string ClassName, string Accessibility, EquatableArray<DiagnosticInfo> Diagnostics);
