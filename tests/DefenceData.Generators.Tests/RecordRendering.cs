using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace DefenceData.Generators.Tests;

/// <summary>
/// Renders a loaded record as text, deeply (lists item by item, nested records property by property),
/// so records of two separately compiled fixtures can be compared by value.
/// </summary>
internal static class RecordRendering
{
    public static string Render(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append('"').Append(s).Append('"');
                break;
            case IFormattable f when value.GetType().IsPrimitive || value is decimal || value.GetType().IsEnum:
                builder.Append(value.GetType().Name).Append(':').Append(f.ToString(null, CultureInfo.InvariantCulture));
                break;
            case PartialDate or bool:
                builder.Append(value);
                break;
            case IEnumerable items:
                builder.Append('[');
                foreach (var item in items)
                {
                    Append(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            default:
                builder.Append(value.GetType().Name).Append('{');
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                             .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttributes().All(a => a.GetType().Name != "NavigationAttribute"))
                             .OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    builder.Append(property.Name).Append('=');
                    Append(builder, property.GetValue(value));
                    builder.Append(';');
                }

                builder.Append('}');
                break;
        }
    }
}
