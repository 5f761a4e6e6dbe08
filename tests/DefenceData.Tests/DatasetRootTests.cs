namespace DefenceData.Tests;

/// <summary>The generated dataset root: derived from the collections, no list kept by hand.</summary>
public sealed class DatasetRootTests
{
    [Fact]
    public void Every_collection_is_listed_once_by_its_export_name_in_ordinal_order()
    {
        var names = Dataset.Collections.Select(c => c.Key).ToList();

        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Distinct(), names);
        Assert.Contains("weaponSystems", names);
    }

    [Fact]
    public void Every_collection_class_in_the_package_is_in_the_root()
    {
        var classes = typeof(Dataset).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(Annotations.DataCollectionAttribute), false).Length > 0)
            .Select(t => char.ToLowerInvariant(t.Name[0]) + t.Name[1..])
            .Order(StringComparer.Ordinal);

        Assert.Equal(classes, Dataset.Collections.Select(c => c.Key));
    }

    [Fact]
    public void Find_returns_a_record_whose_id_is_the_one_asked_for()
    {
        IRecord? found = Dataset.Find("amir-baram");

        Assert.Same(People.AmirBaram, found);
        Assert.Equal("amir-baram", found!.Id);
    }

    [Fact]
    public void Find_finds_every_record_of_every_collection()
    {
        Assert.All(Dataset.Collections.SelectMany(c => c.Value), r => Assert.Same(r, Dataset.Find(r.Id)));
    }

    [Fact]
    public void Every_collection_holds_exactly_the_records_of_its_folders_yaml_files()
    {
        // Read from data/ with a YAML parser, not through the generator: a file left out, read twice
        // or read into the wrong collection shows here.
        Assert.Equal(DataFiles.Collections.Select(c => c.ExportName), Dataset.Collections.Select(c => c.Key));
        Assert.All(DataFiles.Collections, declared =>
            Assert.Equal(declared.Ids, Dataset.Collections.Single(c => c.Key == declared.ExportName).Value.Select(r => r.Id)));
    }

    [Fact]
    public void Every_folder_of_records_is_a_collections_folder()
    {
        Assert.Empty(DataFiles.Folders.Except(DataFiles.Collections.Select(c => c.Folder), StringComparer.Ordinal));
    }

    [Fact]
    public void Record_counts_are_the_numbers_of_records_in_each_folder_in_the_same_order()
    {
        Assert.Equal(DataFiles.Collections.Select(c => new KeyValuePair<string, int>(c.ExportName, c.Ids.Count)), Dataset.RecordCounts);
        Assert.All(Dataset.Collections, c => Assert.Equal(Dataset.RecordCounts.Single(n => n.Key == c.Key).Value, c.Value.Count));
    }

    [Fact]
    public void The_root_lists_cannot_be_changed_through_a_cast()
    {
        Assert.True(((System.Collections.IList)Dataset.Collections).IsReadOnly);
        Assert.True(((System.Collections.IList)Dataset.RecordCounts).IsReadOnly);
    }
}
