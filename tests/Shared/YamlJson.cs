using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DefenceData.Testing;

/// <summary>
/// YAML as an editor's schema check sees it: the YAML 1.2 core schema (plain <c>null</c>, <c>~</c> and
/// empty are null; <c>true</c>/<c>false</c> in any case are booleans; integer and float forms are
/// numbers; everything quoted is text), turned into JSON. Numbers JSON cannot hold (<c>.nan</c>,
/// <c>.inf</c>, overflow to infinity) stay text. Null when the file has no document.
/// </summary>
/// <exception cref="YamlException">The YAML does not parse (the editor's parser reports that, not the schema).</exception>
/// <exception cref="NotSupportedException">A key that is not a scalar (JSON has none), or aliases that reuse anchored
/// nodes more than <see cref="MaxNodes"/> times (editors' YAML parsers refuse such "billion laughs" documents too).</exception>
public static partial class YamlJson
{
    /// <summary>The most times one document may reuse an anchored node through aliases; a few aliases can expand a small text exponentially.</summary>
    public const int MaxNodes = 100_000;

    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var budget = new NodeBudget();
        return stream.Documents.Count == 0 ? null : Node(stream.Documents[0].RootNode, budget);
    }

    private static JsonNode? Node(YamlNode node, NodeBudget budget)
    {
        // Only an alias visits a node twice (the loader resolves it to the anchored node itself).
        if (!budget.Seen.Add(node) && ++budget.Reused > MaxNodes)
        {
            throw new NotSupportedException($"Aliases reuse anchored nodes more than {MaxNodes} times");
        }

        return node switch
        {
            YamlMappingNode mapping => Mapping(mapping, budget),
            YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(child => Node(child, budget)).ToArray()),
            YamlScalarNode scalar => Scalar(scalar),
            _ => throw new NotSupportedException(node.NodeType.ToString()),
        };
    }

    private static JsonObject Mapping(YamlMappingNode mapping, NodeBudget budget)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode { Value: var text } ? text ?? "" : throw new NotSupportedException("A key that is not a scalar");
            result[name] = Node(value, budget);
        }

        return result;
    }

    private sealed class NodeBudget
    {
        public readonly HashSet<YamlNode> Seen = new(ReferenceEqualityComparer.Instance);
        public int Reused;
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text[0] is 't' or 'T');
        }

        if (IntegerForm().IsMatch(text) && BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonNode.Parse(integer.ToString(CultureInfo.InvariantCulture));
        }

        if (FloatForm().IsMatch(text))
        {
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
            {
                return JsonNode.Parse(exact.ToString(CultureInfo.InvariantCulture));
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
            {
                return JsonValue.Create(real);
            }
        }

        return JsonValue.Create(text);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerForm();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatForm();
}
