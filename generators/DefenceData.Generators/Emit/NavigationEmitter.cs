using DefenceData.Generators.Resolution;

namespace DefenceData.Generators.Emit;

/// <summary>
/// Emits the navigation properties of one partial record type. Each resolves in the record's scope:
/// the one generated code gave it (a record compiled in another project), else this compilation's.
/// List properties keep what they resolved, so reading one again allocates nothing.
/// </summary>
internal static class NavigationEmitter
{
    private const string NavigationAttribute = "[global::DefenceData.Annotations.Navigation]";

    public static string Emit(NavigationModel model)
    {
        var w = SourceWriter.File(": navigation from ids to records.", model.Type.Namespace);

        w.Open("partial " + model.Type.DeclarationKeyword + " " + model.Type.Name);
        WriteScope(w);
        foreach (var p in model.Properties)
        {
            w.Line();
            WriteProperty(w, p);
        }

        if (model.IsCollectionRecord)
        {
            w.Line();
            WriteReverse(w, model);
        }

        w.Close();
        return w.ToString();
    }

    private static void WriteScope(SourceWriter w)
    {
        w.Line("private " + ScopeNames.ScopeInterface + "? __scope;");
        w.Line();
        w.Line("/// <summary>Where this record's references resolve. Set by generated code on records compiled in another project; not for use in code.</summary>");
        w.Line(NavigationAttribute);
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Line("public " + ScopeNames.ScopeInterface + "? " + ScopeNames.Property + " { init => __scope = value; }");
        w.Line();
        w.Line("private " + ScopeNames.Lookup + "<T> __Lookup<T>() where T : class =>");
        w.Line("    __scope as " + ScopeNames.Lookup + "<T> ?? (" + ScopeNames.Lookup + "<T>)(object)" + ScopeNames.ScopeClass + ".Instance;");
    }

    private static void WriteReverse(SourceWriter w, NavigationModel model)
    {
        var self = "typeof(" + model.Type.FullyQualifiedName + ")";
        w.Line("private " + ScopeNames.ReferenceIndex + " __Index() => __scope as " + ScopeNames.ReferenceIndex + " ?? " + ScopeNames.ScopeClass + ".Instance;");
        w.Line();
        w.Line("/// <summary>Every reference to this record in its dataset: the record holding it and where (<c>participantIds[1]</c>). Found once for the whole dataset, on first use.</summary>");
        w.Line(NavigationAttribute);
        w.Line("public global::System.Collections.Generic.IReadOnlyList<global::DefenceData.RecordReference> ReferencedBy => __Index().ReferencesTo(" + self + ", Id);");
        foreach (var r in model.Reverse)
        {
            var cache = "__" + r.Name;
            w.Line();
            w.Line("private " + ScopeNames.ReferencingList + "<" + r.OwnerType + "> " + cache + ";");
            w.Line();
            w.Line("/// <summary>The <see cref=\"" + r.OwnerType + "\"/> records that refer to this one, anywhere in them, each once, in ordinal order of id.</summary>");
            w.Line(NavigationAttribute);
            w.Line("public global::System.Collections.Generic.IReadOnlyList<" + r.OwnerType + "> " + Identifiers.Escape(r.Name) + " => " + cache + ".Get(__Index(), " + self + ", Id);");
        }
    }

    private static void WriteProperty(SourceWriter w, NavigationProperty p)
    {
        var name = Identifiers.Escape(p.Name);
        var lookup = "__Lookup<" + p.TargetType + ">()";
        if (p.IsList)
        {
            var cache = "__" + p.Name;
            w.Line("private " + ScopeNames.ResolvedList + "<" + p.TargetType + "> " + cache + ";");
            w.Line();
        }

        w.Line("/// <summary>The " + (p.IsList ? "records" : "record") + " named by <see cref=\"" + p.IdProperty + "\"/>.</summary>");
        w.Line(NavigationAttribute);
        if (p.IsList)
        {
            w.Line("public global::System.Collections.Generic.IReadOnlyList<" + p.TargetType + "> " + name + " => __" + p.Name + ".Get(" + p.IdProperty + ", " + lookup + ");");
        }
        else if (p.IsNullable)
        {
            w.Line("public " + p.TargetType + "? " + name + " => " + p.IdProperty + " is { } id ? " + ScopeNames.RecordLookup + ".Get(" + lookup + ", id) : null;");
        }
        else
        {
            w.Line("public " + p.TargetType + " " + name + " => " + ScopeNames.RecordLookup + ".Get(" + lookup + ", " + p.IdProperty + ");");
        }
    }
}
