using System.Text.Json;
using System.Text.Json.Nodes;
using DefenceData.Cli.Diff;
using DefenceData.Export;

namespace DefenceData.Tests.Releases;

/// <summary>
/// The versioning rule kept by the build: data that changed carries a new version with a changelog
/// entry. The repository is checked as it is; the failures are shown on scratch copies of
/// releases/ and docs/CHANGELOG.md.
/// </summary>
public sealed class DataVersionGuardTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("defencedata-releases-");

    [Fact]
    public void The_data_and_version_of_this_build_keep_the_versioning_rule()
    {
        var problems = new DataVersionGuard(RepositoryPaths.Root).Check(DatasetInfo.Version, DatasetJson.ToJson());

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    [Fact]
    public void Every_released_version_has_a_changelog_entry_holding_its_semantic_diff()
    {
        var guard = new DataVersionGuard(RepositoryPaths.Root);
        var previous = "{}";
        foreach (var (version, path) in guard.Releases())
        {
            var released = File.ReadAllText(path);
            var entry = guard.ChangelogEntry(version.ToString());
            Assert.True(entry is not null, $"docs/CHANGELOG.md has no entry `## {version}`.");
            Assert.Contains(DiffMarkdown.Render(DatasetDiffer.Compare(previous, released)), entry, StringComparison.Ordinal);
            previous = released;
        }
    }

    [Fact]
    public void Changed_data_under_a_released_version_fails_with_the_semantic_diff()
    {
        var guard = ScratchCopy();

        var problems = guard.Check("0.1.0", WithMeetingDate("2025-11-05"));

        var problem = Assert.Single(problems);
        Assert.StartsWith("The data differs from the released data of 0.1.0 (releases/0.1.0.json), but a released version's data never changes", problem, StringComparison.Ordinal);
        Assert.Contains("  - `date`: `\"2025-11-04\"` → `\"2025-11-05\"`", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_data_under_a_new_version_without_a_changelog_entry_fails()
    {
        var guard = ScratchCopy();

        var problem = Assert.Single(guard.Check("0.1.1", WithMeetingDate("2025-11-05")));

        Assert.StartsWith("docs/CHANGELOG.md has no entry `## 0.1.1`", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changelog_entry_whose_diff_is_not_the_datas_fails()
    {
        var guard = ScratchCopy("\n## 0.1.1\n\nA date corrected.\n\n0 added, 0 removed, 0 changed (129 → 129 records).\n");

        var problem = Assert.Single(guard.Check("0.1.1", WithMeetingDate("2025-11-05")));

        Assert.StartsWith("The docs/CHANGELOG.md entry for 0.1.1 does not hold the data's semantic diff from 0.1.0", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_data_under_a_new_version_with_its_diff_in_the_changelog_passes()
    {
        var edited = WithMeetingDate("2025-11-05");
        var diff = DiffMarkdown.Render(DatasetDiffer.Compare(File.ReadAllText(ReleasedExport), edited));
        var guard = ScratchCopy($"\n## 0.1.1\n\nThe meeting's date corrected (article-004.txt).\n\n{diff}");

        Assert.Empty(guard.Check("0.1.1", edited));
    }

    [Fact]
    public void A_removed_record_fails_until_its_id_is_retired()
    {
        var guard = ScratchCopy();

        var problem = Assert.Single(guard.Check("0.2.0", WithoutRecord("people", "amir-baram")));

        Assert.StartsWith("Ids of the last release (0.1.0) are gone: people/amir-baram.", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retired_id_needs_a_breaking_version()
    {
        var guard = ScratchCopy(retiredIds: "people/amir-baram\n");

        var problem = Assert.Single(guard.Check("0.1.1", WithoutRecord("people", "amir-baram")));

        Assert.StartsWith("Version 0.1.1 retires ids of 0.1.0 (people/amir-baram)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retired_id_under_a_breaking_version_passes_the_id_rule()
    {
        var guard = ScratchCopy(retiredIds: "people/amir-baram -> amir-baram-2\n");

        // Only the changelog is left to write: the ids are in order.
        var problem = Assert.Single(guard.Check("0.2.0", WithoutRecord("people", "amir-baram")));

        Assert.StartsWith("The docs/CHANGELOG.md entry for 0.2.0 does not hold the data's semantic diff", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retired_id_is_never_reused()
    {
        var guard = ScratchCopy(retiredIds: "people/amir-baram\n");

        var problems = guard.Check("0.2.0", File.ReadAllText(ReleasedExport));

        Assert.Contains(problems, p => p.StartsWith("Retired ids are back in the data: people/amir-baram.", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_id_gone_since_the_last_release_is_retired_in_the_repository()
    {
        var guard = new DataVersionGuard(RepositoryPaths.Root);
        using var released = JsonDocument.Parse(File.ReadAllText(guard.Releases()[^1].Path));
        var current = Dataset.Metadata.Collections.SelectMany(c => c.Records.Select(r => c.ExportName + "/" + r.Id)).ToHashSet(StringComparer.Ordinal);
        var gone = released.RootElement.EnumerateObject()
            .SelectMany(c => c.Value.EnumerateArray().Select(r => c.Name + "/" + r.GetProperty("id").GetString()))
            .Where(id => !current.Contains(id));

        Assert.Subset(guard.RetiredIds().ToHashSet(), gone.ToHashSet());
        Assert.NotEmpty(gone); // 0.2.0 renamed ids of 0.1.0
    }

    [Fact]
    public void A_version_older_than_the_last_release_fails()
    {
        var guard = ScratchCopy();

        Assert.StartsWith("Version 0.0.9 is older than the last released data version 0.1.0", Assert.Single(guard.Check("0.0.9", DatasetJson.ToJson())), StringComparison.Ordinal);
    }

    [Fact]
    public void The_content_hash_of_a_released_version_is_the_hash_of_its_release_file()
    {
        var release = Path.Combine(RepositoryPaths.Root, "releases", $"{DatasetInfo.Version}.json");
        if (File.Exists(release))
        {
            Assert.Equal(DatasetInfo.ContentHashOf(File.ReadAllText(release)), DatasetInfo.ContentHash);
        }
        else
        {
            Assert.True(new DataVersionGuard(RepositoryPaths.Root).Releases()[^1].Version < DataVersion.Parse(DatasetInfo.Version));
        }
    }

    [Theory]
    [InlineData("0.1.0", "0.2.0")]
    [InlineData("0.2.0-beta.1", "0.2.0")]
    [InlineData("0.9.0", "0.10.0")]
    [InlineData("0.2.0-alpha", "0.2.0-beta")]
    public void Data_versions_are_ordered_as_semver_orders_them(string earlier, string later)
    {
        Assert.True(DataVersion.Parse(earlier) < DataVersion.Parse(later));
    }

    public void Dispose() => _scratch.Delete(recursive: true);

    private static string ReleasedExport => Path.Combine(RepositoryPaths.Root, "releases", "0.1.0.json");

    // The 0.1.0 release with one event's date changed: the smallest data change there is.
    private static string WithMeetingDate(string date)
    {
        var export = JsonNode.Parse(File.ReadAllText(ReleasedExport))!;
        export["events"]!.AsArray().Single(e => (string?)e!["id"] == "singh-katz-meeting-2025-11-04")!["date"] = date;
        return export.ToJsonString();
    }

    // The 0.1.0 release without one record.
    private static string WithoutRecord(string collection, string id)
    {
        var export = JsonNode.Parse(File.ReadAllText(ReleasedExport))!;
        var records = export[collection]!.AsArray();
        records.Remove(records.Single(r => (string?)r!["id"] == id));
        return export.ToJsonString();
    }

    // releases/0.1.0.json and docs/CHANGELOG.md copied to a scratch repository root, the changelog
    // with the given text appended, and the retired ids given: the guard reads only these.
    private DataVersionGuard ScratchCopy(string changelogAddition = "", string retiredIds = "")
    {
        if (retiredIds.Length > 0)
        {
            Directory.CreateDirectory(Path.Combine(_scratch.FullName, "releases"));
            File.WriteAllText(Path.Combine(_scratch.FullName, "releases", "retired-ids.txt"), "# 0.2.0\n" + retiredIds);
        }

        Directory.CreateDirectory(Path.Combine(_scratch.FullName, "releases"));
        Directory.CreateDirectory(Path.Combine(_scratch.FullName, "docs"));
        File.Copy(ReleasedExport, Path.Combine(_scratch.FullName, "releases", "0.1.0.json"));
        File.WriteAllText(Path.Combine(_scratch.FullName, "docs", "CHANGELOG.md"),
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "CHANGELOG.md")) + changelogAddition);
        return new DataVersionGuard(_scratch.FullName);
    }
}
