// Written by hand: the generator targets netstandard2.0 and ships only YamlDotNet beside it, so it
// cannot use System.Text.Json's writer; this is the small part of one that JSON Schemas need.
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DefenceData.Generators.Schemas;

/// <summary>
/// A JSON value tree written canonically: members in insertion order, two-space indent, '\n' line
/// ends, strings escaped per RFC 8259 (control characters and non-ASCII line separators as \u).
/// </summary>
internal abstract class JsonNode
{
    public string ToJson()
    {
        var builder = new StringBuilder();
        Write(builder, 0);
        return builder.ToString();
    }

    public abstract void Write(StringBuilder builder, int indent);

    protected static void Indent(StringBuilder builder, int indent) => builder.Append('\n').Append(' ', indent * 2);
}

internal sealed class JsonObject : JsonNode
{
    private readonly List<KeyValuePair<string, JsonNode>> _members = new();

    public JsonObject Add(string name, JsonNode value)
    {
        _members.Add(new KeyValuePair<string, JsonNode>(name, value));
        return this;
    }

    public JsonObject Add(string name, string value) => Add(name, new JsonString(value));

    public JsonObject AddIf(string name, string? value) => value is null ? this : Add(name, value);

    public bool Has(string name) => _members.Exists(m => m.Key == name);

    /// <summary>Replaces the member of that name where it is, or adds it.</summary>
    public JsonObject Set(string name, JsonNode value)
    {
        var index = _members.FindIndex(m => m.Key == name);
        if (index < 0)
        {
            return Add(name, value);
        }

        _members[index] = new KeyValuePair<string, JsonNode>(name, value);
        return this;
    }

    /// <summary>Adds the members of <paramref name="other"/> after these.</summary>
    public JsonObject Merge(JsonObject other)
    {
        _members.AddRange(other._members);
        return this;
    }

    public override void Write(StringBuilder builder, int indent)
    {
        if (_members.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        builder.Append('{');
        for (var i = 0; i < _members.Count; i++)
        {
            Indent(builder, indent + 1);
            JsonString.Escape(builder, _members[i].Key);
            builder.Append(": ");
            _members[i].Value.Write(builder, indent + 1);
            if (i < _members.Count - 1)
            {
                builder.Append(',');
            }
        }

        Indent(builder, indent);
        builder.Append('}');
    }
}

internal sealed class JsonArray : JsonNode
{
    private readonly List<JsonNode> _items;

    public JsonArray(IEnumerable<JsonNode> items) => _items = new List<JsonNode>(items);

    public static JsonArray Of(params string[] items) => new(System.Linq.Enumerable.Select(items, i => (JsonNode)new JsonString(i)));

    public static JsonArray Of(IEnumerable<string> items) => new(System.Linq.Enumerable.Select(items, i => (JsonNode)new JsonString(i)));

    public override void Write(StringBuilder builder, int indent)
    {
        // Arrays of scalars stay on one line (short type lists) unless long (enums of ids).
        var scalars = _items.TrueForAll(i => i is not JsonObject and not JsonArray);
        if (_items.Count == 0 || (scalars && _items.Count <= 4))
        {
            builder.Append('[');
            for (var i = 0; i < _items.Count; i++)
            {
                builder.Append(i > 0 ? ", " : "");
                _items[i].Write(builder, indent);
            }

            builder.Append(']');
            return;
        }

        builder.Append('[');
        for (var i = 0; i < _items.Count; i++)
        {
            Indent(builder, indent + 1);
            _items[i].Write(builder, indent + 1);
            if (i < _items.Count - 1)
            {
                builder.Append(',');
            }
        }

        Indent(builder, indent);
        builder.Append(']');
    }
}

internal sealed class JsonString : JsonNode
{
    private readonly string _value;

    public JsonString(string value) => _value = value;

    public override void Write(StringBuilder builder, int indent) => Escape(builder, _value);

    public static void Escape(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || c is '\u2028' or '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}

/// <summary>A number, boolean or null, given as its JSON text.</summary>
internal sealed class JsonLiteral : JsonNode
{
    public static readonly JsonLiteral True = new("true");
    public static readonly JsonLiteral False = new("false");
    public static readonly JsonLiteral Null = new("null");

    private readonly string _text;

    private JsonLiteral(string text) => _text = text;

    public static JsonLiteral Number(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    public static JsonLiteral Number(decimal value) => new(value.ToString(CultureInfo.InvariantCulture));

    public static JsonLiteral Number(double value) => new(value.ToString("R", CultureInfo.InvariantCulture));

    public override void Write(StringBuilder builder, int indent) => builder.Append(_text);
}
