using System.Globalization;
using DefenceData.Generators.Validation;
using DefenceData.Metadata;

namespace DefenceData.Cli.Site;

/// <summary>One citation of the data: the record and where in it, and its quote.</summary>
internal sealed record CitationSite(IndexedRecord Record, string Path, Citation Citation)
{
    /// <summary>A key naming the citation in the site's markup: <c>people/amir-baram/roles[0].citations[0]</c>.</summary>
    public string Key => Record.Collection + "/" + Record.Id + "/" + Path;
}

/// <summary>A quoted passage of one article: where it is in the text, and every citation that quotes it.</summary>
internal sealed record Passage(string Id, int Start, int End, IReadOnlyList<CitationSite> Citations);

/// <summary>
/// The quoted passages of each article, found the way the build checks quotes (whitespace runs
/// and typographic quotes folded, through the generator's own <see cref="QuoteFolding"/>), mapped
/// back to the article's own text so they can be highlighted there. Citations with the same quote
/// share one passage.
/// </summary>
internal sealed class Passages
{
    private readonly Dictionary<string, IReadOnlyList<Passage>> _bySource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Passage> _byCitation = new(StringComparer.Ordinal);

    public Passages(IReadOnlyDictionary<string, string> articleTexts)
    {
        var citations = DatasetIndex.Records
            .SelectMany(r => RecordWalker.Citations(r.Record, r.Metadata.RecordType).Select(c => new CitationSite(r, c.Path, c.Citation)))
            .ToArray();
        foreach (var (sourceId, text) in articleTexts)
        {
            var origins = new List<int>();
            var folded = QuoteFolding.Fold(text, origins);
            var passages = citations
                .Where(c => c.Citation.SourceId == sourceId)
                .GroupBy(c => QuoteFolding.Fold(c.Citation.Quote), StringComparer.Ordinal)
                .Select(g => (Quote: g.Key, Citations: g.ToArray(), At: folded.IndexOf(g.Key, StringComparison.Ordinal)))
                .Where(g => g.At >= 0 && g.Quote.Length > 0)
                .OrderBy(g => g.At)
                .ThenByDescending(g => g.Quote.Length)
                .Select((g, i) => new Passage(
                    string.Create(CultureInfo.InvariantCulture, $"p{i + 1}"),
                    origins[g.At],
                    origins[g.At + g.Quote.Length - 1] + 1,
                    g.Citations))
                .ToArray();
            _bySource[sourceId] = passages;
            foreach (var passage in passages)
            {
                foreach (var citation in passage.Citations)
                {
                    _byCitation[citation.Key] = passage;
                }
            }
        }
    }

    /// <summary>The passages of one article, in the order they start.</summary>
    public IReadOnlyList<Passage> Of(string sourceId) => _bySource.GetValueOrDefault(sourceId) ?? [];

    /// <summary>The passage a citation quotes, or <see langword="null"/> when its article text is not at hand.</summary>
    public Passage? For(CitationSite citation) => _byCitation.GetValueOrDefault(citation.Key);
}
