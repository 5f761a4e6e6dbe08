using System.Collections.Generic;
using System.Linq;

namespace DefenceData.Generators.Validation;

/// <summary>
/// What to tell the author of a quote not found verbatim: the source whose article does hold it, or
/// the nearest passage of the cited article (the longest run matching the quote's start, else its
/// end) and the first place the quote differs from it. Works on folded text (<see cref="QuoteFolding"/>).
/// </summary>
internal static class QuoteHint
{
    private const int Context = 40;
    private const int MinimumMatch = 4;

    /// <param name="quote">The folded quote.</param>
    /// <param name="article">The folded text of the cited source's article.</param>
    /// <param name="others">Every other source: its id, its article's path and folded text, in a stable order.</param>
    public static string For(string quote, string article, IEnumerable<(string SourceId, string Path, string Text)> others)
    {
        foreach (var other in others)
        {
            if (quote.Length > 0 && other.Text.Contains(quote))
            {
                return "It is in the text of source '" + other.SourceId + "' (" + other.Path + "): cite that source.";
            }
        }

        var (start, prefix) = LongestPrefixMatch(quote, article);
        if (prefix >= MinimumMatch)
        {
            return "Nearest passage: \"" + Clip(article, start, quote.Length) + "\"; the quote first differs at character "
                + (prefix + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ": it has \"" + Clip(quote, prefix, Context)
                + "\" where the article has \"" + Clip(article, start + prefix, Context) + "\".";
        }

        var (end, suffix) = LongestSuffixMatch(quote, article);
        if (suffix >= MinimumMatch)
        {
            var from = System.Math.Max(0, end - quote.Length);
            return "Nearest passage: \"" + Clip(article, from, end - from) + "\"; its end matches, but before \""
                + Clip(quote, quote.Length - suffix, Context) + "\" the quote has \"" + Tail(quote, quote.Length - suffix)
                + "\" where the article has \"" + Tail(article, end - suffix) + "\".";
        }

        return "No passage of the article starts or ends like it: check the source id.";
    }

    private static (int Start, int Length) LongestPrefixMatch(string quote, string article)
    {
        var best = (Start: 0, Length: 0);
        for (var i = 0; i < article.Length && best.Length < quote.Length; i++)
        {
            var n = 0;
            while (n < quote.Length && i + n < article.Length && quote[n] == article[i + n])
            {
                n++;
            }

            if (n > best.Length)
            {
                best = (i, n);
            }
        }

        return best;
    }

    /// <summary>The longest run of the article matching the quote's end: where that run ends, and its length.</summary>
    private static (int End, int Length) LongestSuffixMatch(string quote, string article)
    {
        var best = (End: 0, Length: 0);
        for (var end = 1; end <= article.Length; end++)
        {
            var n = 0;
            while (n < quote.Length && n < end && quote[quote.Length - 1 - n] == article[end - 1 - n])
            {
                n++;
            }

            if (n > best.Length)
            {
                best = (end, n);
            }
        }

        return best;
    }

    private static string Clip(string text, int start, int length)
    {
        start = System.Math.Min(System.Math.Max(0, start), text.Length);
        var take = System.Math.Min(System.Math.Max(0, length), text.Length - start);
        var clipped = text.Substring(start, System.Math.Min(take, 120));
        return take == 0 ? "" : clipped + (take > 120 || start + take < text.Length && length > take ? "…" : "");
    }

    private static string Tail(string text, int end)
    {
        var start = System.Math.Max(0, end - Context);
        return (start > 0 ? "…" : "") + text.Substring(start, end - start);
    }
}
