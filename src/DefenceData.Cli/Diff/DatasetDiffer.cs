using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DefenceData.Cli.Diff;

/// <summary>
/// Compares two canonical JSON exports of the dataset: an object of collections, each an array of
/// records with an <c>id</c>. Records are matched by collection and id; within a record, objects
/// are compared by property and lists item by item (a list whose length changed is aligned on its
/// longest common run of equal items, so one inserted citation is one added item, not a shifted list).
/// </summary>
internal static class DatasetDiffer
{
    private static readonly JsonSerializerOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Compares two exports given as JSON text.</summary>
    /// <param name="oldJson">The old export.</param>
    /// <param name="newJson">The new export.</param>
    /// <returns>The records added, removed and changed.</returns>
    /// <exception cref="DiffInputException">An export is not JSON or not shaped like an export.</exception>
    public static DatasetDiff Compare(string oldJson, string newJson) =>
        Compare(ExportReader.Read(oldJson, "old export"), ExportReader.Read(newJson, "new export"));

    private static DatasetDiff Compare(ExportReader.Export older, ExportReader.Export newer)
    {
        var changes = new List<RecordChange>();
        foreach (var collection in newer.CollectionNames.Concat(older.CollectionNames).Distinct(StringComparer.Ordinal))
        {
            var before = older.Records(collection);
            var after = newer.Records(collection);
            foreach (var id in before.Keys.Concat(after.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var change = CompareRecord(collection, id, before.GetValueOrDefault(id), after.GetValueOrDefault(id));
                if (change is not null)
                {
                    changes.Add(change);
                }
            }
        }

        return new DatasetDiff(older.RecordCount, newer.RecordCount, changes);
    }

    private static RecordChange? CompareRecord(string collection, string id, JsonObject? before, JsonObject? after)
    {
        if (before is null)
        {
            return new RecordChange(ChangeKind.Added, collection, id, Label(collection, after!), Compact(after), []);
        }

        if (after is null)
        {
            return new RecordChange(ChangeKind.Removed, collection, id, Label(collection, before), Compact(before), []);
        }

        var fields = new List<FieldChange>();
        CompareValue("", before, after, fields);
        return fields.Count == 0 ? null : new RecordChange(ChangeKind.Changed, collection, id, Label(collection, after), null, fields);
    }

    private static void CompareValue(string path, JsonNode? before, JsonNode? after, List<FieldChange> fields)
    {
        if (JsonNode.DeepEquals(before, after))
        {
            return;
        }

        switch (before, after)
        {
            case (JsonObject oldObject, JsonObject newObject):
                CompareObjects(path, oldObject, newObject, fields);
                break;
            case (JsonArray oldArray, JsonArray newArray):
                CompareArrays(path, oldArray, newArray, fields);
                break;
            default:
                fields.Add(new FieldChange(path, ChangeKind.Changed, Compact(before), Compact(after)));
                break;
        }
    }

    private static void CompareObjects(string path, JsonObject before, JsonObject after, List<FieldChange> fields)
    {
        foreach (var (name, value) in after)
        {
            var child = path.Length == 0 ? name : $"{path}.{name}";
            if (before.TryGetPropertyValue(name, out var old))
            {
                CompareValue(child, old, value, fields);
            }
            else
            {
                fields.Add(new FieldChange(child, ChangeKind.Added, null, Compact(value)));
            }
        }

        foreach (var (name, old) in before.Where(p => !after.ContainsKey(p.Key)))
        {
            fields.Add(new FieldChange(path.Length == 0 ? name : $"{path}.{name}", ChangeKind.Removed, Compact(old), null));
        }
    }

    private static void CompareArrays(string path, JsonArray before, JsonArray after, List<FieldChange> fields)
    {
        if (before.Count == after.Count)
        {
            for (var i = 0; i < before.Count; i++)
            {
                CompareValue($"{path}[{i}]", before[i], after[i], fields);
            }

            return;
        }

        var (oldMatched, newMatched) = ListAlignment.CommonItems(before, after);
        for (var i = 0; i < before.Count; i++)
        {
            if (!oldMatched[i])
            {
                fields.Add(new FieldChange($"{path}[{i}]", ChangeKind.Removed, Compact(before[i]), null));
            }
        }

        for (var j = 0; j < after.Count; j++)
        {
            if (!newMatched[j])
            {
                fields.Add(new FieldChange($"{path}[{j}]", ChangeKind.Added, null, Compact(after[j])));
            }
        }
    }

    // The label rule of the record type (RecordTypeMetadata.LabelFields), read from the export's keys:
    // an export of an older version is labelled the way the current record type names its records.
    // A text field labels by its text (0.1.0's summaries), a list of claims by their texts joined.
    private static string? Label(string collection, JsonObject record) =>
        (Dataset.Metadata.Collection(collection)?.RecordType.LabelFields.Select(f => f.Key) ?? [])
            .Select(key => record.TryGetPropertyValue(key, out var value) ? LabelText(value) : null)
            .FirstOrDefault(s => s is { Length: > 0 });

    private static string? LabelText(JsonNode? value) => value switch
    {
        JsonValue text when text.TryGetValue<string>(out var s) => s,
        JsonArray claims => string.Join(" ", claims.Select(c => c is JsonObject o && o["text"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null).Where(s => s is not null)),
        _ => null,
    };

    /// <summary>A value as compact JSON, non-ASCII text kept readable; the JSON null as <c>null</c>.</summary>
    internal static string Compact(JsonNode? value) => value?.ToJsonString(s_compact) ?? "null";
}
