using System.IO.Compression;
using System.Xml.Linq;

namespace DefenceData.PackageTests;

/// <summary>What `dotnet pack DefenceData.sln` puts in the feed, and what each package holds.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageContentTests(PackageFeed feed)
{
    private static string Version => PackageFeed.Version;

    [Fact]
    public void Packing_makes_the_two_libraries_their_symbols_and_the_tool_with_its_platform_packages()
    {
        string[] native = NativeCli.ClangMissing is null ? [$"DefenceData.Tool.linux-x64.{Version}.nupkg"] : [];
        Assert.Equal(
            new[] { $"DefenceData.{Version}.nupkg", $"DefenceData.{Version}.snupkg", $"DefenceData.Generators.{Version}.nupkg", $"DefenceData.Tool.{Version}.nupkg", $"DefenceData.Tool.any.{Version}.nupkg" }
                .Concat(native).Order(StringComparer.Ordinal),
            Directory.GetFiles(feed.Feed).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_dataset_package_holds_the_assembly_its_docs_and_the_readme_but_not_the_articles()
    {
        var entries = Entries($"DefenceData.{Version}.nupkg");
        Assert.Contains("lib/net10.0/DefenceData.dll", entries);
        Assert.Contains("lib/net10.0/DefenceData.xml", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith(".txt", StringComparison.Ordinal) || e.EndsWith(".yaml", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_dataset_package_has_license_tags_repository_and_no_dependency_on_the_generator()
    {
        var metadata = Nuspec($"DefenceData.{Version}.nupkg");
        Assert.Equal("MIT AND CC-BY-4.0", Element(metadata, "license").Value);
        Assert.Contains("dataset", Element(metadata, "tags").Value, StringComparison.Ordinal);
        Assert.Equal("git", Element(metadata, "repository").Attribute("type")?.Value);
        Assert.Equal("README.md", Element(metadata, "readme").Value);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void The_dataset_package_carries_both_licences_and_the_changelog_its_release_notes_point_to()
    {
        var entries = Entries($"DefenceData.{Version}.nupkg");
        Assert.Contains("LICENSE", entries);
        Assert.Contains("LICENSE-DATA", entries);
        Assert.Contains("CHANGELOG.md", entries);
        Assert.Contains("CHANGELOG.md", Element(Nuspec($"DefenceData.{Version}.nupkg"), "releaseNotes").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_package_is_mit_and_carries_the_licence()
    {
        Assert.Equal("MIT", Element(Nuspec($"DefenceData.Generators.{Version}.nupkg"), "license").Value);
        Assert.Contains("LICENSE", Entries($"DefenceData.Generators.{Version}.nupkg"));
    }

    [Theory]
    [InlineData("DefenceData.{0}.nupkg")]
    [InlineData("DefenceData.{0}.snupkg")]
    [InlineData("DefenceData.Generators.{0}.nupkg")]
    [InlineData("DefenceData.Tool.{0}.nupkg")]
    [InlineData("DefenceData.Tool.any.{0}.nupkg")]
    [InlineData("DefenceData.Tool.linux-x64.{0}.nupkg")]
    public void No_package_holds_the_text_of_an_article(string package)
    {
        if (!File.Exists(Path.Combine(feed.Feed, string.Format(System.Globalization.CultureInfo.InvariantCulture, package, Version))))
        {
            Assert.NotNull(NativeCli.ClangMissing); // only the native package may be missing, and only without clang
            return;
        }

        // Each article's longest paragraph: far longer than any quote a citation ships.
        var paragraphs = Directory.GetFiles(Path.Combine(PackageFeed.RepositoryRoot, "data", "sources", "articles"), "*.txt")
            .Select(f => File.ReadAllLines(f).MaxBy(l => l.Length)!.Trim())
            .ToArray();
        Assert.All(paragraphs, p => Assert.True(p.Length > 200, p));

        using var zip = ZipFile.OpenRead(Path.Combine(feed.Feed, string.Format(System.Globalization.CultureInfo.InvariantCulture, package, Version)));
        foreach (var entry in zip.Entries)
        {
            var bytes = ReadAll(entry);
            foreach (var paragraph in paragraphs)
            {
                Assert.False(Contains(bytes, System.Text.Encoding.UTF8.GetBytes(paragraph)), $"{entry.FullName} holds article text: {paragraph[..60]}…");
                Assert.False(Contains(bytes, System.Text.Encoding.Unicode.GetBytes(paragraph)), $"{entry.FullName} holds article text (UTF-16): {paragraph[..60]}…");
            }
        }
    }

    [Fact]
    public void The_symbols_package_holds_the_pdb()
    {
        Assert.Contains("lib/net10.0/DefenceData.pdb", Entries($"DefenceData.{Version}.snupkg"));
    }

    [Fact]
    public void The_generator_package_ships_yamldotnet_beside_the_generator_and_the_props()
    {
        var entries = Entries($"DefenceData.Generators.{Version}.nupkg");
        Assert.Contains("analyzers/dotnet/cs/DefenceData.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("build/DefenceData.Generators.props", entries);
        Assert.Contains("buildTransitive/DefenceData.Generators.props", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generator_package_is_a_development_dependency_with_no_dependencies()
    {
        var metadata = Nuspec($"DefenceData.Generators.{Version}.nupkg");
        Assert.Equal("true", Element(metadata, "developmentDependency").Value);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    private string[] Entries(string package)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(feed.Feed, package));
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private XElement Nuspec(string package)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(feed.Feed, package));
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static XElement Element(XElement metadata, string name) =>
        metadata.Elements().Single(e => e.Name.LocalName == name);
}
