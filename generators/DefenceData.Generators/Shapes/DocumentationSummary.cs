using System.Linq;
using System.Text;
using System.Threading;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace DefenceData.Generators.Shapes;

/// <summary>
/// The <c>&lt;summary&gt;</c> of a symbol's XML documentation as plain text (for JSON Schema
/// descriptions): <c>&lt;see cref&gt;</c> becomes the short name it points at, other markup its text,
/// whitespace runs one space. Null when the symbol has no summary (or its documentation is not read).
/// </summary>
internal static class DocumentationSummary
{
    public static string? Of(ISymbol symbol, CancellationToken cancellationToken)
    {
        var xml = symbol.GetDocumentationCommentXml(cancellationToken: cancellationToken);
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            var summary = XElement.Parse(xml).Element("summary");
            if (summary is null)
            {
                return null;
            }

            var text = new StringBuilder();
            Append(text, summary);
            var collapsed = string.Join(" ", text.ToString().Split(new[] { ' ', '\t', '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries));
            return collapsed.Length == 0 ? null : collapsed;
        }
        catch (System.Xml.XmlException)
        {
            return null; // Malformed documentation is the compiler's to report (CS1570); the schema goes without.
        }
    }

    private static void Append(StringBuilder text, XElement element)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see when !see.Nodes().Any():
                    text.Append(ShortName((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? (string?)see.Attribute("href") ?? ""));
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                    text.Append((string?)reference.Attribute("name") ?? "");
                    break;
                case XElement inner:
                    Append(text, inner);
                    break;
            }
        }
    }

    // "T:DefenceData.Source" → "Source"; "P:DefenceData.Event.Date" → "Date"; generic arity dropped.
    private static string ShortName(string cref)
    {
        var name = cref.Length > 2 && cref[1] == ':' ? cref.Substring(2) : cref;
        var paren = name.IndexOf('(');
        if (paren >= 0)
        {
            name = name.Substring(0, paren);
        }

        name = name.Substring(name.LastIndexOf('.') + 1);
        var tick = name.IndexOf('`');
        return tick >= 0 ? name.Substring(0, tick) : name;
    }
}
