namespace DefenceData.Cli.Site;

/// <summary>
/// The frame of every page: landmarks (header with the site's navigation and search, main, footer),
/// a skip link, relative links to the shared style and scripts so the site works from <c>file://</c>.
/// </summary>
internal sealed class PageLayout(SiteRecords records)
{
    /// <summary>The relative path from a page at this path back to the site root: "" or "../".</summary>
    public static string RootOf(string pagePath) => string.Concat(Enumerable.Repeat("../", pagePath.Count(c => c == '/')));

    /// <summary>Wraps the main content in the page frame.</summary>
    /// <param name="pagePath">The page's path from the site root (e.g. <c>people/amir-baram.html</c>).</param>
    /// <param name="title">The page title (also its h1, written by the content).</param>
    /// <param name="main">The content of the main landmark.</param>
    public string Page(string pagePath, string title, Html main)
    {
        var root = RootOf(pagePath);
        var html = new Html();
        html.Raw("<!DOCTYPE html>").Line()
            .Raw("<html lang=\"en\">").Line()
            .Raw("<head>").Line()
            .Raw("<meta charset=\"utf-8\">").Line()
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").Line()
            .Element("title", title + " · DefenceData").Line()
            .Raw("<link rel=\"icon\" href=\"data:,\">").Line()
            .Open("link", ("rel", "stylesheet"), ("href", root + "assets/site.css")).Line()
            .Raw("</head>").Line()
            .Open("body", ("data-root", root)).Line()
            .Raw("<a class=\"skip\" href=\"#main\">Skip to content</a>").Line();
        Header(html, root);
        html.Raw("<main id=\"main\" tabindex=\"-1\">").Line().Raw(main.ToString()).Line().Raw("</main>").Line();
        html.Open("footer", ("class", "site")).Text($"{DatasetInfo.Describe()}. Every fact links to the words of its article; every quoted passage links to the facts it supports.").Close("footer").Line();
        html.Open("script", ("src", root + "assets/search-index.js")).Close("script").Line()
            .Open("script", ("src", root + "assets/site.js")).Close("script").Line()
            .Raw("</body>").Line().Raw("</html>").Line();
        return html.ToString();
    }

    private void Header(Html html, string root)
    {
        html.Open("header", ("class", "site")).Line()
            .Link(root + "index.html", "DefenceData", "brand").Line()
            .Open("nav", ("aria-label", "Site")).Open("ul").Line();
        html.Open("li").Link(root + "timeline.html", "Timeline").Close("li");
        html.Open("li").Link(root + "conflicts.html", "Conflicts").Close("li");
        foreach (var collection in records.Collections)
        {
            html.Open("li").Link(root + collection.Folder + "/index.html", collection.Heading).Close("li");
        }

        html.Close("ul").Close("nav").Line();
        html.Raw("<form class=\"search\" role=\"search\" action=\"#\">")
            .Raw("<label for=\"search\">Search names, titles and ids</label>")
            .Raw("<input id=\"search\" type=\"search\" autocomplete=\"off\" aria-describedby=\"search-status\" aria-controls=\"search-results\">")
            .Raw("<p id=\"search-status\" class=\"visually-hidden\" aria-live=\"polite\"></p>")
            .Raw("<ul id=\"search-results\" hidden></ul>")
            .Raw("</form>").Line();
        html.Close("header").Line();
    }
}
