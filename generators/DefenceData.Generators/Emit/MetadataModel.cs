using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// The run-time metadata of a compilation (docs/ARCHITECTURE.md, "Metadata"): every record type
/// reachable from a collection (nested object types included) and every enum they use, each with
/// the name of its member in the generated <c>RecordMetadata</c> class. Built from the shapes only,
/// so a data edit never touches it.
/// </summary>
internal sealed record MetadataModel(EquatableArray<MetadataType> Types, EquatableArray<MetadataEnum> Enums)
{
    public const string Namespace = "DefenceData.Generated";
    public const string ClassName = "RecordMetadata";
    public const string FullClassName = "global::" + Namespace + "." + ClassName;

    /// <summary>The run-time type whose presence says the compilation can hold metadata.</summary>
    public const string RuntimeMetadataName = "DefenceData.Metadata.DatasetMetadata";

    public static readonly MetadataModel Empty = new(EquatableArray<MetadataType>.Empty, EquatableArray<MetadataEnum>.Empty);

    public static MetadataModel Build(EquatableArray<CollectionShape> shapes)
    {
        var types = new SortedDictionary<string, TypeShape>(System.StringComparer.Ordinal);
        var enums = new SortedDictionary<string, ValueShape>(System.StringComparer.Ordinal);
        foreach (var shape in shapes.Where(s => s.Record is not null))
        {
            Visit(shape.Record!, types, enums);
        }

        var names = new HashSet<string>(System.StringComparer.Ordinal);
        return new MetadataModel(
            types.Values.Select(t => new MetadataType(t, UniqueName(t.FullyQualifiedName, names))).ToEquatableArray(),
            enums.Values.Select(e => new MetadataEnum(e.TypeName, UniqueName(e.TypeName, names), e.EnumMembers)).ToEquatableArray());
    }

    /// <summary>The member of <c>RecordMetadata</c> describing a type (record or enum), by its fully qualified name.</summary>
    /// <exception cref="System.InvalidOperationException">The model does not hold the type (it was built from other shapes).</exception>
    public string MemberOf(string fullyQualifiedName) =>
        Types.FirstOrDefault(t => t.Shape.FullyQualifiedName == fullyQualifiedName)?.Member
        ?? Enums.FirstOrDefault(e => e.TypeName == fullyQualifiedName)?.Member
        ?? throw new System.InvalidOperationException("The record metadata has no type " + fullyQualifiedName.Replace("global::", "") + ".");

    private static void Visit(TypeShape type, SortedDictionary<string, TypeShape> types, SortedDictionary<string, ValueShape> enums)
    {
        if (types.ContainsKey(type.FullyQualifiedName))
        {
            return;
        }

        types.Add(type.FullyQualifiedName, type);
        foreach (var property in type.Properties.Concat(type.DerivedProperties))
        {
            for (var value = property.Value; value is not null; value = value.Element)
            {
                if (value.Object is { } nested)
                {
                    Visit(nested, types, enums);
                }
                else if (value.Kind == ValueKind.Enum && !enums.ContainsKey(value.TypeName))
                {
                    enums.Add(value.TypeName, value);
                }
            }
        }
    }

    // "global::DefenceData.Event" → "DefenceData_Event"; types whose names only differ in punctuation get a number.
    private static string UniqueName(string fullyQualifiedName, HashSet<string> taken)
    {
        var chars = fullyQualifiedName.Replace("global::", "").Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray();
        var name = new string(chars);
        var unique = name;
        for (var i = 2; !taken.Add(unique); i++)
        {
            unique = name + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }
}

/// <summary>A record or nested object type and its member in <c>RecordMetadata</c>.</summary>
internal sealed record MetadataType(TypeShape Shape, string Member);

/// <summary>An enum type, its member in <c>RecordMetadata</c> and its members' C# names.</summary>
internal sealed record MetadataEnum(string TypeName, string Member, EquatableArray<string> Members);

/// <summary>One collection's metadata: its shape, its name in exports and its record type's member in <c>RecordMetadata</c>.</summary>
internal sealed record CollectionMetadataModel(CollectionShape Shape, string ExportName, string RecordTypeMember)
{
    /// <summary>One model per collection; none where the metadata step failed (its DD0018 is reported already).</summary>
    public static IEnumerable<CollectionMetadataModel> Build(EquatableArray<CollectionShape> shapes, MetadataModel metadata) =>
        metadata.Types.Count == 0
            ? Enumerable.Empty<CollectionMetadataModel>()
            : shapes.Where(s => s.Record is not null)
                .Select(s => new CollectionMetadataModel(s with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty }, RootModel.ExportName(s.ClassName), metadata.MemberOf(s.Record!.FullyQualifiedName)));
}
