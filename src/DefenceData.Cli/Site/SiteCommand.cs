namespace DefenceData.Cli.Site;

/// <summary><c>site -o &lt;dir&gt; [--articles &lt;dir&gt;]</c>: writes the static site and says where to open it.</summary>
internal static class SiteCommand
{
    public static int Run(string directory, string articlesDirectory, TextWriter output)
    {
        OutputDirectory.Prepare(directory);
        var articles = ArticleTexts.Load(articlesDirectory);
        var pages = SiteBuilder.Write(directory, articles);
        output.WriteLine($"{pages} pages written; open {Path.Combine(directory, "index.html")}");
        if (articles.Count < Dataset.Sources.Count)
        {
            output.WriteLine($"{Dataset.Sources.Count - articles.Count} of {Dataset.Sources.Count} articles not found in {articlesDirectory}: their pages show the quotes without the article in full (--articles <dir> names the folder of the article texts).");
        }

        return ExitCodes.Success;
    }
}
