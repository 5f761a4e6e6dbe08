using System.Reflection;
using System.Runtime.CompilerServices;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace DefenceData.Testing;

/// <summary>
/// Snapshot assertions with Verify's conventions: <c>Class.Method.verified.txt</c> beside the test
/// (in a <c>Snapshots</c> folder), <c>.received.txt</c> written on mismatch with a readable diff in
/// the failure, and <c>DEFENCEDATA_ACCEPT=1</c> to promote received to verified: on a developer's
/// machine only, never under CI (<c>CI=true</c>), where a stray variable would turn every snapshot
/// test green.
/// Written by hand: Verify itself is not served by the package registry the project builds from; moving
/// to it is a change of this one call site.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variable that accepts received snapshots.</summary>
    public const string AcceptVariable = "DEFENCEDATA_ACCEPT";

    /// <summary>The environment variable CI services set (to <c>true</c>); accepting is refused under it.</summary>
    public const string CiVariable = "CI";

    public static void Verify(string actual, string? name = null, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "") =>
        Verify(actual, Path.Combine(ProjectDirectory(), "Snapshots"), $"{Path.GetFileNameWithoutExtension(callerFile)}.{name ?? callerMember}", Environment.GetEnvironmentVariable);

    /// <summary>Compares <paramref name="actual"/> with <c>baseName.verified.txt</c> in <paramref name="directory"/>, reading settings from <paramref name="environment"/>.</summary>
    internal static void Verify(string actual, string directory, string baseName, Func<string, string?> environment)
    {
        var verifiedPath = Path.Combine(directory, baseName + ".verified.txt");
        var receivedPath = Path.Combine(directory, baseName + ".received.txt");
        var normalized = actual.Replace("\r\n", "\n");
        if (!normalized.EndsWith('\n'))
        {
            normalized += "\n";
        }

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        var accept = environment(AcceptVariable) == "1";
        var underCi = IsCi(environment(CiVariable));
        if (accept && !underCi)
        {
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        var refused = accept ? $" {AcceptVariable}=1 is refused under {CiVariable}={environment(CiVariable)}: accept on a developer machine and commit the verified file." : "";
        throw new XunitException(verified is null
            ? $"No verified snapshot {verifiedPath}. Review {receivedPath}, then rename it or run with {AcceptVariable}=1.{refused}"
            : $"Snapshot {baseName} differs (- verified, + received); received written to {receivedPath}; accept with {AcceptVariable}=1.{refused}\n{Diff(verified, normalized)}");
    }

    /// <summary>Whether a value of <c>CI</c> means a CI run: <c>true</c> (any case) or <c>1</c>, as CI services set it.</summary>
    internal static bool IsCi(string? value) =>
        string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";

    private static string Diff(string verified, string received)
    {
        var model = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(verified, received, ignoreWhitespace: false);
        var lines = new List<string>();
        for (var i = 0; i < model.Lines.Count; i++)
        {
            var line = model.Lines[i];
            var near = Enumerable.Range(Math.Max(0, i - 2), Math.Min(model.Lines.Count, i + 3) - Math.Max(0, i - 2))
                .Any(j => model.Lines[j].Type != ChangeType.Unchanged);
            if (!near)
            {
                continue;
            }

            lines.Add(line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            } + line.Text);
            if (lines.Count > 200)
            {
                lines.Add("  …");
                break;
            }
        }

        return string.Join("\n", lines);
    }

    private static string ProjectDirectory() =>
        typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == "ProjectDirectory").Value!;
}
