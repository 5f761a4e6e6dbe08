using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DefenceData.Generators.Resolution;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// Emits the compilation's reference index into its scope class: every reference of every record,
/// as (type and id referred to, record, path), grouped once into frozen dictionaries on first use.
/// </summary>
internal static class ReferenceIndexEmitter
{
    private const string Found = "global::System.Collections.Generic.List<(global::System.Type Type, string Id, global::DefenceData.RecordReference Reference)>";
    private const string References = "global::System.Collections.ObjectModel.ReadOnlyCollection<global::DefenceData.RecordReference>";

    public static string Emit(ReferenceIndexModel model)
    {
        var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < model.Types.Count; i++)
        {
            index[model.Types[i].FullyQualifiedName] = i;
        }

        var w = SourceWriter.File(": every reference in this compilation's collections, by the id it names.", ScopeNames.ScopeNamespace);
        w.Open("partial class " + ScopeNames.ScopeClassName + " : " + ScopeNames.ReferenceIndex);
        w.Line("private static " + ScopeNames.ScopeClassName + ".__References? s_references;");
        w.Line("private static readonly " + References + " s_none = global::System.Array.AsReadOnly(global::System.Array.Empty<global::DefenceData.RecordReference>());");
        w.Line();
        w.Line("private static __References Index => global::System.Threading.LazyInitializer.EnsureInitialized(ref s_references, static () => new __References(__Walk()));");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public global::System.Collections.Generic.IReadOnlyList<global::DefenceData.RecordReference> ReferencesTo(string id) =>");
        w.Line("    Index.ById.TryGetValue(id, out var found) ? found : s_none;");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public global::System.Collections.Generic.IReadOnlyList<global::DefenceData.RecordReference> ReferencesTo(global::System.Type recordType, string id) =>");
        w.Line("    Index.ByTarget.TryGetValue((recordType, id), out var found) ? found : s_none;");
        w.Line();
        WriteWalk(w, model, index);
        for (var i = 0; i < model.Types.Count; i++)
        {
            w.Line();
            WriteVisitor(w, model.Types[i], i, index);
        }

        w.Line();
        WriteIndexClass(w);
        w.Close();
        return w.ToString();
    }

    private static void WriteWalk(SourceWriter w, ReferenceIndexModel model, Dictionary<string, int> index)
    {
        w.Open("private static " + Found + " __Walk()");
        w.Line("var found = new " + Found + "();");
        foreach (var c in model.Collections)
        {
            if (index.TryGetValue(c.RecordType, out var visitor))
            {
                w.Line("foreach (var record in " + c.ClassFullyQualifiedName + ".All) __Visit" + Int(visitor) + "(record, record, \"\", found);");
            }
        }

        w.Line("return found;");
        w.Close();
    }

    private static void WriteVisitor(SourceWriter w, TypeShape type, int number, Dictionary<string, int> index)
    {
        w.Open("private static void __Visit" + Int(number) + "(" + type.FullyQualifiedName + " value, global::DefenceData.IRecord owner, string prefix, " + Found + " found)");
        for (var n = 0; n < type.Properties.Count; n++)
        {
            var p = type.Properties[n];
            var member = "value." + Identifiers.Escape(p.Name);
            var key = Literal(p.Key);
            var isList = p.Value.Kind == ValueKind.List;
            if (p.ReferenceTarget is { } target)
            {
                var add = "found.Add((typeof(" + target + "), id" + Int(n) + ", new global::DefenceData.RecordReference(owner, prefix + " + key + (isList ? " + \"[\" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\"" : "") + ")));";
                WriteEach(w, member, isList, "id" + Int(n), add);
            }
            else if (TypeGraph.Nested(p) is { } nested && index.TryGetValue(nested.FullyQualifiedName, out var visitor))
            {
                var path = "prefix + " + key + (isList ? " + \"[\" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"].\"" : " + \".\"");
                WriteEach(w, member, isList, "item" + Int(n), "__Visit" + Int(visitor) + "(item" + Int(n) + ", owner, " + path + ", found);");
            }
        }

        w.Close();
    }

    /// <summary>Runs <paramref name="body"/> on the value (or each item of the list) that is not null, named <paramref name="name"/>.</summary>
    private static void WriteEach(SourceWriter w, string member, bool isList, string name, string body)
    {
        if (isList)
        {
            w.Open("if (" + member + " is { } list" + name + ")");
            w.Open("for (var i = 0; i < list" + name + ".Count; i++)");
            w.Open("if (list" + name + "[i] is { } " + name + ")");
            w.Line(body);
            w.Close();
            w.Close();
            w.Close();
        }
        else
        {
            w.Open("if (" + member + " is { } " + name + ")");
            w.Line(body);
            w.Close();
        }
    }

    private static void WriteIndexClass(SourceWriter w)
    {
        w.Line("/// <summary>The references grouped by id, and by type and id; each group in walk order.</summary>");
        w.Open("private sealed class __References");
        w.Open("public __References(" + Found + " found)");
        w.Line("ById = global::System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(global::System.Linq.Enumerable.GroupBy(found, static f => f.Id, global::System.StringComparer.Ordinal),");
        w.Line("    static g => g.Key, static g => global::System.Array.AsReadOnly(global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(g, static f => f.Reference))), global::System.StringComparer.Ordinal);");
        w.Line("ByTarget = global::System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(global::System.Linq.Enumerable.GroupBy(found, static f => (f.Type, f.Id)),");
        w.Line("    static g => g.Key, static g => global::System.Array.AsReadOnly(global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(g, static f => f.Reference))));");
        w.Close();
        w.Line();
        w.Line("public global::System.Collections.Frozen.FrozenDictionary<string, " + References + "> ById { get; }");
        w.Line();
        w.Line("public global::System.Collections.Frozen.FrozenDictionary<(global::System.Type, string), " + References + "> ByTarget { get; }");
        w.Close();
    }

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
