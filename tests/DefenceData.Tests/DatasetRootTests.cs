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
        Assert.All(Dataset.Collections.SelectMany(c => c.Value.Cast<IRecord>()), r => Assert.Same(r, Dataset.Find(r.Id)));
    }

    [Fact]
    public void Record_counts_are_the_collections_sizes_in_the_same_order()
    {
        Assert.Equal(Dataset.Collections.Select(c => new KeyValuePair<string, int>(c.Key, c.Value.Cast<object>().Count())), Dataset.RecordCounts);
        Assert.Equal(Dataset.RecordCounts, DatasetInfo.RecordCounts);
    }

    [Fact]
    public void The_root_lists_cannot_be_changed_through_a_cast()
    {
        Assert.True(((System.Collections.IList)Dataset.Collections).IsReadOnly);
        Assert.True(((System.Collections.IList)Dataset.RecordCounts).IsReadOnly);
    }
}
