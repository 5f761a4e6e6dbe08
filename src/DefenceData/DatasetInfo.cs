using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using DefenceData.Export;

namespace DefenceData;

/// <summary>
/// What this build of the dataset holds: its data version, how many records each collection has,
/// and the sources it is drawn from.
/// </summary>
/// <remarks>
/// The data version is the package version: any change to the data (a record added, changed or
/// removed) is released under a new version, so one version always means the same records.
/// </remarks>
public static class DatasetInfo
{
    private static readonly Lazy<string> s_contentHash = new(() => ContentHashOf(DatasetJson.ToJson()));

    /// <summary>The data version, e.g. <c>0.1.0</c>: the version of the DefenceData package.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>
    /// The SHA-256 of the canonical JSON export (<see cref="DatasetJson"/>), as 64 lower-case hex
    /// digits: the same on every machine, culture and line-ending convention, and different whenever
    /// any record differs. Computed on first use (it exports the whole dataset once).
    /// </summary>
    public static string ContentHash => s_contentHash.Value;

    /// <summary>
    /// The version and a short content hash together, e.g. <c>DefenceData 0.1.0 (sha256:1f2e3d4c5b6a)</c>,
    /// for logs and reports: like NodaTime's <c>VersionId</c>, it names exactly which data was used.
    /// </summary>
    public static string VersionId => $"DefenceData {Version} (sha256:{ContentHash[..12]})";

    /// <summary>The number of records in each collection, by its name in exports, in the order of <see cref="Dataset.Collections"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> RecordCounts => Dataset.RecordCounts;

    /// <summary>The number of records in all collections together.</summary>
    public static int TotalRecords => RecordCounts.Sum(c => c.Value);

    /// <summary>The articles the dataset is drawn from, in ordinal order of id.</summary>
    public static IReadOnlyList<Source> Sources => DefenceData.Sources.All;

    /// <summary>A one-line summary, e.g. <c>DefenceData 0.1.0: 42 records from 5 sources</c>.</summary>
    /// <returns>The summary.</returns>
    public static string Describe() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"DefenceData {Version}: {TotalRecords} records from {Sources.Count} sources");

    /// <summary>
    /// The content hash of an export's JSON text (<c>export json</c> output, or a released export
    /// file): SHA-256 of its UTF-8 bytes with "\r\n" read as "\n" and trailing line ends left out,
    /// so a file saved with a final newline, or checked out with Windows line ends, hashes the same.
    /// </summary>
    /// <param name="exportJson">The export's JSON text.</param>
    /// <returns>64 lower-case hex digits.</returns>
    public static string ContentHashOf(string exportJson)
    {
        ArgumentNullException.ThrowIfNull(exportJson);
        var bytes = Encoding.UTF8.GetBytes(exportJson.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private static string ReadVersion() =>
        typeof(DatasetInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "DefenceData.DataVersion")?.Value ?? "0.0.0";
}
