using System.Text.Json;
using DefenceData.Cli.Csv;
using DefenceData.Export;
using DefenceData.Generated;
using DefenceData.Tests.NewCollection;

namespace DefenceData.Tests;

/// <summary>
/// A brand-new collection declared in this test project (a record type, the attribute, a data
/// folder) gets a dataset root, Find, navigation, reverse navigation and both exports with no edit
/// anywhere else.
/// </summary>
public sealed class NewCollectionTests
{
    [Fact]
    public void The_project_gets_a_root_listing_its_collection()
    {
        Assert.Equal(["test-escort", "test-flagship", "test-tender"], ProjectDataset.Vessels.Select(v => v.Id));
        Assert.Equal([new KeyValuePair<string, int>("vessels", 3)], ProjectDataset.RecordCounts);
        Assert.Equal(["vessels"], ProjectDataset.Collections.Select(c => c.Key));
    }

    [Fact]
    public void Find_returns_the_projects_record_as_an_IRecord()
    {
        IRecord? found = ProjectDataset.Find("test-escort");

        Assert.Same(Vessels.TestEscort, found);
        Assert.Null(ProjectDataset.Find("amir-baram")); // the package's records are the package's root's
    }

    [Fact]
    public void Navigation_resolves_in_the_projects_collection_and_in_the_package()
    {
        var flagship = Vessels.TestFlagship;

        Assert.Same(Vessels.TestEscort, flagship.Escort);
        Assert.Same(Countries.Israel, flagship.Flag);
        Assert.Equal([Vessels.TestEscort, Vessels.TestTender], flagship.Companions);
    }

    [Fact]
    public void Reverse_navigation_lists_the_projects_records_that_refer_to_one()
    {
        Assert.Equal([Vessels.TestFlagship], Vessels.TestEscort.ReferencingVessels);
        Assert.Equal(
            [new RecordReference(Vessels.TestFlagship, "escortId"), new RecordReference(Vessels.TestFlagship, "companionIds[0]")],
            ProjectDataset.ReferencesTo("test-escort"));
        Assert.Empty(Vessels.TestFlagship.ReferencingVessels);
    }

    [Fact]
    public void The_json_export_writes_the_projects_collection()
    {
        using var stream = new MemoryStream();
        DatasetJson.Write(stream, ProjectDataset.Metadata);
        using var json = JsonDocument.Parse(stream.ToArray());

        var flagship = json.RootElement.GetProperty("vessels").EnumerateArray().Single(v => v.GetProperty("id").GetString() == "test-flagship");
        Assert.Equal("test-escort", flagship.GetProperty("escortId").GetString());
        Assert.False(flagship.TryGetProperty("escort", out _));
        Assert.False(flagship.TryGetProperty("referencingVessels", out _));
    }

    [Fact]
    public void The_csv_export_writes_the_projects_collection_and_its_link_table()
    {
        var tables = CsvExport.Tables(ProjectDataset.Metadata);

        Assert.Equal(["vessels", "lists", "citations"], tables.Select(t => t.Name));
        Assert.Equal(["id", "name", "escortId", "flagId"], tables[0].Columns);
        Assert.Contains(tables[1].Rows, r => r.SequenceEqual(["vessels", "test-flagship", "companionIds[1]", "companionIds", "1", "test-tender"]));
    }
}
