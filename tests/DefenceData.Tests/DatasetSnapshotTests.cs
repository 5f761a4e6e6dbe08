using DefenceData.Export;
using DefenceData.Testing;

namespace DefenceData.Tests;

/// <summary>The whole dataset as a reviewable snapshot: every data change shows as a diff here.</summary>
public sealed class DatasetSnapshotTests
{
    [Fact]
    public void Whole_dataset_matches_its_snapshot()
    {
        Snapshot.Verify(DatasetJson.ToJson());
    }

    [Theory]
    [MemberData(nameof(Cultures.Unusual), MemberType = typeof(Cultures))]
    public void Export_is_byte_identical_in_any_culture(string culture)
    {
        Assert.Equal(Cultures.In("", DatasetJson.ToJson), Cultures.In(culture, DatasetJson.ToJson));
    }
}
