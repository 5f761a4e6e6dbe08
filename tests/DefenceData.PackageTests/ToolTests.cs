namespace DefenceData.PackageTests;

/// <summary>
/// The CLI as a .NET tool: `dotnet tool install` from the local feed picks the Native AOT package on
/// linux-x64 (the pointer package lists it and the framework-dependent fallback) and `defencedata`
/// runs as the JIT build does.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ToolTests(PackageFeed feed)
{
    [SkippableFact]
    public void The_tool_installs_from_the_feed_and_runs_the_native_timeline()
    {
        Skip.If(NativeCli.ClangMissing is not null, NativeCli.ClangMissing);
        Assert.All(feed.ToolPacks, pack => pack.EnsureSuccess());
        var tools = Path.Combine(feed.Root, "tools");

        DotnetProcess.Run(feed.Root, feed.PackagesFolder, "tool", "install", "--tool-path", tools, "--source", feed.Feed, "DefenceData.Tool", "--version", PackageFeed.Version).EnsureSuccess();

        var command = Path.Combine(tools, "defencedata");
        var timeline = NativeCli.Run(feed.Root, command, ["timeline"]);
        var jit = NativeCli.Run(feed.Root, "dotnet", [NativeCli.JitAssembly, "timeline"]);
        Assert.Equal(jit, timeline);
        Assert.Contains("jwg-17-2025-11-04", timeline.Output, StringComparison.Ordinal);
        var installed = Directory.EnumerateFiles(Path.Combine(tools, ".store"), "DefenceData.Cli*", SearchOption.AllDirectories).ToArray();
        Assert.Contains(installed, f => Path.GetFileName(f) == "DefenceData.Cli"); // the native binary, not DefenceData.Cli.dll
        Assert.DoesNotContain(installed, f => f.EndsWith(".dll", StringComparison.Ordinal));
    }

    [Fact]
    public void The_tools_platform_packages_pack_without_a_warning()
    {
        Assert.All(feed.ToolPacks, pack => Assert.DoesNotMatch(@"warning [A-Z]+\d{4}", pack.EnsureSuccess().Output));
    }

    [Fact]
    public void The_pointer_package_lists_the_native_and_the_fallback_package()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed.Feed, $"DefenceData.Tool.{PackageFeed.Version}.nupkg"));
        using var settings = new StreamReader(zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
        var xml = System.Xml.Linq.XDocument.Parse(settings.ReadToEnd());

        Assert.Equal("defencedata", xml.Descendants("Command").Single().Attribute("Name")!.Value);
        Assert.Equal(["any", "linux-x64"], xml.Descendants("RuntimeIdentifierPackage").Select(p => p.Attribute("RuntimeIdentifier")!.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_fallback_package_is_framework_dependent()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed.Feed, $"DefenceData.Tool.any.{PackageFeed.Version}.nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("tools/net10.0/any/DefenceData.Cli.dll", entries);
        Assert.Contains("tools/net10.0/any/DefenceData.Cli.runtimeconfig.json", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith(".pdb", StringComparison.Ordinal));
    }
}
