using DefenceData.Cli;
using DefenceData.Cli.Site;
using DefenceData.Generators.Validation;

namespace DefenceData.Tests;

/// <summary>What the site is built from, checked without a browser: passages, conflicts, dates, the command (DefenceData.Site.Tests checks the pages in Chromium).</summary>
public sealed class SiteContentTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("defencedata-site-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Every_citation_has_a_passage_whose_own_text_folds_to_its_quote()
    {
        var articles = ArticleTexts.Load(Path.Combine(RepositoryPaths.Root, "data", "sources", "articles"));
        var passages = new Passages(articles);
        foreach (var record in DatasetIndex.Records)
        {
            foreach (var (path, citation) in Citations(record))
            {
                var passage = passages.For(new CitationSite(record, path, citation));
                Assert.True(passage is not null, $"{record.Id} {path}: no passage");
                Assert.Equal(QuoteFolding.Fold(citation.Quote), QuoteFolding.Fold(articles[citation.SourceId][passage.Start..passage.End]));
            }
        }
    }

    [Fact]
    public void A_passage_spans_the_article_text_as_written_with_its_own_typographic_quotes()
    {
        var articles = ArticleTexts.Load(Path.Combine(RepositoryPaths.Root, "data", "sources", "articles"));
        var record = DatasetIndex.Find("israel-katz")!;
        var (path, citation) = Citations(record).First(c => c.Citation.Quote.Contains('’', StringComparison.Ordinal) || c.Citation.Quote.Contains('\'', StringComparison.Ordinal));
        var passage = new Passages(articles).For(new CitationSite(record, path, citation))!;
        var text = articles[citation.SourceId][passage.Start..passage.End];
        Assert.Equal(QuoteFolding.Fold(citation.Quote), QuoteFolding.Fold(text));
        Assert.False(char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
    }

    [Fact]
    public void Citations_with_the_same_quote_in_one_article_share_a_passage()
    {
        var passages = new Passages(ArticleTexts.Load(Path.Combine(RepositoryPaths.Root, "data", "sources", "articles")));
        var shared = Dataset.Sources.SelectMany(s => passages.Of(s.Id)).Where(p => p.Citations.Count > 1).ToArray();
        Assert.NotEmpty(shared);
        Assert.All(shared, p => Assert.Single(p.Citations.Select(c => QuoteFolding.Fold(c.Citation.Quote)).Distinct()));
    }

    [Fact]
    public void The_conflicts_are_baram_s_rank_forms_and_the_pahalgam_death_toll_not_agreeing_reports()
    {
        var conflicts = Conflicts.Find().Select(c => (c.Record.Id, c.Field.Name)).ToArray();
        Assert.Contains(("amir-baram", "Roles"), conflicts);
        Assert.Contains(("pahalgam-attack-2025-04-22", "Figures"), conflicts);
        Assert.DoesNotContain(("rajesh-kumar-singh", "Roles"), conflicts);
        Assert.DoesNotContain(conflicts, c => c.Name is "Summary" or "Description");
    }

    [Theory]
    [InlineData("2025-07-23", "23 July 2025")]
    [InlineData("2024-07", "July 2024")]
    [InlineData("1992", "1992")]
    public void A_date_is_shown_at_its_precision(string date, string text) =>
        Assert.Equal(text, DateText.Of(PartialDate.Parse(date)));

    [Fact]
    public void A_span_within_a_month_shares_month_and_year() =>
        Assert.Equal("22–23 July 2025", DateText.Span(PartialDate.Parse("2025-07-22"), PartialDate.Parse("2025-07-23")));

    [Fact]
    public void The_site_command_writes_a_page_per_record_and_per_collection()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, CliApp.Run(["site", "-o", _directory, "--articles", Path.Combine(RepositoryPaths.Root, "data", "sources", "articles")], new CliIo(output, TextWriter.Null, () => new MemoryStream())));
        // One page per record file at folder/id.html, one index per collection folder, and the home,
        // timeline and conflicts pages: nothing else, nothing less.
        var expected = DataFiles.Collections.SelectMany(c => c.Ids.Select(id => $"{c.Folder}/{id}.html").Append($"{c.Folder}/index.html"))
            .Concat(["index.html", "timeline.html", "conflicts.html"])
            .Order(StringComparer.Ordinal);
        var written = Directory.EnumerateFiles(_directory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, written);
        Assert.StartsWith($"{expected.Count()} pages written", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Event_and_statement_pages_show_the_cameo_codes_description_quad_class_and_goldstein_value()
    {
        Assert.Equal(ExitCodes.Success, CliApp.Run(["site", "-o", _directory], new CliIo(TextWriter.Null, TextWriter.Null, () => new MemoryStream())));
        var visit = File.ReadAllText(Path.Combine(_directory, "events", "baram-visit-india-2025-07-22.html"));
        Assert.Contains("042 <span class=\"cameo-description\">Make a visit</span> <span class=\"cameo-class\"", visit, StringComparison.Ordinal);
        Assert.Contains("(root 04 consult; verbal cooperation; Goldstein &#x2B;1.9)</span>", visit, StringComparison.Ordinal);
        var condemnation = File.ReadAllText(Path.Combine(_directory, "statements", "baram-condemns-pahalgam-attack.html"));
        Assert.Contains("<span class=\"cameo-description\">Criticize or denounce</span>", condemnation, StringComparison.Ordinal);
        Assert.Contains("(root 11 disapprove; verbal conflict; Goldstein −2.0)</span>", condemnation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_page_shows_each_claim_with_its_quotes_and_the_article_links_back_to_each_claim_quote()
    {
        Assert.Equal(ExitCodes.Success, CliApp.Run(["site", "-o", _directory, "--articles", Path.Combine(RepositoryPaths.Root, "data", "sources", "articles")], new CliIo(TextWriter.Null, TextWriter.Null, () => new MemoryStream())));
        var visit = Events.Get("baram-visit-india-2025-07-22");
        var page = File.ReadAllText(Path.Combine(_directory, "events", visit.Id + ".html"));
        Assert.Equal(visit.Summary.Count, CountOf(page, "<span class=\"claim\" tabindex=\"0\""));
        for (var i = 0; i < visit.Summary.Count; i++)
        {
            Assert.Contains(new Html().Text(visit.Summary[i].Text).ToString() + "<span class=\"claim-quotes\" id=\"quotes-summary-" + i + "\" role=\"tooltip\">", page, StringComparison.Ordinal);
            for (var j = 0; j < visit.Summary[i].Citations.Count; j++)
            {
                var anchor = $"cite-summary-{i}-citations-{j}";
                Assert.Contains($"id=\"{anchor}\"", page, StringComparison.Ordinal);
                var article = File.ReadAllText(Path.Combine(_directory, "sources", visit.Summary[i].Citations[j].SourceId + ".html"));
                Assert.Contains($"events/{visit.Id}.html#{anchor}\"", article, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain("<th scope=\"col\">Text</th>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_article_texts_the_site_shows_the_quotes_alone_and_says_so()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, CliApp.Run(["site", "-o", _directory, "--articles", Path.Combine(_directory, "no-articles-here")], new CliIo(output, TextWriter.Null, () => new MemoryStream())));

        Assert.Contains($"{Dataset.Sources.Count} of {Dataset.Sources.Count} articles not found", output.ToString(), StringComparison.Ordinal);
        var source = File.ReadAllText(Path.Combine(_directory, "sources", "article-000.html"));
        Assert.DoesNotContain("class=\"article-text\"", source, StringComparison.Ordinal);
        var visit = File.ReadAllText(Path.Combine(_directory, "events", "baram-visit-india-2025-07-22.html"));
        Assert.Contains(new Html().Text(Events.Get("baram-visit-india-2025-07-22").Citations[0].Quote).ToString(), visit, StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_command_needs_an_output_directory()
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Usage, CliApp.Run(["site"], new CliIo(TextWriter.Null, error, () => new MemoryStream())));
        Assert.Contains("--output", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_command_into_a_file_is_an_io_failure()
    {
        var file = Path.Combine(_directory, "taken");
        File.WriteAllText(file, "");
        var error = new StringWriter();
        Assert.Equal(ExitCodes.IoFailure, CliApp.Run(["site", "-o", file], new CliIo(TextWriter.Null, error, () => new MemoryStream())));
        Assert.Equal($"'{file}' is a file; --output needs a directory.", error.ToString().Trim());
    }

    private static IEnumerable<(string Path, Citation Citation)> Citations(IndexedRecord record) =>
        Fixtures.Citations.Where(row => (string)row[0] == record.Collection && (string)row[1] == record.Id).Select(row => ((string)row[2], (Citation)row[3]));

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
