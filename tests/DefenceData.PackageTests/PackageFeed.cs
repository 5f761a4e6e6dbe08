using System.Collections.Concurrent;
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
        // one where clang can link it, and the framework-dependent fallback. A trim or AOT warning fails
        // the native compile in any configuration, so one left by an earlier, incremental run cannot pass unseen.
        var cli = Path.Combine(RepositoryRoot, "src", "DefenceData.Cli");
        if (NativeCli.ClangMissing is null)
        {
            NativePack = DotnetProcess.RunWithRegistry(RepositoryRoot, null, "pack", cli, "-c", Configuration, "-r", "linux-x64", "-p:IlcTreatWarningsAsErrors=true", "-o", Feed);
            ToolPacks.Add(NativePack);
        }

        ToolPacks.Add(DotnetProcess.RunWithRegistry(RepositoryRoot, null, "pack", cli, "-c", Configuration, "-r", "any", "-p:PublishAot=false", "-o", Feed));
        Native = new NativeCli(this);
    }

    private readonly ConcurrentDictionary<string, Lazy<BuiltConsumer>> _consumers = new(StringComparer.Ordinal);

    /// <summary>The `dotnet pack -r linux-x64` run of the tool's Native AOT package, when clang can link it.</summary>
    public DotnetResult? NativePack { get; }

    /// <summary>The CLI's native binary, out of that package.</summary>
    public NativeCli Native { get; }

    /// <summary>
    /// tests/PackageConsumer as it is, copied, built and run once: shared by the tests that read what
    /// an unchanged consumer builds and prints (a test that changes the consumer copies its own).
    /// </summary>
    public BuiltConsumer Consumer => BuiltConsumer("consumer", _ => { });

    /// <summary>
    /// A copy of tests/PackageConsumer named <paramref name="name"/>, changed by <paramref name="change"/>
    /// (given the copy's folder), built and run once: the tests that read the same changed consumer share it.
    /// </summary>
    /// <param name="name">The copy's folder name; one change per name.</param>
    /// <param name="change">Changes the copy before it is built.</param>
    /// <returns>The built consumer.</returns>
    public BuiltConsumer BuiltConsumer(string name, Action<string> change) =>
        _consumers.GetOrAdd(name, _ => new Lazy<BuiltConsumer>(() => PackageTests.BuiltConsumer.Of(this, name, change))).Value;

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
