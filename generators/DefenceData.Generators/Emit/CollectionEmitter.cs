using System.Globalization;
using System.Linq;

namespace DefenceData.Generators.Emit;

/// <summary>
/// Emits one collection class: lazily built, thread-safe, with a frozen id index and one named
/// member per record. In readable mode records are created in chunks of <see cref="ChunkSize"/>
/// per method, so no single method grows with the data (huge methods are slow to compile and to
/// JIT); large collections are emitted compactly instead (<see cref="CollectionPlan"/> decides;
/// <see cref="CompactIndexEmitter"/>, <see cref="CompactEmitter"/>, <see cref="CompactBucketEmitter"/>).
/// </summary>
internal static class CollectionEmitter
{
    public const int ChunkSize = 64;

    /// <summary>Emits the collection readably, with named members where <paramref name="settings"/> give them at its size.</summary>
    public static string Emit(CollectionModel model, EmitSettings? settings = null)
    {
        var named = (settings ?? new EmitSettings(EmitMode.Auto, NamedMembers.Auto)).PlanFor(model.Records.Count).NamedMembers;
        var w = new SourceWriter();
        WriteSurface(w, model, new Surface(
            "global::System.Threading.LazyInitializer.EnsureInitialized(ref s_all, static () => global::System.Array.AsReadOnly(__Build()))",
            "ById.TryGetValue(id, out var record) ? record : ",
            new[] { "ById.TryGetValue(id, out record);" },
            i => "All[" + i.ToString(CultureInfo.InvariantCulture) + "]"), named);
        WriteReadableRecords(w, model);
        w.Close();
        return w.ToString();
    }

    /// <summary>How the public surface reaches the records; the rest is the same in both modes.</summary>
    internal sealed record Surface(string All, string GetPrefix, string[] TryGetBody, System.Func<int, string> Member);

    /// <summary>The file header and the public surface: identical in readable and compact mode.</summary>
    internal static void WriteSurface(SourceWriter w, CollectionModel model, Surface surface, bool namedMembers)
    {
        var shape = model.Shape;
        w.Head(" from the YAML files in the '" + shape.Folder + "' folder.", shape.Namespace);

        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open(shape.ClassAccessibility + " static partial class " + shape.ClassName);
        WriteIndex(w, model, surface);
        WriteLookups(w, model, surface);
        if (namedMembers && (model.Records.Any(r => r.MemberName is not null) || model.Missing.Count > 0))
        {
            // A record's member is data, not code: adding a record must need no public-API file edit
            // (RS0016); the data version guard tracks ids instead (a removed id is a breaking change).
            w.Line();
            w.Line("#pragma warning disable RS0016 // Add public types and members to the declared API");
            WriteNamedMembers(w, model, surface);
            WriteMissingMembers(w, model);
            w.Line("#pragma warning restore RS0016");
        }
    }

    /// <summary>The caches, <c>Count</c>, <c>All</c> and <c>ById</c>.</summary>
    private static void WriteIndex(SourceWriter w, CollectionModel model, Surface surface)
    {
        var type = model.Shape.Record!.FullyQualifiedName;
        w.Line("// Read-only: a cast back to an array must not let one caller change the data for every other.");
        w.Line("private static global::System.Collections.ObjectModel.ReadOnlyCollection<" + type + ">? s_all;");
        w.Line("private static global::System.Collections.Frozen.FrozenDictionary<string, " + type + ">? s_byId;");
        w.Line();
        w.Line("/// <summary>The number of records: " + model.Records.Count.ToString(CultureInfo.InvariantCulture) + ".</summary>");
        // A property, not a const: a const is copied into every caller and goes stale when the package is updated.
        w.Line("public static int Count => " + model.Records.Count.ToString(CultureInfo.InvariantCulture) + ";");
        w.Line();
        w.Line("/// <summary>Every record, in ordinal order of id. Built on first use, once, thread-safely.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + type + "> All =>");
        w.Line("    " + surface.All + ";");
        w.Line();
        w.Line("/// <summary>Every record by id (ordinal comparison).</summary>");
        w.Line("public static global::System.Collections.Frozen.FrozenDictionary<string, " + type + "> ById =>");
        w.Line("    global::System.Threading.LazyInitializer.EnsureInitialized(ref s_byId, static () =>");
        w.Line("        global::System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(All, static r => r.Id, global::System.StringComparer.Ordinal));");
        w.Line();
    }

    /// <summary><c>Get</c> and <c>TryGet</c>.</summary>
    private static void WriteLookups(SourceWriter w, CollectionModel model, Surface surface)
    {
        var type = model.Shape.Record!.FullyQualifiedName;
        w.Line("/// <summary>The record with the given id.</summary>");
        w.Line("/// <param name=\"id\">The record's id.</param>");
        w.Line("/// <returns>The record.</returns>");
        w.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No record has that id.</exception>");
        w.Line("public static " + type + " Get(string id) =>");
        w.Line("    " + surface.GetPrefix + "throw new global::System.Collections.Generic.KeyNotFoundException(\"" + model.Shape.ClassName + " has no record with id '\" + id + \"'.\");");
        w.Line();
        w.Line("/// <summary>Looks up the record with the given id.</summary>");
        w.Line("/// <param name=\"id\">The record's id.</param>");
        w.Line("/// <param name=\"record\">The record, when found.</param>");
        w.Line("/// <returns>Whether a record has that id.</returns>");
        if (surface.TryGetBody.Length == 1)
        {
            w.Line("public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + type + "? record) =>");
            w.Line("    " + surface.TryGetBody[0]);
            return;
        }

        w.Open("public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + type + "? record)");
        foreach (var line in surface.TryGetBody)
        {
            w.Line(line);
        }

        w.Close();
    }

    /// <summary>One member per record that has a member name (<c>People.AmirBaram</c>).</summary>
    private static void WriteNamedMembers(SourceWriter w, CollectionModel model, Surface surface)
    {
        var type = model.Shape.Record!.FullyQualifiedName;
        for (var i = 0; i < model.Records.Count; i++)
        {
            var entry = model.Records[i];
            if (entry.MemberName is null)
            {
                continue;
            }

            w.Line();
            w.Line("/// <summary>" + MemberSummary(entry) + "</summary>");
            w.Line("public static " + type + " " + entry.MemberName + " => " + surface.Member(i) + ";");
        }
    }

    /// <summary>A member for each record left out for its errors, whose use is an error that says why (<see cref="MissingMember"/>).</summary>
    private static void WriteMissingMembers(SourceWriter w, CollectionModel model)
    {
        var type = model.Shape.Record!.FullyQualifiedName;
        foreach (var missing in model.Missing)
        {
            var reason = "The record '" + missing.Id + "' in " + missing.File + " has errors (DD diagnostics at that file), so it is not in " + model.Shape.ClassName + "; fix them and this member returns.";
            w.Line();
            w.Line("/// <summary>Missing: " + Identifiers.XmlText(reason) + "</summary>");
            w.Line("[global::System.Obsolete(" + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(reason, quote: true) + ", error: true)]");
            w.Line("public static " + type + " " + missing.MemberName + " => throw new global::System.InvalidOperationException(" + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(reason, quote: true) + ");");
        }
    }

    /// <summary>What hovering the member shows: the record's name or title, its id and the file to edit.</summary>
    internal static string MemberSummary(RecordEntry entry) =>
        (entry.Label is { Length: > 0 } label ? Identifiers.XmlText(OneLine(label)) + ": the" : "The")
        + " record <c>" + Identifiers.XmlText(entry.Id) + "</c>"
        + (entry.File is { } file ? ", in <c>" + Identifiers.XmlText(file) + "</c>" : "") + ".";

    // Every whitespace run becomes one space: C# ends a /// comment at any of its line breaks
    // (\r, \n, U+0085, U+2028, U+2029), so none may reach the summary.
    private static string OneLine(string text)
    {
        var words = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                words.Append(c);
            }
            else if (words.Length > 0 && words[words.Length - 1] != ' ')
            {
                words.Append(' ');
            }
        }

        var line = words.ToString().TrimEnd(' ');
        if (line.Length <= 120)
        {
            return line;
        }

        var cut = char.IsHighSurrogate(line[119]) ? 119 : 120;
        return line.Substring(0, cut) + "…";
    }

    private static void WriteReadableRecords(SourceWriter w, CollectionModel model)
    {
        var type = model.Shape.Record!.FullyQualifiedName;
        var chunks = (model.Records.Count + ChunkSize - 1) / ChunkSize;
        w.Line();
        w.Open("private static " + type + "[] __Build()");
        w.Line("var items = new " + type + "[" + model.Records.Count.ToString(CultureInfo.InvariantCulture) + "];");
        for (var c = 0; c < chunks; c++)
        {
            w.Line("__BuildChunk" + c.ToString(CultureInfo.InvariantCulture) + "(items);");
        }

        w.Line("return items;");
        w.Close();

        for (var c = 0; c < chunks; c++)
        {
            w.Line();
            w.Open("private static void __BuildChunk" + c.ToString(CultureInfo.InvariantCulture) + "(" + type + "[] items)");
            for (var i = c * ChunkSize; i < System.Math.Min(model.Records.Count, (c + 1) * ChunkSize); i++)
            {
                Values.ObjectCodec.Write(w, model.Records[i].Value, "items[" + i.ToString(CultureInfo.InvariantCulture) + "] = ", ";");
            }

            w.Close();
        }
    }
}
