using System.Text.Json;
using System.Text.RegularExpressions;
using DefenceData.Cli;
using DefenceData.Generators.Validation;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DefenceData.Site.Tests;

/// <summary>The static site in headless Chromium: links, quotes, console, search, layout, screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteTests(BrowserSite site, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Every_internal_link_resolves_to_a_page_and_its_anchor()
    {
        site.RequireBrowser();
        var pages = await site.Crawl();
        var broken = new List<string>();
        foreach (var page in pages.Values)
        {
            foreach (var link in page.Links)
            {
                var parts = link.Split('#', 2);
                var target = site.PathOf(parts[0]);
                if (target is null || !File.Exists(Path.Combine(site.Root, target)))
                {
                    broken.Add($"{page.Path}: {link}");
                }
                else if (parts.Length == 2 && parts[1].Length > 0 && !(pages.TryGetValue(target, out var to) && to.Ids.Contains(Uri.UnescapeDataString(parts[1]))))
                {
                    broken.Add($"{page.Path}: {link} (no element with that id)");
                }
            }
        }

        Assert.Empty(broken);
        Assert.True(pages.Count > DatasetIndex.Records.Count, $"only {pages.Count} pages reached");
    }

    [SkippableFact]
    public async Task Every_record_has_a_page_reached_from_the_home_page()
    {
        site.RequireBrowser();
        var pages = await site.Crawl();
        var html = Directory.EnumerateFiles(site.Root, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/'));
        var unreached = html.Where(p => !pages.ContainsKey(p)).ToArray();
        Assert.Empty(unreached);
        Assert.All(DatasetIndex.Records, r => Assert.Contains(pages.Keys, p => p.EndsWith("/" + r.Id + ".html", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task No_page_logs_a_console_error_or_fetches_anything_outside_the_site()
    {
        site.RequireBrowser();
        var pages = await site.Crawl();
        Assert.Empty(pages.Values.SelectMany(p => p.Errors));
        var outside = pages.Values.SelectMany(p => p.Requests).Where(url => !url.StartsWith("data:", StringComparison.Ordinal) && site.PathOf(url) is null).ToArray();
        Assert.Empty(outside);
    }

    [SkippableFact]
    public async Task Every_quote_of_the_data_is_highlighted_in_its_article_page()
    {
        site.RequireBrowser();
        var found = new Dictionary<string, QuoteOnPage>(StringComparer.Ordinal);
        foreach (var source in Dataset.Sources)
        {
            var (page, _, _) = await site.OpenAsync("sources/" + source.Id + ".html");
            var quotes = await page.EvaluateAsync<JsonElement>(QuotesOnPageScript);
            foreach (var quote in quotes.EnumerateArray().Select(QuoteOnPage.From))
            {
                found[quote.Key] = quote;
            }

            await page.Context.CloseAsync();
        }

        var citations = Fixtures.Citations.Select(row => (Key: $"{row[0]}/{row[1]}/{row[2]}", Citation: (Citation)row[3])).ToArray();
        Assert.NotEmpty(citations);
        Assert.All(citations, c =>
        {
            Assert.True(found.TryGetValue(c.Key, out var quote), $"{c.Key}: not among the article's quoted passages");
            Assert.True(quote!.Marks > 0, $"{c.Key}: no marked text");
            Assert.Equal(QuoteFolding.Fold(c.Citation.Quote), QuoteFolding.Fold(quote.Text!));
            Assert.Equal("", quote.Unmarked.Trim());
            Assert.NotEqual("rgba(0, 0, 0, 0)", quote.Background);
        });
    }

    [SkippableFact]
    public async Task A_fact_links_to_its_words_and_the_words_link_back_to_the_fact()
    {
        site.RequireBrowser();
        var (page, _, _) = await site.OpenAsync("people/amir-baram.html");
        await page.Locator("#cite-roles-0-citations-0 a.cite").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"sources/article-000\.html#p\d+$")); // the article page, however busy the machine
        var passage = page.Url.Split('#')[1];
        Assert.Contains("Amir Baram", await page.Locator($"a.q[data-p~='{passage}']").First.InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator($"a.q[data-p~='{passage}']").First.ClickAsync();
        var citedBy = page.Locator($"#cited-{passage} li[data-cite='people/amir-baram/roles[0].citations[0]'] a");
        await citedBy.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/people/amir-baram\.html#cite-roles-0-citations-0$"));
        Assert.EndsWith("people/amir-baram.html#cite-roles-0-citations-0", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Search_finds_a_person_by_part_of_the_name()
    {
        site.RequireBrowser();
        var (page, errors, _) = await site.OpenAsync("timeline.html");
        await page.Locator("#search").FillAsync("bara");
        var result = page.Locator("#search-results a[href$='people/amir-baram.html']");
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(result).ToContainTextAsync("Amir Baram");
        await result.ClickAsync();
        await page.WaitForURLAsync("**/people/amir-baram.html");
        Assert.Equal("Amir Baram", await page.Locator("h1").InnerTextAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Search_is_reached_and_its_results_chosen_by_keyboard()
    {
        site.RequireBrowser();
        var (page, _, _) = await site.OpenAsync("index.html");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Locator("#search").FocusAsync();
        await page.Keyboard.TypeAsync("katz");

        // Events naming Katz may come before him; the arrow keys walk the results to his page.
        var focused = "";
        for (var step = 0; step < 10 && !focused.Contains("Israel Katz", StringComparison.Ordinal); step++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            focused = await page.EvaluateAsync<string>("document.activeElement.textContent");
        }

        Assert.Contains("Israel Katz", focused, StringComparison.Ordinal);
        var navigation = page.WaitForURLAsync("**/people/israel-katz.html");
        await page.Keyboard.PressAsync("Enter");
        await navigation;
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_derived_date_shows_its_derivation_on_focus()
    {
        site.RequireBrowser();
        var (page, _, _) = await site.OpenAsync("timeline.html");
        var e = Events.All.First(e => e.DateDerivation is not null && e.Date is not null);
        var mark = page.Locator($"#{e.Id} .derived");
        var tooltip = mark.Locator(".derivation");
        await Assertions.Expect(tooltip).ToBeHiddenAsync();
        await mark.FocusAsync();
        await Assertions.Expect(tooltip).ToBeVisibleAsync();
        Assert.Equal(e.DateDerivation, await tooltip.InnerTextAsync());
        Assert.Equal(e.DateDerivation, await mark.GetAttributeAsync("title"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_claim_shows_its_quotes_on_hover_and_keyboard_focus_and_in_print()
    {
        site.RequireBrowser();
        var visit = Events.Get("baram-visit-india-2025-07-22");
        var (page, _, _) = await site.OpenAsync("events/" + visit.Id + ".html");
        var claims = page.Locator("section.claims .claim");
        Assert.Equal(visit.Summary.Count, await claims.CountAsync());
        var first = claims.Nth(0);
        var quotes = first.Locator(".claim-quotes");
        await Assertions.Expect(quotes).ToBeHiddenAsync();
        await first.FocusAsync();
        await Assertions.Expect(quotes).ToBeVisibleAsync();
        Assert.Equal(visit.Summary[0].Citations.Count, await quotes.Locator("q").CountAsync());
        Assert.Contains(visit.Summary[0].Citations[0].Quote, await quotes.InnerTextAsync(), StringComparison.Ordinal);
        await first.BlurAsync();
        await Assertions.Expect(quotes).ToBeHiddenAsync();
        var second = claims.Nth(1);
        await second.HoverAsync();
        await Assertions.Expect(second.Locator(".claim-quotes")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(claims.Nth(visit.Summary.Count - 1).Locator(".claim-quotes")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Conflicting_reports_are_shown_side_by_side_one_column_per_article()
    {
        site.RequireBrowser();
        var (page, _, _) = await site.OpenAsync("conflicts.html");
        var rank = page.Locator("section.conflict", new PageLocatorOptions { Has = page.Locator("a[href='people/amir-baram.html']") });
        var versions = rank.Locator("article.version");
        Assert.Equal(People.AmirBaram.Roles.SelectMany(r => r.Citations).Select(c => c.SourceId).Distinct().Count(), await versions.CountAsync());
        foreach (var form in People.AmirBaram.Roles.Select(r => r.Rank!).Distinct())
        {
            Assert.True(await rank.GetByText(form, new LocatorGetByTextOptions { Exact = true }).CountAsync() > 0, form);
        }

        var victims = page.Locator("section.conflict", new PageLocatorOptions { Has = page.Locator("a[href='events/pahalgam-attack-2025-04-22.html']") });
        var columns = victims.Locator("article.version");
        Assert.Equal(2, await columns.CountAsync());
        var (first, second) = (await columns.Nth(0).BoundingBoxAsync(), await columns.Nth(1).BoundingBoxAsync());
        Assert.Equal(first!.Y, second!.Y);
        Assert.True(second.X > first.X + first.Width - 1);
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("timeline.html")]
    [InlineData("sources/article-000.html")]
    [InlineData("people/amir-baram.html")]
    [InlineData("conflicts.html")]
    public async Task A_page_fits_a_phone_screen_without_sideways_scrolling(string path)
    {
        site.RequireBrowser();
        var (page, _, _) = await site.OpenAsync(path, new ViewportSize { Width = 390, Height = 844 });
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 390px screen");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_timeline_and_an_article_page_are_screenshot_into_the_test_output_showing_the_page()
    {
        site.RequireBrowser();
        Directory.CreateDirectory(BrowserSite.ScreenshotDirectory);
        foreach (var (path, name) in new[] { ("timeline.html", "timeline.png"), ("sources/article-000.html", "article-000.png") })
        {
            var (page, _, _) = await site.OpenAsync(path);
            var file = Path.Combine(BrowserSite.ScreenshotDirectory, name);
            var png = Png.Read(await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true }));
            var shown = await page.EvaluateAsync<JsonElement>(ShownOnPageScript);
            await page.Context.CloseAsync();
            output.WriteLine($"screenshot: {file}");

            // The whole page at the viewport's width, not the first screen only nor an empty image.
            Assert.Equal((1280, shown.GetProperty("height").GetInt32()), (png.Width, png.Height));
            Assert.True(png.Height > 900, $"{name}: {png.Height} px high, no longer than one screen");

            // Mostly the page's background, but not only: text is drawn on it.
            var background = Rgb(shown.GetProperty("background").GetString()!);
            var colours = Histogram(png, (0, 0, png.Width, png.Height));
            var common = colours.MaxBy(c => c.Value);
            var share = (double)common.Value / (png.Width * png.Height);
            output.WriteLine($"{name}: {png.Width}×{png.Height}, {colours.Count} colours, {share:P1} background {common.Key}");
            Assert.Equal(background, common.Key);
            Assert.InRange(share, 0.5, 0.98);

            // The heading's words are drawn in the text colour where the page lays the heading out.
            var heading = Box(shown.GetProperty("heading"));
            var text = Rgb(shown.GetProperty("text").GetString()!);
            var headingText = Histogram(png, heading).Where(c => Near(c.Key, text)).Sum(c => c.Value);
            output.WriteLine($"{name}: {headingText} pixels of the text colour {text} in the heading at {heading}");
            Assert.True(headingText > 50, $"{name}: no heading text in {heading}");

            // On the article, a quoted passage is marked: its mark colour fills most of its box.
            if (path.StartsWith("sources/", StringComparison.Ordinal))
            {
                var mark = Box(shown.GetProperty("mark"));
                var highlight = Histogram(png, mark);
                var markColour = Rgb(shown.GetProperty("markBackground").GetString()!);
                output.WriteLine($"{name}: {highlight.GetValueOrDefault(markColour)} of {highlight.Values.Sum()} pixels of the mark at {mark} in {markColour}");
                Assert.NotEqual(background, markColour);
                Assert.True(highlight.GetValueOrDefault(markColour) > highlight.Values.Sum() / 2, $"{name}: the marked passage at {mark} is not highlighted in {markColour}");
            }
        }
    }

    private static (byte R, byte G, byte B) Rgb(string css)
    {
        var parts = css[(css.IndexOf('(', StringComparison.Ordinal) + 1)..css.IndexOf(')', StringComparison.Ordinal)].Split(',', StringSplitOptions.TrimEntries);
        return (byte.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), byte.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), byte.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static (int X, int Y, int Width, int Height) Box(JsonElement box) =>
        ((int)box.GetProperty("x").GetDouble(), (int)box.GetProperty("y").GetDouble(), (int)box.GetProperty("width").GetDouble(), (int)box.GetProperty("height").GetDouble());

    private static Dictionary<(byte R, byte G, byte B), int> Histogram(Png png, (int X, int Y, int Width, int Height) box)
    {
        var counts = new Dictionary<(byte R, byte G, byte B), int>();
        for (var y = Math.Max(0, box.Y); y < Math.Min(png.Height, box.Y + box.Height); y++)
        {
            for (var x = Math.Max(0, box.X); x < Math.Min(png.Width, box.X + box.Width); x++)
            {
                counts[png[x, y]] = counts.GetValueOrDefault(png[x, y]) + 1;
            }
        }

        return counts;
    }

    private static bool Near((byte R, byte G, byte B) a, (byte R, byte G, byte B) b) =>
        Math.Abs(a.R - b.R) + Math.Abs(a.G - b.G) + Math.Abs(a.B - b.B) <= 48;

    // Where the page lays out its heading and its first one-line quoted passage (page coordinates,
    // so they match a full-page screenshot), with the colours the style sheet gives them.
    private const string ShownOnPageScript = """
        () => {
          const box = r => ({ x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height });
          const h1 = document.querySelector('h1');
          const mark = Array.from(document.querySelectorAll('a.q')).find(a => a.getClientRects().length === 1 && a.getBoundingClientRect().width > 40);
          return {
            height: document.documentElement.scrollHeight,
            background: getComputedStyle(document.body).backgroundColor,
            text: getComputedStyle(h1).color,
            heading: box(h1.getBoundingClientRect()),
            mark: mark ? box(mark.getBoundingClientRect()) : null,
            markBackground: mark ? getComputedStyle(mark).backgroundColor : null,
          };
        }
        """;

    // For each citation listed under a quoted passage: the text from the passage's first mark to its
    // last, the text in that range outside its marks (none but the line breaks between paragraphs),
    // the number of marks and the first one's background colour.
    private const string QuotesOnPageScript = """
        () => Array.from(document.querySelectorAll('.passages li[data-cite]')).map(li => {
          const passage = li.closest('li[id^="cited-"]').id.slice('cited-'.length);
          const marks = Array.from(document.querySelectorAll('a.q')).filter(a => a.dataset.p.split(' ').includes(passage));
          if (marks.length === 0) return { key: li.dataset.cite, passage, marks: 0, text: null, unmarked: '', background: '' };
          const range = document.createRange();
          range.setStartBefore(marks[0]);
          range.setEndAfter(marks[marks.length - 1]);
          const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
          let unmarked = '';
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!range.intersectsNode(node)) continue;
            const mark = node.parentElement.closest('a.q');
            if (!mark || !mark.dataset.p.split(' ').includes(passage)) unmarked += node.textContent;
          }
          return { key: li.dataset.cite, passage, marks: marks.length, text: range.toString(), unmarked, background: getComputedStyle(marks[0]).backgroundColor };
        })
        """;

    /// <summary>One citation's passage as the article page shows it.</summary>
    public sealed record QuoteOnPage(string Key, string Passage, int Marks, string? Text, string Unmarked, string Background)
    {
        public static QuoteOnPage From(JsonElement e) => new(
            e.GetProperty("key").GetString()!,
            e.GetProperty("passage").GetString()!,
            e.GetProperty("marks").GetInt32(),
            e.GetProperty("text").GetString(),
            e.GetProperty("unmarked").GetString()!,
            e.GetProperty("background").GetString()!);
    }
}
