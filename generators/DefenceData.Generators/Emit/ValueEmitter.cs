using System.Globalization;
using DefenceData.Generators.Binding;
using Microsoft.CodeAnalysis.CSharp;

namespace DefenceData.Generators.Emit;

/// <summary>Writes bound values as C# expressions: strings escaped by Roslyn, numbers invariant.</summary>
internal static class ValueEmitter
{
    private const string PartialDateType = "global::DefenceData.PartialDate";

    /// <summary>Writes <c>prefix new T { … }suffix</c>, nested objects and lists indented by the writer.</summary>
    public static void WriteObject(SourceWriter writer, BoundObject value, string prefix, string suffix)
    {
        writer.Open(prefix + "new " + value.TypeName);
        foreach (var field in value.Fields)
        {
            WriteField(writer, field);
        }

        if (value.Scoped)
        {
            writer.Line(Resolution.ScopeNames.ScopeAssignment + ",");
        }

        writer.Close(suffix);
    }

    private static void WriteField(SourceWriter writer, BoundField field)
    {
        switch (field.Value)
        {
            case BoundObject nested:
                writer.Line(Identifiers.Escape(field.Property) + " =");
                WriteObject(writer, nested, "", ",");
                break;
            case BoundList { Items.Count: > 0 } list when ContainsObjects(list):
                writer.Open(Identifiers.Escape(field.Property) + " = new " + list.ElementTypeName + "[]");
                foreach (var item in list.Items)
                {
                    if (item is BoundObject o)
                    {
                        WriteObject(writer, o, "", ",");
                    }
                    else
                    {
                        writer.Line(Expression(item) + ",");
                    }
                }

                writer.Close(",");
                break;
            default:
                writer.Line(Identifiers.Escape(field.Property) + " = " + Expression(field.Value) + ",");
                break;
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
        WriteObject(writer, value, "", "");
        return writer.ToString().TrimEnd('\n');
    }
}
