using System.Reflection;

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
    /// <summary>The data version, e.g. <c>0.1.0</c>: the version of the DefenceData package.</summary>
    public static string Version { get; } = ReadVersion();

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

    private static string ReadVersion() =>
        typeof(DatasetInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "DefenceData.DataVersion")?.Value ?? "0.0.0";
}
