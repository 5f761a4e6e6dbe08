using System.Linq;

namespace DefenceData.Generators.Emit;

/// <summary>
/// Emits the dataset root: one property per collection, <c>Find</c>, <c>Collections</c> and
/// <c>RecordCounts</c>, all derived from the compilation's collections.
/// </summary>
internal static class RootEmitter
{
    private const string Record = "global::DefenceData.IRecord";

    public static string Emit(RootModel model)
    {
        var w = SourceWriter.File(" from the compilation's collections.", model.Namespace);

        if (!model.IsDeclared)
        {
            w.Line("/// <summary>This project's dataset: every collection, <c>Find</c> by id, record counts.</summary>");
        }

        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open(model.Accessibility + " static partial class " + model.ClassName);
        // A name taken by the root or an earlier collection gets no property (DD0010, MemberNames.RootCollisions).
        var named = new System.Collections.Generic.HashSet<string>(RootModel.ReservedNames.Append(model.ClassName), System.StringComparer.Ordinal);
        foreach (var c in model.Collections.Where(c => named.Add(c.ClassName)))
        {
            w.Line("/// <summary>The records of <see cref=\"" + c.ClassFullyQualifiedName + "\"/>, in ordinal order of id.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + c.RecordType + "> " + c.ClassName + " => " + c.ClassFullyQualifiedName + ".All;");
            w.Line();
        }

        WriteMetadata(w, model);
        w.Line();
        WriteFind(w, model);
        w.Line();
        WriteCollections(w, model);
        w.Line();
        WriteCounts(w, model);
        w.Line();
        w.Line("/// <summary>Every reference naming <paramref name=\"id\"/>: the record holding it and where (<c>participantIds[1]</c>). Found once for the whole dataset, on first use; each lookup after is one dictionary read.</summary>");
        w.Line("/// <param name=\"id\">The id referred to.</param>");
        w.Line("/// <returns>The references, in the order of <see cref=\"Collections\"/>, then ordinal order of the holding record's id, then document order.</returns>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::DefenceData.RecordReference> ReferencesTo(string id) =>");
        w.Line("    " + Resolution.ScopeNames.ScopeClass + ".Instance.ReferencesTo(id);");
        w.Close();
        return w.ToString();
    }

    /// <summary>Implements <c>IRecord</c> on a partial collection record type (its <c>Id</c> property already does the work).</summary>
    public static string EmitRecordType(Shapes.TypeShape type)
    {
        var w = SourceWriter.File(": a collection's record type is an IRecord.", type.Namespace);

        w.Line("partial " + type.DeclarationKeyword + " " + type.Name + " : " + Record);
        w.Line("{");
        w.Line("}");
        return w.ToString();
    }

    private static void WriteFind(SourceWriter w, RootModel model)
    {
        w.Line("/// <summary>Finds the record with the given id in any collection.</summary>");
        w.Line("/// <param name=\"id\">The record's id.</param>");
        w.Line("/// <returns>The record, or <see langword=\"null\"/> when no record has that id.</returns>");
        w.Line("/// <remarks>Ids are unique within a collection; where two collections share one, the first in <see cref=\"Collections\"/> order wins.</remarks>");
        w.Open("public static " + Record + "? Find(string id)");
        for (var i = 0; i < model.Collections.Count; i++)
        {
            var c = model.Collections[i];
            w.Open("if (" + c.ClassFullyQualifiedName + ".TryGet(id, out var r" + Int(i) + "))");
            w.Line("return r" + Int(i) + ";");
            w.Close();
            w.Line();
        }

        w.Line("return null;");
        w.Close();
    }

    private static void WriteMetadata(SourceWriter w, RootModel model)
    {
        w.Line("/// <summary>Every collection's metadata (name in exports, record type, fields with typed accessors) and records: what the exports, fixtures and walkers read.</summary>");
        w.Line("public static global::DefenceData.Metadata.DatasetMetadata Metadata { get; } = new(");
        w.Line("    global::System.Array.AsReadOnly(new global::DefenceData.Metadata.CollectionMetadata[]");
        w.Line("    {");
        foreach (var c in model.Collections)
        {
            w.Line("        " + c.ClassFullyQualifiedName + ".Metadata,");
        }

        w.Line("    }),");
        w.Line("    ReferencesTo);");
    }

    private static void WriteCollections(SourceWriter w, RootModel model)
    {
        w.Line("/// <summary>Every collection's records by its name in exports (camelCase class name), in ordinal order of that name.</summary>");
        w.Line("/// <remarks>Built on each call, so that touching one collection does not build them all; each collection's records are built once either way.</remarks>");
        WriteByExportName(w, model, "global::System.Collections.Generic.IReadOnlyList<" + Record + ">", "Collections =>", "All");
    }

    private static void WriteCounts(SourceWriter w, RootModel model)
    {
        w.Line("/// <summary>The number of records in each collection, by its name in exports, in the order of <see cref=\"Collections\"/>.</summary>");
        WriteByExportName(w, model, "int", "RecordCounts { get; } =", "Count");
    }

    /// <summary>A read-only list of (export name, one member of each collection) pairs, in the model's collection order.</summary>
    private static void WriteByExportName(SourceWriter w, RootModel model, string valueType, string declarator, string member)
    {
        var pair = "global::System.Collections.Generic.KeyValuePair<string, " + valueType + ">";

        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + pair + "> " + declarator);
        w.Line("    global::System.Array.AsReadOnly(new " + pair + "[]");
        w.Line("    {");
        foreach (var c in model.Collections)
        {
            w.Line("        new(" + Literal(c.ExportName) + ", " + c.ClassFullyQualifiedName + "." + member + "),");
        }

        w.Line("    });");
    }

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
