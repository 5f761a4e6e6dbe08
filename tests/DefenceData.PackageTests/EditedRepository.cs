namespace DefenceData.PackageTests;

/// <summary>
/// One scratch copy of the repository changed as a contributor changes it, committed with a GitHub
/// remote and built once as a release is: docs/ARCHITECTURE.md's "To add a field" (a text property on
/// <c>Event</c> with its public API lines, given in one YAML file) and README's "Adding a record" (a
/// YAML file and nothing else), then the library packed as a CI build and the CLI built against it.
/// Shared by the tests of <see cref="ScratchBuildsCollection"/> that read it: one full build of the
/// generator and the library for all of them.
/// </summary>
public sealed class EditedRepository : IDisposable
{
    /// <summary>The remote the copy's commit is pushed to, as far as Source Link can tell.</summary>
    public const string Remote = "https://github.com/defencedata/DefenceData.git";

    /// <summary>The new field's value in the one event that gives it.</summary>
    public const string Codename = "Scratch Codename";

    /// <summary>The added record's file, in data/people.</summary>
    public const string NewRecordFile = "amir-baram-again.yaml";

    private static readonly string[] s_releaseBuild = ["-c", "Release", "-p:ContinuousIntegrationBuild=true", "-p:NuGetAudit=false", "--disable-build-servers"];

    private readonly ScratchRepository _scratch = new("src/DefenceData.Cli");

    public EditedRepository()
    {
        AddCodenameToEvents(Root);
        AddRecord(Root);
        Commit = _scratch.CommitWithRemote(Remote);
        Pack = DotnetProcess.Run(Root, ScratchRepository.UserPackagesFolder, ["pack", "src/DefenceData", .. s_releaseBuild, "-o", Feed]);
        // The same global properties as the pack's, so the library it built is up to date and not built again.
        CliBuild = DotnetProcess.Run(Root, ScratchRepository.UserPackagesFolder, ["build", "src/DefenceData.Cli", .. s_releaseBuild]);
    }

    /// <summary>The copy's root folder.</summary>
    public string Root => _scratch.Root;

    /// <summary>The commit holding the changes.</summary>
    public string Commit { get; }

    /// <summary>The folder the library was packed into.</summary>
    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The library's CI pack (a build of the generator and the library with it).</summary>
    public DotnetResult Pack { get; }

    /// <summary>The CLI's build against the packed library.</summary>
    public DotnetResult CliBuild { get; }

    /// <summary>The CLI the copy built.</summary>
    public string Cli => Path.Combine(Root, "src", "DefenceData.Cli", "bin", "Release", "net10.0", "DefenceData.Cli.dll");

    public void Dispose() => _scratch.Dispose();

    // The field as a user adds it: the property with its doc, its public API lines, its value in one record.
    private static void AddCodenameToEvents(string root)
    {
        var model = Path.Combine(root, "src", "DefenceData", "Model", "Event.cs");
        File.WriteAllText(model, File.ReadAllText(model).Replace(
            "    public string? CameoCode { get; init; }",
            "    public string? CameoCode { get; init; }\n\n    /// <summary>The code name the articles give it, if any.</summary>\n    public string? Codename { get; init; }",
            StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(root, "src", "DefenceData", "PublicAPI.Unshipped.txt"),
            "DefenceData.Event.Codename.get -> string?\nDefenceData.Event.Codename.init -> void\n");
        File.AppendAllText(Path.Combine(root, "data", "events", "baram-visit-india-2025-07-22.yaml"), $"codename: {Codename}\n");
    }

    // The record as a user adds it: a YAML file in its collection's folder, and no other step.
    private static void AddRecord(string root)
    {
        var people = Path.Combine(root, "data", "people");
        File.WriteAllText(Path.Combine(people, NewRecordFile),
            File.ReadAllText(Path.Combine(people, "amir-baram.yaml")).Replace("id: amir-baram\n", "id: amir-baram-again\n", StringComparison.Ordinal));
    }
}
