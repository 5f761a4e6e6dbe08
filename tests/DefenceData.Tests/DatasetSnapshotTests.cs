using DefenceData.Cli.Diff;
using DefenceData.Export;
using DefenceData.Testing;
using Xunit.Sdk;

namespace DefenceData.Tests;

/// <summary>The whole dataset as a reviewable snapshot: every data change shows as a diff here.</summary>
public sealed class DatasetSnapshotTests
{
    [Fact]
    public void Whole_dataset_matches_its_snapshot()
    {
        var export = DatasetJson.ToJson();
        try
        {
            Snapshot.Verify(export);
        }
        catch (XunitException e) when (File.Exists(VerifiedPath))
        {
            // Lead with what changed, record by record; the text diff follows for the exact lines.
            throw new XunitException(SemanticDiffMessage(File.ReadAllText(VerifiedPath), export) + "\n" + e.Message);
        }
    }

    [Fact]
    public void A_failing_snapshot_leads_with_the_semantic_diff()
    {
        var message = SemanticDiffMessage(
            """{ "events": [{ "id": "jwg-17", "title": "17th JWG", "date": "2025-11-04" }] }""",
            """{ "events": [{ "id": "jwg-17", "title": "17th JWG", "date": "2025-11-05" }] }""");

        Assert.StartsWith(
            "The dataset differs from its snapshot. What changed (semantic diff, snapshot → data):\n\n0 added, 0 removed, 1 changed (1 → 1 records).\n\n### Changed\n\n- `events/jwg-17` 17th JWG\n  - `date`: `\"2025-11-04\"` → `\"2025-11-05\"`\n",
            message,
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures.Unusual), MemberType = typeof(Cultures))]
    public void Export_is_byte_identical_in_any_culture(string culture)
    {
        Assert.Equal(Cultures.In("", DatasetJson.ToJson), Cultures.In(culture, DatasetJson.ToJson));
    }

    /// <summary>The snapshot file: the canonical export as last accepted (also what <c>diff --rev</c> reads).</summary>
    private static string VerifiedPath => Path.Combine(RepositoryPaths.Root, GitSnapshot.SnapshotPath);

    private static string SemanticDiffMessage(string verified, string received)
    {
        try
        {
            return "The dataset differs from its snapshot. What changed (semantic diff, snapshot → data):\n\n"
                + DiffMarkdown.Render(DatasetDiffer.Compare(verified, received));
        }
        catch (DiffInputException e)
        {
            return $"The dataset differs from its snapshot; no semantic diff, the snapshot is not an export ({e.Message}).\n";
        }
    }
}
