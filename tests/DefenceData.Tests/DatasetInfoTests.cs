using System.Text.RegularExpressions;

namespace DefenceData.Tests;

/// <summary><see cref="DatasetInfo"/>: the data version, record counts and sources.</summary>
public sealed class DatasetInfoTests
{
    [Fact]
    public void The_data_version_is_the_package_version()
    {
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$"), DatasetInfo.Version);
        Assert.NotEqual("0.0.0", DatasetInfo.Version);
    }

    [Fact]
    public void Record_counts_follow_the_collections_in_order()
    {
        Assert.Equal(
            Dataset.Collections.Select(c => new KeyValuePair<string, int>(c.Key, c.Value.Cast<object>().Count())),
            DatasetInfo.RecordCounts);
    }

    [Fact]
    public void The_sources_are_the_dataset_sources()
    {
        Assert.Equal(Dataset.Sources, DatasetInfo.Sources);
    }

    [Fact]
    public void Describe_gives_version_records_and_sources()
    {
        Assert.Equal($"DefenceData {DatasetInfo.Version}: {DatasetInfo.TotalRecords} records from {Dataset.Sources.Count} sources", DatasetInfo.Describe());
    }
}
