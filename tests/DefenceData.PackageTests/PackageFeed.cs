using System.Reflection;

namespace DefenceData.PackageTests;

/// <summary>
/// Packs the solution once per test run into a folder feed in a fresh temporary folder, with its
/// own NuGet packages folder, so no package cached by an earlier run is ever used.
/// Shared by the tests of <see cref="PackagesCollection"/> (an xunit collection fixture); deleted afterwards.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = Directory.CreateTempSubdirectory("defencedata-packages-").FullName;
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "nuget-packages");
        Pack = DotnetProcess.Run(RepositoryRoot, PackagesFolder,
            "pack", Path.Combine(RepositoryRoot, "DefenceData.sln"), "-c", Configuration, "--no-build", "-o", Feed).EnsureSuccess();

        // The tool's RID-specific packages (the solution's pack made the pointer package): the Native AOT
        // one where clang can link it, and the framework-dependent fallback.
        var cli = Path.Combine(RepositoryRoot, "src", "DefenceData.Cli");
        if (NativeCli.ClangMissing is null)
        {
            ToolPacks.Add(DotnetProcess.RunWithRegistry(RepositoryRoot, null, "pack", cli, "-c", Configuration, "-r", "linux-x64", "-o", Feed));
        }

        ToolPacks.Add(DotnetProcess.RunWithRegistry(RepositoryRoot, null, "pack", cli, "-c", Configuration, "-r", "any", "-p:PublishAot=false", "-o", Feed));
    }

    /// <summary>
    /// The `dotnet pack -r` runs of the tool's RID-specific packages: not checked here (they need the
    /// registry for the native compiler), so a failure fails the tool tests, not every package test.
    /// </summary>
    public List<DotnetResult> ToolPacks { get; } = [];

    /// <summary>The repository this test project was built from.</summary>
    public static string RepositoryRoot { get; } = Path.GetFullPath(Metadata("RepositoryRoot"));

    /// <summary>The configuration this test project was built in; the packages are packed from the same.</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    /// <summary>The version the solution packs, read from the project (Directory.Build.props) when this test project was built.</summary>
    public static string Version { get; } = Metadata("PackageVersion");

    /// <summary>The temporary folder holding the feed, the packages folder and the consumer copies.</summary>
    public string Root { get; }

    /// <summary>The folder feed the packages were packed into.</summary>
    public string Feed { get; }

    /// <summary>The NuGet packages folder the consumers restore into.</summary>
    public string PackagesFolder { get; }

    /// <summary>The `dotnet pack` run.</summary>
    public DotnetResult Pack { get; }

    /// <summary>
    /// Copies tests/PackageConsumer to a new folder beside the feed, its nuget.config pointing at the
    /// feed and its package references at the version just packed.
    /// </summary>
    /// <param name="name">The folder's name.</param>
    /// <returns>The copy's folder.</returns>
    public string CopyConsumer(string name)
    {
        var template = Path.Combine(RepositoryRoot, "tests", "PackageConsumer");
        var target = Path.Combine(Root, name);
        foreach (var file in Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(template, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj" or "feed" or "packages")
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }

        File.Copy(Path.Combine(RepositoryRoot, "global.json"), Path.Combine(target, "global.json"));
        var props = Path.Combine(target, "Directory.Build.props");
        File.WriteAllText(props, File.ReadAllText(props).Replace(
            "</PropertyGroup>", $"  <DefenceDataVersion>{Version}</DefenceDataVersion>\n  </PropertyGroup>", StringComparison.Ordinal));
        var config = Path.Combine(target, "nuget.config");
        File.WriteAllText(config, File.ReadAllText(config)
            .Replace("value=\"feed\"", $"value=\"{Feed}\"", StringComparison.Ordinal)
            .Replace("value=\"packages\"", $"value=\"{PackagesFolder}\"", StringComparison.Ordinal));
        return target;
    }

    /// <summary>Builds a consumer copy in the same configuration, with fresh compiler processes.</summary>
    /// <param name="directory">The copy's folder.</param>
    /// <returns>The build's result.</returns>
    public DotnetResult Build(string directory) =>
        DotnetProcess.Run(directory, PackagesFolder, "build", "-c", Configuration, "--disable-build-servers");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; never fail a run over it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string Metadata(string key) =>
        typeof(PackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
