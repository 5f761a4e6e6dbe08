using System.Text.RegularExpressions;
using DefenceData.Cli.Diff;

namespace DefenceData.Tests.Releases;

/// <summary>
/// The versioning rule, checked against the released exports in <c>releases/&lt;version&gt;.json</c>
/// (one per released data version) and docs/CHANGELOG.md:
/// data that differs from the last release must carry a later version; a released version's data
/// never changes; the current version has a changelog entry holding its semantic diff; and an id of
/// the last release that is gone is listed in <c>releases/retired-ids.txt</c> under a breaking version
/// (a record's id is its member, <c>Statements.SomeRecord</c>: the data's public API).
/// </summary>
public sealed partial class DataVersionGuard(string repositoryRoot)
{
    /// <summary>The folder of released exports, relative to the repository root.</summary>
    public const string ReleasesFolder = "releases";

    /// <summary>The ids retired from released versions, relative to the repository root.</summary>
    public const string RetiredIdsPath = "releases/retired-ids.txt";

    /// <summary>The changelog, relative to the repository root.</summary>
    public const string ChangelogPath = "docs/CHANGELOG.md";

    /// <summary>The released versions, oldest first, with their export files.</summary>
    public IReadOnlyList<(DataVersion Version, string Path)> Releases() =>
        Directory.EnumerateFiles(Path.Combine(repositoryRoot, ReleasesFolder), "*.json")
            .Select(path => (Version: DataVersion.Parse(Path.GetFileNameWithoutExtension(path)), Path: path))
            .OrderBy(r => r.Version)
            .ToList();

    /// <summary>What breaks the rule for this data at this version; empty when it is kept.</summary>
    /// <param name="version">The package (data) version, e.g. <c>0.2.0</c>.</param>
    /// <param name="exportJson">The data's canonical export.</param>
    /// <returns>One message per problem, each saying what to do.</returns>
    public IReadOnlyList<string> Check(string version, string exportJson)
    {
        var current = DataVersion.Parse(version);
        var releases = Releases();
        if (releases.Count == 0)
        {
            return [$"No released export in {ReleasesFolder}/: the guard has nothing to compare with."];
        }

        var (lastVersion, lastPath) = releases[^1];
        var released = releases.FirstOrDefault(r => r.Version == current);
        if (released.Path is not null)
        {
            return SameData(released.Path, exportJson)
                ? []
                : [$"The data differs from the released data of {version} ({Relative(released.Path)}), but a released version's data never changes: "
                   + $"set a later <Version> in Directory.Build.props and add its docs/CHANGELOG.md entry.\n{DiffText(released.Path, exportJson)}"];
        }

        if (current < lastVersion)
        {
            return [$"Version {version} is older than the last released data version {lastVersion}: set a later <Version> in Directory.Build.props."];
        }

        var retired = RetiredIdProblems(current, lastVersion, lastPath, exportJson);
        if (retired.Count > 0)
        {
            return retired;
        }

        var entry = ChangelogEntry(version);
        var diff = DiffMarkdown.Render(DatasetDiffer.Compare(File.ReadAllText(lastPath), exportJson));
        if (entry is null)
        {
            return [$"{ChangelogPath} has no entry `## {version}` for the unreleased version {version}. Add one holding the semantic diff from {lastVersion} "
                    + $"(`dotnet run --project src/DefenceData.Cli -- diff {ReleasesFolder}/{lastVersion}.json`):\n{diff}"];
        }

        return entry.Contains(diff, StringComparison.Ordinal)
            ? []
            : [$"The {ChangelogPath} entry for {version} does not hold the data's semantic diff from {lastVersion}; replace its diff with "
               + $"the output of `dotnet run --project src/DefenceData.Cli -- diff {ReleasesFolder}/{lastVersion}.json`:\n{diff}"];
    }

    /// <summary>The changelog's entry for a version: from its <c>## version</c> heading to the next <c>## </c> heading.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The entry's text with '\n' line ends, or null when there is none.</returns>
    public string? ChangelogEntry(string version)
    {
        var path = Path.Combine(repositoryRoot, ChangelogPath);
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var match = Regex.Match(text, $@"^## {Regex.Escape(version)}(?=\s).*?(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        return match.Success ? match.Value : null;
    }

    /// <summary>The ids listed in <see cref="RetiredIdsPath"/> (<c>collection/id</c>), without their new ids.</summary>
    public IReadOnlySet<string> RetiredIds()
    {
        var path = Path.Combine(repositoryRoot, RetiredIdsPath);
        return File.Exists(path)
            ? File.ReadAllLines(path).Select(l => l.Split('#')[0].Split("->")[0].Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    // An id of the last release missing now must be retired, under a breaking version; a retired id never comes back.
    private List<string> RetiredIdProblems(DataVersion current, DataVersion lastVersion, string lastPath, string exportJson)
    {
        var released = IdsOf(File.ReadAllText(lastPath));
        var now = IdsOf(exportJson);
        var retired = RetiredIds();
        var problems = new List<string>();
        var gone = released.Except(now).Order(StringComparer.Ordinal).ToArray();
        var unlisted = gone.Where(id => !retired.Contains(id)).ToArray();
        if (unlisted.Length > 0)
        {
            problems.Add($"Ids of the last release ({lastVersion}) are gone: {string.Join(", ", unlisted)}. A removed or renamed id breaks code that names its record: "
                + $"list each in {RetiredIdsPath} (`collection/id -> new-id`), never to be reused, under a breaking version.");
        }

        if (gone.Length > 0 && !IsBreaking(lastVersion, current))
        {
            problems.Add($"Version {current} retires ids of {lastVersion} ({string.Join(", ", gone)}), which breaks code that names their records: "
                + $"set a breaking <Version> (a new major version; below 1.0, a new minor version).");
        }

        var reused = now.Where(retired.Contains).Order(StringComparer.Ordinal).ToArray();
        if (reused.Length > 0)
        {
            problems.Add($"Retired ids are back in the data: {string.Join(", ", reused)}. A retired id ({RetiredIdsPath}) is never reused: choose another id.");
        }

        return problems;
    }

    private static bool IsBreaking(DataVersion from, DataVersion to) =>
        to.Numbers.Major > from.Numbers.Major || (from.Numbers.Major == 0 && to.Numbers.Major == 0 && to.Numbers.Minor > from.Numbers.Minor);

    private static HashSet<string> IdsOf(string exportJson)
    {
        using var json = System.Text.Json.JsonDocument.Parse(exportJson);
        return json.RootElement.EnumerateObject()
            .SelectMany(c => c.Value.EnumerateArray().Select(r => c.Name + "/" + r.GetProperty("id").GetString()))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool SameData(string releasedPath, string exportJson) =>
        DatasetInfo.ContentHashOf(File.ReadAllText(releasedPath)) == DatasetInfo.ContentHashOf(exportJson);

    private static string DiffText(string releasedPath, string exportJson) =>
        DiffMarkdown.Render(DatasetDiffer.Compare(File.ReadAllText(releasedPath), exportJson));

    private string Relative(string path) => Path.GetRelativePath(repositoryRoot, path).Replace('\\', '/');
}

/// <summary>A data version: <c>major.minor.patch</c> with an optional <c>-prerelease</c>, ordered as SemVer orders them.</summary>
/// <param name="Numbers">Major, minor and patch.</param>
/// <param name="Prerelease">The prerelease label, or empty for a release.</param>
public sealed record DataVersion(Version Numbers, string Prerelease) : IComparable<DataVersion>
{
    /// <summary>Parses <c>0.2.0</c> or <c>0.2.0-beta.1</c>.</summary>
    /// <param name="text">The version text.</param>
    /// <returns>The version.</returns>
    public static DataVersion Parse(string text)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? new(Version.Parse(text), "") : new(Version.Parse(text[..dash]), text[(dash + 1)..]);
    }

    /// <inheritdoc />
    public int CompareTo(DataVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byNumbers = Numbers.CompareTo(other.Numbers);
        if (byNumbers != 0)
        {
            return byNumbers;
        }

        // A prerelease comes before its release.
        return (Prerelease.Length, other.Prerelease.Length) switch
        {
            (0, 0) => 0,
            (0, _) => 1,
            (_, 0) => -1,
            _ => string.CompareOrdinal(Prerelease, other.Prerelease),
        };
    }

    public static bool operator <(DataVersion left, DataVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(DataVersion left, DataVersion right) => left.CompareTo(right) > 0;

    /// <inheritdoc />
    public override string ToString() => Prerelease.Length == 0 ? Numbers.ToString() : $"{Numbers}-{Prerelease}";
}
