using DefenceData.Metadata;

namespace DefenceData.Cli.Site;

/// <summary>
/// The page of one record: its fields (ids as links), its claims with their quotes, its lists of objects as tables with their own
/// sources, its citations linked to the article's words, and the records that refer to it. A
/// source's page also shows its article in full with every quoted passage marked (<see cref="ArticleText"/>).
/// </summary>
internal sealed class RecordPage(SiteRecords records, Passages passages, IReadOnlyDictionary<string, string> articles)
{
    public Html Write(IndexedRecord record)
    {
        var root = PageLayout.RootOf(records.PagePath(record));
        var values = new ValueWriter(records, passages, root);
        var collection = records.Collections.First(c => c.Name == record.Collection);
        var html = new Html();
        html.Open("p", ("class", "breadcrumb")).Link(root + collection.Folder + "/index.html", collection.Heading).Raw(" › ").Element("code", record.Id).Close("p").Line();
        html.Element("h1", record.Title).Line();
        var type = record.Metadata.RecordType;
        values.Fields(html, record, record.Record, type, "", f => f.Name != "Id");
        values.Claims(html, record, record.Record, type);
        values.ObjectLists(html, record, record.Record, type);

        if (RecordWalker.Citations(record.Record, type).Any(c => !c.Path.Contains('.', StringComparison.Ordinal)))
        {
            html.Open("section", ("class", "sources")).Element("h2", "Sources").Line();
            values.Citations(html, record, record.Record, type, "");
            html.Close("section").Line();
        }

        if (record.Record is Source source && articles.TryGetValue(source.Id, out var text))
        {
            Article(html, values, source, text);
        }

        Referrers(html, values, record);
        return html;
    }

    private void Article(Html html, ValueWriter values, Source source, string text)
    {
        var quoted = passages.Of(source.Id);
        var root = PageLayout.RootOf(records.PagePath(records.Find(records.Sources.Name, source.Id)!));
        html.Open("section", ("class", "article"), ("aria-labelledby", "article-heading")).Line()
            .Element("h2", "The article", ("id", "article-heading"))
            .Element("p", $"The full text; the {quoted.Count} passages the data quotes are marked. Each mark leads to the records that cite it.", ("class", "note")).Line()
            .Open("div", ("class", "article-text")).Line();
        ArticleText.Write(html, text, quoted);
        html.Close("div").Close("section").Line();

        html.Open("section", ("class", "passages"), ("aria-labelledby", "passages-heading")).Line()
            .Element("h2", "Quoted passages and the records that cite them", ("id", "passages-heading")).Line()
            .Open("ol").Line();
        foreach (var passage in quoted)
        {
            html.Open("li", ("id", "cited-" + passage.Id));
            html.Open("blockquote").Link("#" + passage.Id, text[passage.Start..passage.End], title: "Back to these words in the article").Close("blockquote");
            html.Open("ul", ("class", "cited-by"));
            foreach (var citation in passage.Citations)
            {
                html.Open("li", ("data-cite", citation.Key));
                html.Link($"{root}{records.PagePath(citation.Record)}#{ValueWriter.CitationAnchor(citation.Path)}", citation.Record.Title);
                html.Raw(" ").Element("span", $"({records.Collections.First(c => c.Name == citation.Record.Collection).Heading.ToLowerInvariant()}, {citation.Path})", ("class", "path"));
                html.Close("li");
            }

            html.Close("ul").Close("li").Line();
        }

        html.Close("ol").Close("section").Line();
    }

    private void Referrers(Html html, ValueWriter values, IndexedRecord record)
    {
        var referrers = records.ReferrersOf(record);
        if (referrers.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "referrers")).Element("h2", "Referred to by").Line();
        foreach (var group in referrers.GroupBy(r => r.From.Collection))
        {
            html.Element("h3", records.Collections.First(c => c.Name == group.Key).Heading).Open("ul").Line();
            foreach (var (from, property) in group.DistinctBy(r => (r.From.Id, r.Property)))
            {
                html.Open("li");
                values.RecordLink(html, from);
                html.Raw(" ").Element("span", "(" + values.Label(from.Metadata.RecordType.Field(property)!).ToLowerInvariant() + ")", ("class", "path"));
                html.Close("li").Line();
            }

            html.Close("ul").Line();
        }

        html.Close("section").Line();
    }
}
