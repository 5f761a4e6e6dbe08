using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DefenceData.Cli.Site;

/// <summary>Builds an HTML page as text: escaped text and attributes, elements opened and closed in order.</summary>
internal sealed class Html
{
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _text = new();

    /// <summary>Escapes text for element content or a double-quoted attribute.</summary>
    public static string Escape(string text) => s_encoder.Encode(text);

    /// <summary>Appends markup as it is.</summary>
    public Html Raw(string markup)
    {
        _text.Append(markup);
        return this;
    }

    /// <summary>Appends escaped text.</summary>
    public Html Text(string text)
    {
        _text.Append(Escape(text));
        return this;
    }

    /// <summary>Appends an element with escaped text content and escaped attributes (null values left out).</summary>
    public Html Element(string name, string text, params (string Name, string? Value)[] attributes)
    {
        Open(name, attributes);
        Text(text);
        return Close(name);
    }

    /// <summary>Opens an element with escaped attributes (null values left out).</summary>
    public Html Open(string name, params (string Name, string? Value)[] attributes)
    {
        _text.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is not null)
            {
                _text.Append(' ').Append(attribute).Append("=\"").Append(Escape(value)).Append('"');
            }
        }

        _text.Append('>');
        return this;
    }

    /// <summary>Closes an element.</summary>
    public Html Close(string name)
    {
        _text.Append("</").Append(name).Append('>');
        return this;
    }

    /// <summary>A link with escaped text.</summary>
    public Html Link(string href, string text, string? cssClass = null, string? title = null) =>
        Element("a", text, ("href", href), ("class", cssClass), ("title", title));

    /// <summary>Appends a line break in the source, for readable output.</summary>
    public Html Line()
    {
        _text.Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();
}
