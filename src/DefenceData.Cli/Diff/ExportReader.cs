using System.Text.Json;
using System.Text.Json.Nodes;

namespace DefenceData.Cli.Diff;

/// <summary>An export that cannot be compared: not JSON, or not an object of collections of records with ids.</summary>
internal sealed class DiffInputException(string message) : Exception(message);

/// <summary>Reads a canonical JSON export into collections of records keyed by id.</summary>
internal static class ExportReader
{
    /// <summary>An export's collections, in the order it lists them.</summary>
    internal sealed class Export(IReadOnlyList<string> names, IReadOnlyDictionary<string, Dictionary<string, JsonObject>> collections)
    {
        private static readonly Dictionary<string, JsonObject> s_none = [];

        /// <summary>The collection names, in export order.</summary>
        public IReadOnlyList<string> CollectionNames => names;

        /// <summary>The number of records over all collections.</summary>
        public int RecordCount => collections.Values.Sum(c => c.Count);

        /// <summary>One collection's records by id; empty when the export has no such collection.</summary>
        public IReadOnlyDictionary<string, JsonObject> Records(string collection) => collections.GetValueOrDefault(collection) ?? s_none;
    }

    /// <summary>Parses an export.</summary>
    /// <param name="json">The export's JSON text.</param>
    /// <param name="what">What the text is, for error messages (a file name or a git revision).</param>
    /// <returns>The export.</returns>
    /// <exception cref="DiffInputException">The text is not JSON or not shaped like an export.</exception>
    public static Export Read(string json, string what)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            throw new DiffInputException($"{what}: not JSON ({e.Message})");
        }

        if (root is not JsonObject collections)
        {
            throw new DiffInputException($"{what}: expected a JSON object of collections, as `export json` writes.");
        }

        var names = new List<string>();
        var records = new Dictionary<string, Dictionary<string, JsonObject>>(StringComparer.Ordinal);
        foreach (var (name, value) in collections)
        {
            names.Add(name);
            records[name] = ReadCollection(value, $"{what}: collection '{name}'");
        }

        return new Export(names, records);
    }

    private static Dictionary<string, JsonObject> ReadCollection(JsonNode? value, string what)
    {
        if (value is not JsonArray array)
        {
            throw new DiffInputException($"{what}: expected an array of records.");
        }

        var byId = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject record || !record.TryGetPropertyValue("id", out var id) || id is not JsonValue idValue || !idValue.TryGetValue<string>(out var text))
            {
                throw new DiffInputException($"{what}, item {i}: expected a record with a text 'id'.");
            }

            if (!byId.TryAdd(text, record))
            {
                throw new DiffInputException($"{what}: id '{text}' appears twice.");
            }
        }

        return byId;
    }
}
