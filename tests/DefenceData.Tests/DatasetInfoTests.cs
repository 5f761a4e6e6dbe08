using System.Globalization;
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
    public void The_sources_are_the_five_articles_in_ordinal_order_of_id()
    {
        Assert.Equal(["article-000", "article-001", "article-002", "article-003", "article-004"], DatasetInfo.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Describe_gives_the_version_the_records_of_every_collection_and_the_number_of_sources()
    {
        var summary = Regex.Match(DatasetInfo.Describe(), @"^DefenceData (?<version>\S+): (?<records>\d+) records from (?<sources>\d+) sources$");
        Assert.True(summary.Success, DatasetInfo.Describe());
        Assert.Equal(DatasetInfo.Version, summary.Groups["version"].Value);
        Assert.Equal(Dataset.Collections.Sum(c => c.Value.Cast<object>().Count()).ToString(CultureInfo.InvariantCulture), summary.Groups["records"].Value);
        Assert.Equal("5", summary.Groups["sources"].Value);
    }
}
