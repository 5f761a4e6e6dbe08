using System.Linq;
using DefenceData.Generators.Schemas;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// Emits the run-time metadata: <c>DefenceData.Generated.RecordMetadata</c> (one
/// <c>RecordTypeMetadata</c> per record or nested type, one <c>EnumMetadata</c> per enum, each field
/// with a typed accessor) and, beside each collection, its <c>Metadata</c> property. The run time
/// reads these instead of reflecting over the types.
/// </summary>
internal static class MetadataEmitter
{
    private const string Ns = "global::DefenceData.Metadata.";

    public static string EmitTypes(MetadataModel model)
    {
        var w = SourceWriter.File(" from the compilation's record types.", MetadataModel.Namespace);
        w.Line("/// <summary>The metadata of every record type, nested object type and enum of this compilation's collections.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("internal static class " + MetadataModel.ClassName);
        foreach (var e in model.Enums)
        {
            WriteEnum(w, e);
            w.Line();
        }

        for (var i = 0; i < model.Types.Count; i++)
        {
            WriteType(w, model, model.Types[i]);
            if (i + 1 < model.Types.Count)
            {
                w.Line();
            }
        }

        w.Close();
        return w.ToString();
    }

    public static string EmitCollection(CollectionMetadataModel model)
    {
        var shape = model.Shape;
        var type = shape.Record!.FullyQualifiedName;
        var w = SourceWriter.File(": the metadata of the '" + shape.Folder + "' collection.", shape.Namespace);
        w.Open(shape.ClassAccessibility + " static partial class " + shape.ClassName);
        w.Line("/// <summary>This collection's metadata: its name in exports, folder, record type and fields, and records.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Line("public static " + Ns + "CollectionMetadata<" + type + "> Metadata { get; } = new(");
        w.Line("    " + Literal(model.ExportName) + ", " + Literal(shape.ClassName) + ", " + Literal(shape.Folder) + ",");
        w.Line("    " + MetadataModel.FullClassName + "." + model.RecordTypeMember + ",");
        w.Line("    static () => All,");
        w.Line("    static id => TryGet(id, out var record) ? record : null);");
        w.Close();
        return w.ToString();
    }

    private static void WriteEnum(SourceWriter w, MetadataEnum e)
    {
        w.Line("/// <summary>The members of <see cref=\"" + e.TypeName + "\"/> and their texts.</summary>");
        w.Line("public static readonly " + Ns + "EnumMetadata " + e.Member + " = new(typeof(" + e.TypeName + "), new " + Ns + "EnumMemberMetadata[]");
        w.Line("{");
        foreach (var member in e.Members)
        {
            w.Line("    new(" + e.TypeName + "." + Identifiers.Escape(member) + ", " + Literal(member) + ", " + Literal(DataNames.EnumText(member)) + "),");
        }

        w.Line("});");
    }

    private static void WriteType(SourceWriter w, MetadataModel model, MetadataType type)
    {
        var shape = type.Shape;
        var labels = string.Join(", ", LabelRule.Of(shape).Select(p => Literal(p.Key)));
        w.Line("/// <summary>The fields of <see cref=\"" + shape.FullyQualifiedName + "\"/>.</summary>");
        w.Line("public static readonly " + Ns + "RecordTypeMetadata " + type.Member + " = new(");
        w.Line("    typeof(" + shape.FullyQualifiedName + "),");
        w.Line("    static () => new " + Ns + "FieldMetadata[]");
        w.Line("    {");
        foreach (var property in shape.Properties)
        {
            w.Line("        " + Field(model, shape, property) + ",");
        }

        w.Line("    },");
        w.Line("    static () => new " + Ns + "FieldMetadata[]");
        w.Line("    {");
        foreach (var property in shape.DerivedProperties)
        {
            w.Line("        " + Field(model, shape, property) + ",");
        }

        w.Line("    },");
        w.Line("    new string[] { " + labels + " },");
        w.Line("    " + OptionalLiteral(shape.Description) + ");");
    }

    private static string Field(MetadataModel model, TypeShape owner, PropertyShape property)
    {
        var valueType = Annotated(property.Value);
        return "new " + Ns + "FieldMetadata<" + owner.FullyQualifiedName + ", " + valueType + ">("
            + Literal(property.Key) + ", " + Literal(property.Name) + ", " + Value(model, property.Value) + ", "
            + (property.IsRequired ? "true" : "false") + ", "
            + (property.ReferenceTarget is null ? "null" : "typeof(" + property.ReferenceTarget + ")") + ", "
            + OptionalLiteral(property.Description) + ", "
            + "static r => r." + Identifiers.Escape(property.Name) + ")";
    }

    // Every argument given, in order (the run-time constructors have no optional parameters).
    private static string Value(MetadataModel model, ValueShape value) =>
        "new " + Ns + "ValueMetadata(" + Ns + "ValueKind." + KindName(value.Kind) + ", typeof(" + value.TypeName + "), "
        + (value.IsNullable ? "true" : "false") + ", "
        + (value.Kind == ValueKind.Enum ? MetadataModel.FullClassName + "." + model.MemberOf(value.TypeName) : "null") + ", "
        + (value.Object is { } nested ? MetadataModel.FullClassName + "." + model.MemberOf(nested.FullyQualifiedName) : "null") + ", "
        + (value.Element is { } element ? Value(model, element) : "null") + ", "
        + (value.Kind == ValueKind.PartialDate ? Literal(JsonSchemaWriter.DatePattern) : "null") + ")";

    // The property's type as declared, nullable annotations included (the shape's type name has none), so the
    // typed accessor converts without a nullability warning: IReadOnlyList<string?> stays IReadOnlyList<string?>.
    private static string Annotated(ValueShape value)
    {
        var name = value.TypeName;
        if (value.Element is { } element)
        {
            var inner = Annotated(element);
            name = name.EndsWith("[]", System.StringComparison.Ordinal) ? inner + "[]"
                : name.EndsWith("<" + element.TypeName + ">", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - element.TypeName.Length - 1) + inner + ">"
                : name;
        }

        return name + (value.IsNullable ? "?" : "");
    }

    private static string KindName(ValueKind kind) => kind switch
    {
        ValueKind.String => "Text",
        ValueKind.PartialDate => "Date",
        _ => kind.ToString(),
    };

    private static string OptionalLiteral(string? text) => text is null ? "null" : Literal(text);

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
