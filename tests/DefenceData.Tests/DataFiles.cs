using System.Reflection;
using System.Text.Json.Nodes;
using DefenceData.Annotations;
using DefenceData.Testing;

namespace DefenceData.Tests;

/// <summary>
/// The record files in data/ as a person editing them sees them, read straight from disk with a
/// YAML parser and not through the generator: each collection class's folder (from its
/// <see cref="DataCollectionAttribute"/>), the <c>*.yaml</c>/<c>*.yml</c> files in it or below it, and the records in them.
/// Tests compare the compiled dataset with these, so they fail when the two part.
/// </summary>
internal static class DataFiles
{
    private static readonly Lazy<IReadOnlyList<DeclaredCollection>> s_collections = new(Read);

    /// <summary>The data directory of the package.</summary>
    public static string DataDirectory => Path.Combine(RepositoryPaths.Root, "data");

    /// <summary>Every collection the package declares, in ordinal order of export name, with the ids its folder's files hold.</summary>
    public static IReadOnlyList<DeclaredCollection> Collections => s_collections.Value;

    /// <summary>The folders directly under data/ that hold YAML records (data/reference holds codebooks, not records).</summary>
    public static IReadOnlyList<string> Folders =>
        Directory.EnumerateDirectories(DataDirectory)
            .Where(d => Directory.EnumerateFiles(d, "*.*", SearchOption.AllDirectories).Any(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)))
            .Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    /// <summary>A collection's record as its YAML file holds it.</summary>
    /// <param name="exportName">The collection's name in exports (<c>people</c>).</param>
    /// <param name="id">The record's id.</param>
    /// <returns>The record, its keys as written in the file.</returns>
    public static JsonObject Record(string exportName, string id) =>
        Collections.Single(c => c.ExportName == exportName).Records.Single(r => Text(r["id"]) == id);

    /// <summary>A scalar as the YAML gives it, as text (<c>1992</c> and <c>2025-07-22</c> alike), or null.</summary>
    /// <param name="node">The scalar.</param>
    /// <returns>Its text, or null.</returns>
    public static string? Text(JsonNode? node) =>
        node is null ? null : node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();

    /// <summary>
    /// Every citation the files hold, nested ones included: the items of each list named
    /// <c>citations</c> at any depth, with the path to them (<c>roles[1].citations[0]</c>).
    /// </summary>
    public static IReadOnlyList<(string Collection, string RecordId, string Path, string? SourceId, string? Quote)> Citations =>
        Collections.SelectMany(c => c.Records.SelectMany(r => CitationPaths(r, "").Select(path =>
            {
                var citation = At(r, path);
                return (c.ExportName, Text(r["id"])!, path, Text(citation["sourceId"]), Text(citation["quote"]));
            })))
            .ToArray();

    /// <summary>The YAML object at a path such as <c>roles[1].citations[0]</c>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="path">The path: keys, and list indexes in brackets.</param>
    /// <returns>The object there.</returns>
    public static JsonObject At(JsonObject record, string path)
    {
        JsonNode? value = record;
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            value = value![bracket < 0 ? segment : segment[..bracket]];
            if (bracket >= 0)
            {
                value = value!.AsArray()[int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)];
            }
        }

        return value!.AsObject();
    }

    /// <summary>The paths (<c>roles[1].citations[0]</c>) of every citation in a YAML record: the items of each list named <c>citations</c>, at any depth.</summary>
    private static IEnumerable<string> CitationPaths(JsonObject node, string prefix)
    {
        foreach (var (key, value) in node)
        {
            if (value is not JsonArray list)
            {
                if (value is JsonObject inner)
                {
                    foreach (var path in CitationPaths(inner, $"{prefix}{key}."))
                    {
                        yield return path;
                    }
                }

                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (key == "citations")
                {
                    yield return $"{prefix}{key}[{i}]";
                }
                else if (list[i] is JsonObject item)
                {
                    foreach (var path in CitationPaths(item, $"{prefix}{key}[{i}]."))
                    {
                        yield return path;
                    }
                }
            }
        }
    }

    private static IReadOnlyList<DeclaredCollection> Read() =>
        typeof(Dataset).Assembly.GetTypes()
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<DataCollectionAttribute>()))
            .Where(c => c.Attribute is not null)
            .Select(c => new DeclaredCollection(char.ToLowerInvariant(c.Type.Name[0]) + c.Type.Name[1..], c.Attribute!.Folder, RecordsIn(c.Attribute.Folder)))
            .OrderBy(c => c.ExportName, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The records in the YAML files in a folder or below it (a file holds one record, or a list of them), in ordinal order of id.</summary>
    private static IReadOnlyList<JsonObject> RecordsIn(string folder)
    {
        var directory = Path.Combine(DataDirectory, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .SelectMany(f => YamlJson.Convert(File.ReadAllText(f)) switch
            {
                JsonArray list => list.Select(r => r!.AsObject()),
                JsonObject record => [record],
                _ => throw new InvalidDataException(f + " holds no record"),
            })
            .OrderBy(r => Text(r["id"]), StringComparer.Ordinal)
            .ToArray();
    }
}

/// <summary>A collection as declared in the package and as its files on disk hold it.</summary>
/// <param name="ExportName">The collection class's name in camelCase (<c>weaponSystems</c>).</param>
/// <param name="Folder">Its folder under data/ (<c>weapon-systems</c>).</param>
/// <param name="Records">The records in the folder's YAML files, in ordinal order of id.</param>
internal sealed record DeclaredCollection(string ExportName, string Folder, IReadOnlyList<JsonObject> Records)
{
    /// <summary>The records' ids, in ordinal order.</summary>
    public IReadOnlyList<string> Ids { get; } = Records.Select(r => DataFiles.Text(r["id"])!).ToArray();
}
