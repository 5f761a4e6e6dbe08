using DefenceData.Export;

namespace DefenceData.Tests;

/// <summary>The whole dataset as a reviewable snapshot: every data change shows as a diff here.</summary>
public sealed class DatasetSnapshotTests
{
    [Fact]
    public void Whole_dataset_matches_its_snapshot()
    {
        DefenceData.Testing.Snapshot.Verify(DatasetJson.ToJson());
    }

    [Fact]
    public void Export_is_byte_identical_when_repeated()
    {
        Assert.Equal(DatasetJson.ToJson(), DatasetJson.ToJson());
    }
}
