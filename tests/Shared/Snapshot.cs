using System.Reflection;
using System.Runtime.CompilerServices;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace DefenceData.Testing;

/// <summary>
/// Snapshot assertions with Verify's conventions: <c>Class.Method.verified.txt</c> beside the test
/// (in a <c>Snapshots</c> folder), <c>.received.txt</c> written on mismatch with a readable diff in
/// the failure, and <c>DEFENCEDATA_ACCEPT=1</c> to promote received to verified.
/// Written by hand: Verify itself is not served by the package registry the project builds from; moving
/// to it is a change of this one call site.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variable that accepts received snapshots.</summary>
    public const string AcceptVariable = "DEFENCEDATA_ACCEPT";

    public static void Verify(string actual, string? name = null, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "")
    {
        var directory = Path.Combine(ProjectDirectory(), "Snapshots");
        var className = Path.GetFileNameWithoutExtension(callerFile);
        var baseName = $"{className}.{name ?? callerMember}";
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
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        throw new XunitException(verified is null
            ? $"No verified snapshot {verifiedPath}. Review {receivedPath}, then rename it or run with {AcceptVariable}=1."
            : $"Snapshot {baseName} differs (- verified, + received); received written to {receivedPath}; accept with {AcceptVariable}=1.\n{Diff(verified, normalized)}");
    }

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
