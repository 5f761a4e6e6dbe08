using System.Globalization;
using DefenceData.Generators.Binding;
using Microsoft.CodeAnalysis.CSharp;

namespace DefenceData.Generators.Emit;

/// <summary>Writes bound values as C# expressions: strings escaped by Roslyn, numbers invariant.</summary>
internal static class ValueEmitter
{
    private const string PartialDateType = "global::DefenceData.PartialDate";

    public static void WriteObject(SourceWriter writer, BoundObject value, string suffix)
    {
        writer.Line("new " + value.TypeName);
        writer.Line("{");
        foreach (var field in value.Fields)
        {
            WriteField(writer, field);
        }

        writer.Line("}" + suffix);
    }

    private static void WriteField(SourceWriter writer, BoundField field)
    {
        switch (field.Value)
        {
            case BoundObject nested:
                writer.Line("    " + Identifiers.Escape(field.Property) + " =");
                IndentedObject(writer, nested, ",");
                break;
            case BoundList { Items.Count: > 0 } list when ContainsObjects(list):
                writer.Line("    " + Identifiers.Escape(field.Property) + " = new " + list.ElementTypeName + "[]");
                writer.Line("    {");
                foreach (var item in list.Items)
                {
                    if (item is BoundObject o)
                    {
                        IndentedObject(writer, o, ",", "        ");
                    }
                    else
                    {
                        writer.Line("        " + Expression(item) + ",");
                    }
                }

                writer.Line("    },");
                break;
            default:
                writer.Line("    " + Identifiers.Escape(field.Property) + " = " + Expression(field.Value) + ",");
                break;
        }
    }

    private static void IndentedObject(SourceWriter writer, BoundObject value, string suffix, string indent = "    ")
    {
        var inner = new SourceWriter();
        WriteObject(inner, value, suffix);
        foreach (var line in inner.ToString().TrimEnd('\n').Split('\n'))
        {
            writer.Line(indent + line);
        }
    }

    private static bool ContainsObjects(BoundList list)
    {
        foreach (var item in list.Items)
        {
            if (item is BoundObject)
            {
                return true;
            }
        }

        return false;
    }

    public static string Expression(BoundValue value) => value switch
    {
        BoundString s => SymbolDisplay.FormatLiteral(s.Value, quote: true),
        BoundLiteral l => l.CSharp,
        BoundEnum e => e.TypeName + "." + Identifiers.Escape(e.Member),
        BoundNull => "null",
        BoundDate d => string.Format(CultureInfo.InvariantCulture, "new {0}({1}{2}{3})", PartialDateType, d.Year,
            d.Month is { } m ? ", " + m.ToString(CultureInfo.InvariantCulture) : "",
            d.Day is { } day ? ", " + day.ToString(CultureInfo.InvariantCulture) : ""),
        BoundList { Items.Count: 0 } l => "global::System.Array.Empty<" + l.ElementTypeName + ">()",
        BoundList l => "new " + l.ElementTypeName + "[] { " + string.Join(", ", System.Linq.Enumerable.Select(l.Items, Expression)) + " }",
        BoundObject o => InlineObject(o),
        _ => throw new System.InvalidOperationException("Unknown bound value " + value.GetType().Name),
    };

    private static string InlineObject(BoundObject value)
    {
        var writer = new SourceWriter();
        WriteObject(writer, value, "");
        return writer.ToString().TrimEnd('\n');
    }
}
