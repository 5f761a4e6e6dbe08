using System.Collections.Generic;

namespace DefenceData.Generators.Binding;

/// <summary>Path arithmetic on '/'-separated paths, done by hand so it is the same on every OS and touches no disk.</summary>
internal static class DataPaths
{
    public static string Normalize(string path)
    {
        var slashed = path.Replace('\\', '/');
        var rooted = slashed.StartsWith("/", System.StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in slashed.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return (rooted ? "/" : "") + string.Join("/", parts);
    }

    /// <summary>The path relative to the data directory, or null when the file is not under it.</summary>
    public static string? RelativeTo(string path, string? dataDirectory)
    {
        if (string.IsNullOrEmpty(dataDirectory))
        {
            return null;
        }

        var file = Normalize(path);
        var root = Normalize(dataDirectory!).TrimEnd('/') + "/";
        return file.StartsWith(root, System.StringComparison.Ordinal) ? file.Substring(root.Length) : null;
    }

    /// <summary>Whether a file is in a collection's folder (or below it).</summary>
    public static bool InFolder(string path, string folder, string? dataDirectory)
    {
        var relative = RelativeTo(path, dataDirectory);
        if (relative is not null)
        {
            return relative.StartsWith(folder + "/", System.StringComparison.Ordinal);
        }

        // Without a data directory: the file's own folder path ends with the collection folder.
        var file = Normalize(path);
        var directory = file.Substring(0, System.Math.Max(0, file.LastIndexOf('/')));
        return directory.EndsWith("/" + folder, System.StringComparison.Ordinal) || directory == folder;
    }

    /// <summary>Whether <paramref name="path"/> is the evidence file named <paramref name="relative"/>.</summary>
    public static bool IsEvidenceFile(string path, string relative, string? dataDirectory)
    {
        var rel = RelativeTo(path, dataDirectory);
        var wanted = Normalize(relative);
        return rel is not null ? rel == wanted : Normalize(path).EndsWith("/" + wanted, System.StringComparison.Ordinal);
    }

    /// <summary>
    /// A data file's path as a reader finds it in the repository, the same on every machine: the data
    /// directory's own name, then the path within it (<c>data/people/amir-baram.yaml</c>); the file
    /// name alone when it is outside the data directory or there is none.
    /// </summary>
    public static string Display(string path, string? dataDirectory)
    {
        var file = Normalize(path);
        if (dataDirectory is not null && RelativeTo(path, dataDirectory) is { } relative)
        {
            var directory = Normalize(dataDirectory).TrimEnd('/');
            return directory.Substring(directory.LastIndexOf('/') + 1) + "/" + relative;
        }

        return file.Substring(file.LastIndexOf('/') + 1);
    }
}
