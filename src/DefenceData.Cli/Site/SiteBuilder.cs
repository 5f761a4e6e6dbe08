using System.Text;

namespace DefenceData.Cli.Site;

/// <summary>
/// Writes the static site into a directory: the home page, the timeline, the conflicts, an index
/// page per collection and a page per record (a source's page is its article, quotes marked), the
/// style and scripts and the search index. Plain files with relative links: they work from
/// <c>file://</c> and any static host, with nothing fetched from elsewhere.
/// </summary>
internal static class SiteBuilder
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the site.</summary>
    /// <param name="directory">The output directory, created if missing; files of the same names are overwritten.</param>
    /// <param name="articles">Each source's article text, by source id (<see cref="ArticleTexts.Load"/>); a source without one gets no article page text.</param>
    /// <returns>The number of pages written.</returns>
    public static int Write(string directory, IReadOnlyDictionary<string, string> articles)
    {
        var records = new SiteRecords();
        var passages = new Passages(articles);
        var layout = new PageLayout(records);
        var pages = 0;

        void Page(string path, string title, Html main)
        {
            WriteFile(directory, path, layout.Page(path, title, main));
            pages++;
        }

        Page("index.html", "India–Israel defence cooperation", new IndexPage(records).Write());
        Page("timeline.html", "Timeline", new TimelinePage(records).Write());
        Page("conflicts.html", "Where the articles differ", new ConflictsPage(records, passages).Write());
        var collectionPage = new CollectionPage(records);
        var recordPage = new RecordPage(records, passages, articles);
        foreach (var collection in records.Collections)
        {
            Page(collection.Folder + "/index.html", collection.Heading, collectionPage.Write(collection));
            foreach (var record in records.In(collection))
            {
                Page(records.PagePath(record), record.Title, recordPage.Write(record));
            }
        }

        WriteFile(directory, "assets/search-index.js", SearchIndex.Script(records));
        WriteFile(directory, "assets/site.css", SiteAssets.Read("site.css"));
        WriteFile(directory, "assets/site.js", SiteAssets.Read("site.js"));
        return pages;
    }

    private static void WriteFile(string directory, string path, string text)
    {
        var full = Path.Combine(directory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"), s_utf8);
    }
}

/// <summary>
/// The article texts, read at run time from a folder (the repository's data/sources/articles): they
/// are the build's evidence, the publishers' text, and no package carries them, the CLI tool included.
/// </summary>
internal static class ArticleTexts
{
    /// <summary>Where the articles are when the CLI runs from the repository's root.</summary>
    public const string DefaultDirectory = "data/sources/articles";

    /// <summary>Each source's article text, by source id, for the sources whose evidence file is in <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder holding the evidence files (by file name).</param>
    /// <returns>The texts found; none when the folder does not exist.</returns>
    public static IReadOnlyDictionary<string, string> Load(string directory) =>
        Dataset.Sources
            .Select(s => (s.Id, Path: Path.Combine(directory, Path.GetFileName(s.EvidenceFile))))
            .Where(s => File.Exists(s.Path))
            .ToDictionary(s => s.Id, s => File.ReadAllText(s.Path, Encoding.UTF8), StringComparer.Ordinal);
}

/// <summary>Files built into the CLI as resources: the site's style and script.</summary>
internal static class SiteAssets
{
    public static string Read(string name)
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("DefenceData.Site/" + name)
            ?? throw new InvalidOperationException($"The CLI was built without its resource '{name}'.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
