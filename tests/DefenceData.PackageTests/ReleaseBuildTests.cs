using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Xml.Linq;

namespace DefenceData.PackageTests;

/// <summary>
/// The packages as a release build makes them: a CI build (<c>ContinuousIntegrationBuild</c>) in a
/// clone with a GitHub remote, packed, must give a deterministic assembly and a symbol package
/// whose Source Link maps every source to that commit. Built in a scratch copy, since the
/// repository under test may have no remote.
/// </summary>
[Collection(ScratchBuildsCollection.Name)]
public sealed class ReleaseBuildTests(EditedRepository repository)
{
    private static readonly Guid s_sourceLink = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Fact]
    public void A_ci_pack_is_deterministic_and_source_linked_to_its_commit()
    {
        repository.Pack.EnsureSuccess();
        var (feed, commit) = (repository.Feed, repository.Commit);
        var version = Directory.GetFiles(feed, "DefenceData.*.snupkg").Select(Path.GetFileName).Single()!["DefenceData.".Length..^".snupkg".Length];

        using var package = ZipFile.OpenRead(Path.Combine(feed, $"DefenceData.{version}.nupkg"));
        using var symbols = ZipFile.OpenRead(Path.Combine(feed, $"DefenceData.{version}.snupkg"));
        var source = Nuspec(package).Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal((EditedRepository.Remote, commit), (source.Attribute("url")?.Value, source.Attribute("commit")?.Value));
        using var dll = new PEReader(new MemoryStream(Read(package, "lib/net10.0/DefenceData.dll")));
        Assert.Contains(dll.ReadDebugDirectory(), e => e.Type == DebugDirectoryEntryType.Reproducible);

        using var pdb = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(Read(symbols, "lib/net10.0/DefenceData.pdb")));
        var reader = pdb.GetMetadataReader();
        Assert.Contains($"\"/_/*\":\"https://raw.githubusercontent.com/defencedata/DefenceData/{commit}/*\"", SourceLink(reader), StringComparison.Ordinal);
        Assert.All(reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)),
            name => Assert.StartsWith("/_/", name, StringComparison.Ordinal));
    }

    private static string SourceLink(MetadataReader reader) =>
        reader.CustomDebugInformation.Select(reader.GetCustomDebugInformation)
            .Where(c => reader.GetGuid(c.Kind) == s_sourceLink)
            .Select(c => Encoding.UTF8.GetString(reader.GetBlobBytes(c.Value)))
            .SingleOrDefault() ?? "(no Source Link in the pdb)";

    private static byte[] Read(ZipArchive zip, string entry)
    {
        using var stream = zip.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static XElement Nuspec(ZipArchive zip)
    {
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }
}
