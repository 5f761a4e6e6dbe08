using System.Text.Json;
using DefenceData.Cli.Csv;
using DefenceData.Export;
using DefenceData.Metadata;

namespace DefenceData.Tests;

/// <summary>
/// Keys and enum texts have one home, the generated metadata (the generator's naming rule, tested in
/// DataNamesTests): the JSON export and the CSV columns write exactly what it says.
/// </summary>
public sealed class KeyNamingTests
{
    [Fact]
    public void Json_keys_of_every_record_are_its_types_metadata_keys_in_order()
    {
        using var json = JsonDocument.Parse(DatasetJson.ToJson());
        foreach (var collection in Dataset.Metadata.Collections)
        {
            var keys = collection.RecordType.Fields.Select(f => f.Key).ToArray();
            Assert.All(json.RootElement.GetProperty(collection.ExportName).EnumerateArray(), record =>
                Assert.Equal(keys, record.EnumerateObject().Select(p => p.Name)));
        }
    }

    [Fact]
    public void Csv_columns_of_a_collection_are_its_scalar_metadata_keys_then_its_derived_ones()
    {
        var events = CsvLayout.Tables().Single(t => t.Name == "events");
        var scalarKeys = Events.Metadata.RecordType.Fields.Concat(Events.Metadata.RecordType.DerivedFields).Where(f => f.Value.IsScalar).Select(f => f.Key);
        Assert.Equal(scalarKeys, events.ColumnNames);
    }

    [Fact]
    public void Json_writes_an_enum_value_as_its_metadata_text()
    {
        var type = Events.Metadata.RecordType.Field("type")!;
        var visit = Dataset.Events.First(e => e.Type == EventType.WorkingGroupMeeting);
        using var json = JsonDocument.Parse(DatasetJson.ToJson(visit, Events.Metadata.RecordType));
        Assert.Equal("working-group-meeting", type.Value.Enum!.TextOf(EventType.WorkingGroupMeeting));
        Assert.Equal("working-group-meeting", json.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void Acronym_keys_follow_the_camel_case_rule()
    {
        // WeaponSystems → weaponSystems; a key is never lower-cased only at its first letter.
        Assert.Equal("weaponSystems", WeaponSystems.Metadata.ExportName);
        Assert.All(Dataset.Metadata.Collections.SelectMany(c => c.RecordType.Fields), f =>
            Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(f.Name), f.Key));
    }
}
