using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DefenceData.Export;

namespace DefenceData.Tests;

/// <summary><see cref="DatasetInfo"/>: the data version, record counts and sources.</summary>
public sealed class DatasetInfoTests
{
    [Fact]
    public void The_data_version_is_the_package_version()
    {
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$"), DatasetInfo.Version);
        Assert.Equal(PackageVersion, DatasetInfo.Version);
    }

    [Fact]
    public void Record_counts_and_the_total_are_the_records_in_the_data_files()
    {
        Assert.Equal(DataFiles.Collections.Select(c => new KeyValuePair<string, int>(c.ExportName, c.Ids.Count)), DatasetInfo.RecordCounts);
        Assert.Equal(DataFiles.Collections.Sum(c => c.Ids.Count), DatasetInfo.TotalRecords);
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
        Assert.Equal(DataFiles.Collections.Sum(c => c.Ids.Count).ToString(CultureInfo.InvariantCulture), summary.Groups["records"].Value);
        Assert.Equal("5", summary.Groups["sources"].Value);
        Assert.Equal(5, DataFiles.Collections.Single(c => c.Folder == "sources").Ids.Count);
    }

    [Fact]
    public void The_content_hash_is_the_sha256_of_the_json_export_as_the_cli_writes_it()
    {
        // What a user checks with sha256sum: the bytes of `export json`, without the final newline.
        Assert.Matches(new Regex("^[0-9a-f]{64}$"), DatasetInfo.ContentHash);
        Assert.Equal(Sha256OfCliExport(), DatasetInfo.ContentHash);
    }

    [Fact]
    public void The_content_hash_of_the_first_release_is_known_in_advance()
    {
        // Pinned: the algorithm must give this for releases/0.1.0.json on any machine, forever.
        Assert.Equal(FirstReleaseHash, DatasetInfo.ContentHashOf(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "releases", "0.1.0.json"))));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    [InlineData("th-TH")]
    public void The_content_hash_is_the_same_in_every_culture(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            Assert.Equal(DatasetInfo.ContentHash, DatasetInfo.ContentHashOf(DatasetJson.ToJson()));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Windows_line_ends_and_a_final_newline_do_not_change_the_content_hash()
    {
        Assert.Equal(DatasetInfo.ContentHash, DatasetInfo.ContentHashOf(DatasetJson.ToJson().ReplaceLineEndings("\r\n") + "\r\n"));
    }

    [Fact]
    public void Any_changed_value_changes_the_content_hash()
    {
        var json = DatasetJson.ToJson();
        Assert.NotEqual(DatasetInfo.ContentHash, DatasetInfo.ContentHashOf(json.Replace("\"2025-11-04\"", "\"2025-11-05\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_version_id_names_the_version_and_the_start_of_the_content_hash()
    {
        var id = Regex.Match(DatasetInfo.VersionId, @"^DefenceData (?<version>\S+) \(sha256:(?<hash>[0-9a-f]{12})\)$");
        Assert.True(id.Success, DatasetInfo.VersionId);
        Assert.Equal(PackageVersion, id.Groups["version"].Value);
        Assert.StartsWith(id.Groups["hash"].Value, Sha256OfCliExport(), StringComparison.Ordinal);
    }

    /// <summary>The &lt;Version&gt; the repository's Directory.Build.props gives the package.</summary>
    private static string PackageVersion =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")).Descendants("Version").Single().Value.Trim();

    private static string Sha256OfCliExport()
    {
        using var stream = new MemoryStream();
        Assert.Equal(0, DefenceData.Cli.ExportCommand.Run("json", stream));
        var bytes = stream.ToArray().AsSpan();
        while (bytes.Length > 0 && bytes[^1] == (byte)'\n')
        {
            bytes = bytes[..^1];
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
    }

    private const string FirstReleaseHash = "4e9b50b4687daff8bd9e8bebb1fa83f2fbcef6586108196e22bd8cea27d488fd";
}
