using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;
using Microsoft.CodeAnalysis.CSharp;

namespace DefenceData.Generators.Schemas;

/// <summary>
/// Emits <c>DataSchemas</c>: one JSON Schema property per collection and <c>WriteTo(directory)</c>,
/// which writes each as <c>&lt;folder&gt;.schema.json</c>. The generator cannot write files itself;
/// the CLI's <c>schema</c> command and users' own tooling call <c>WriteTo</c>.
/// </summary>
internal static class SchemaEmitter
{
    public const string ClassName = "DataSchemas";
    public const string HintName = ClassName + ".g.cs";

    private static readonly string[] s_reservedNames = { ClassName, "Files", "WriteTo" };

    /// <summary>The file a collection's schema is written to: its folder with '/' as '.', then <c>.schema.json</c>.</summary>
    public static string FileName(CollectionShape collection) => collection.Folder.Replace('/', '.') + ".schema.json";

    public static string Emit(SchemaSetModel set)
    {
        var named = MemberNames(set).Where(n => n.Member is not null).ToList();
        var collections = named.ConvertAll(n => n.Collection);
        var names = named.ConvertAll(n => n.Member!);
        var first = set.Collections.OrderBy(c => c.ClassFullyQualifiedName, System.StringComparer.Ordinal).First();

        var w = SourceWriter.File(" from the record types of the collections and the ids in their YAML files.", first.Namespace);

        w.Line("/// <summary>");
        w.Line("/// JSON Schemas (draft 2020-12) of the YAML files of this assembly's collections, derived from their record types:");
        w.Line("/// keys, types, enum values, id and date patterns, and every reference as the ids that existed at build time.");
        w.Line("/// Editors use them for completion and checks while typing (README, \"Editing with completion\").");
        w.Line("/// </summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        // As visible as the collections: public where every one is public (DefenceData's own), else internal.
        var accessibility = collections.TrueForAll(c => c.ClassAccessibility == "public") ? "public" : "internal";
        w.Open(accessibility + " static class " + ClassName);
        for (var i = 0; i < collections.Count; i++)
        {
            var c = collections[i];
            w.Line("/// <summary>The JSON Schema of the YAML files in <c>" + Identifiers.XmlText(c.Folder) + "/</c> (<see cref=\"" + c.ClassFullyQualifiedName + "\"/>).</summary>");
            // A property, not a const: the text changes with the data, and a const would be copied into callers (and its value be API).
            w.Line("public static string " + names[i] + " => " + SymbolDisplay.FormatLiteral(JsonSchemaWriter.Write(c, set) + "\n", quote: true) + ";");
            w.Line();
        }

        w.Line("/// <summary>Every schema: the collection's folder (relative to the data directory), the file name it is written to, and the schema, in ordinal order of folder.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<(string Folder, string FileName, string Schema)> Files { get; } =");
        w.Line("    global::System.Array.AsReadOnly(new (string Folder, string FileName, string Schema)[]");
        w.Line("    {");
        for (var i = 0; i < collections.Count; i++)
        {
            w.Line("        (" + SymbolDisplay.FormatLiteral(collections[i].Folder, quote: true) + ", " + SymbolDisplay.FormatLiteral(FileName(collections[i]), quote: true) + ", " + names[i] + "),");
        }

        w.Line("    });");
        w.Line();
        w.Line("/// <summary>Writes every schema into <paramref name=\"directory\"/> (created if missing) as UTF-8 without BOM, replacing files of the same names.</summary>");
        w.Line("/// <param name=\"directory\">The directory to write into, e.g. <c>schemas</c>.</param>");
        w.Line("/// <returns>The paths written, in the order of <see cref=\"Files\"/>.</returns>");
        w.Open("public static global::System.Collections.Generic.IReadOnlyList<string> WriteTo(string directory)");
        w.Line("global::System.IO.Directory.CreateDirectory(directory);");
        w.Line("var written = new global::System.Collections.Generic.List<string>();");
        w.Open("foreach (var file in Files)");
        w.Line("var path = global::System.IO.Path.Combine(directory, file.FileName);");
        w.Line("global::System.IO.File.WriteAllText(path, file.Schema, new global::System.Text.UTF8Encoding(false));");
        w.Line("written.Add(path);");
        w.Close();
        w.Line("return written;");
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>
    /// The collections in the order <c>DataSchemas</c> lists them, each with its property name (its
    /// class name), or null where that name is taken (a member <c>DataSchemas</c> declares, or an
    /// earlier collection's): that collection is left out and, where <paramref name="collisions"/> is
    /// given, reported there as DD0010 at its class (MemberNames' policy).
    /// </summary>
    public static List<(CollectionShape Collection, string? Member)> MemberNames(SchemaSetModel set, List<DiagnosticInfo>? collisions = null)
    {
        var taken = new MemberNameSet(s_reservedNames.Select(n => (n, "a generated member")));
        var names = new List<(CollectionShape, string?)>();
        foreach (var c in Ordered(set))
        {
            if (taken.TryClaim(c.ClassName, "collection " + c.ClassFullyQualifiedName.Replace("global::", ""), out var owner))
            {
                names.Add((c, Identifiers.Escape(c.ClassName)));
            }
            else
            {
                collisions?.Add(DefenceData.Generators.Emit.MemberNames.Collision(c.Location, "Collection '" + c.ClassName + "'", ClassName + "." + c.ClassName, owner));
                names.Add((c, null));
            }
        }

        return names;
    }

    private static List<CollectionShape> Ordered(SchemaSetModel set) =>
        set.Collections.OrderBy(c => c.Folder, System.StringComparer.Ordinal).ThenBy(c => c.ClassFullyQualifiedName, System.StringComparer.Ordinal).ToList();
}
