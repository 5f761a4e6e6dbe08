using DefenceData.Cli.Site;
using Microsoft.Playwright;

namespace DefenceData.Site.Tests;

/// <summary>
/// The site written once into a temp directory, and one headless Chromium (Debian's, at
/// <c>/usr/bin/chromium</c> or <c>$DEFENCEDATA_CHROMIUM</c>) shared by the tests. Every page is
/// visited once (<see cref="Crawl"/>) from <c>index.html</c> by following links.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private static readonly string[] s_launchArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

    private const float Timeout = 120_000;

    private IPlaywright? _playwright;
    private Lazy<Task<IReadOnlyDictionary<string, CrawledPage>>>? _crawl;

    /// <summary>The site's root directory.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("defencedata-site-").FullName;

    /// <summary>The repository's article texts (recorded at build time).</summary>
    public static string ArticlesDirectory { get; } = System.Reflection.CustomAttributeExtensions
        .GetCustomAttributes<System.Reflection.AssemblyMetadataAttribute>(typeof(BrowserSite).Assembly).First(a => a.Key == "ArticlesDirectory").Value!;

    /// <summary>The Chromium the tests drive.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("DEFENCEDATA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? Missing { get; private set; }

    /// <summary>The browser, once started.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots are written: the test output folder.</summary>
    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        SiteBuilder.Write(Root, ArticleTexts.Load(ArticlesDirectory));
        if (!File.Exists(ChromiumPath))
        {
            Missing = $"Chromium not found at {ChromiumPath}: install it (apt-get install -y chromium) or set DEFENCEDATA_CHROMIUM.";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException(Missing + " Under CI the browser tests must run.");
            }

            return;
        }

        // Generous: the tests share two cores with whole-solution builds, and a busy machine is not a failure of the site.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = s_launchArgs });
        _crawl = new(CrawlAll);
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        Directory.Delete(Root, recursive: true);
    }

    /// <summary>Skips the test when Chromium is missing outside CI (under CI the fixture has failed already).</summary>
    public void RequireBrowser() => Skip.If(Missing is not null, Missing);

    /// <summary>The file URL of a page, from its path in the site.</summary>
    public string Url(string path) => new Uri(Path.Combine(Root, path)).AbsoluteUri;

    /// <summary>The path in the site of a file URL (without its fragment), or null when it is outside the site.</summary>
    public string? PathOf(string url)
    {
        var uri = new Uri(url);
        if (!uri.IsFile)
        {
            return null;
        }

        var relative = Path.GetRelativePath(Root, uri.LocalPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? null : relative.Replace('\\', '/');
    }

    /// <summary>A new page, with console errors, page errors and every request it makes recorded.</summary>
    public async Task<(IPage Page, List<string> Errors, List<string> Requests)> OpenAsync(string path, ViewportSize? viewport = null)
    {
        var (page, errors, requests) = await NewRecordedPageAsync(new BrowserNewContextOptions { ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(Url(path));
        return (page, errors, requests);
    }

    /// <summary>A page in a new context whose console errors, page errors and requests are recorded, each error naming its page.</summary>
    private async Task<(IPage Page, List<string> Errors, List<string> Requests)> NewRecordedPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{PathOf(page.Url) ?? page.Url}: console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"{PathOf(page.Url) ?? page.Url}: page error: {error}");
        page.Request += (_, request) => requests.Add(request.Url);
        return (page, errors, requests);
    }

    /// <summary>Every page reachable from the home page, each visited once.</summary>
    public Task<IReadOnlyDictionary<string, CrawledPage>> Crawl() => _crawl!.Value;

    private async Task<IReadOnlyDictionary<string, CrawledPage>> CrawlAll()
    {
        var pages = new Dictionary<string, CrawledPage>(StringComparer.Ordinal);
        var queue = new Queue<string>(["index.html"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        var (page, errors, requests) = await NewRecordedPageAsync();
        while (queue.TryDequeue(out var path))
        {
            errors.Clear();
            requests.Clear();
            await page.GotoAsync(Url(path));
            var ids = await page.EvalOnSelectorAllAsync<string[]>("[id]", "els => els.map(e => e.id)");
            var links = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "els => els.map(e => e.href)");
            pages[path] = new CrawledPage(path, ids.ToHashSet(StringComparer.Ordinal), links, [.. errors], [.. requests]);
            foreach (var link in links)
            {
                if (PathOf(link.Split('#')[0]) is { } target && target.EndsWith(".html", StringComparison.Ordinal) && File.Exists(Path.Combine(Root, target)) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        await page.Context.CloseAsync();
        return pages;
    }
}

/// <summary>What one visit of a page found: its element ids, its links (absolute), console errors and the requests it made.</summary>
public sealed record CrawledPage(string Path, IReadOnlySet<string> Ids, IReadOnlyList<string> Links, IReadOnlyList<string> Errors, IReadOnlyList<string> Requests);

/// <summary>The tests sharing one site and browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
