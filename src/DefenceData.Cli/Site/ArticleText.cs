namespace DefenceData.Cli.Site;

/// <summary>
/// Renders an article's full text as paragraphs (one per line) with every quoted passage marked:
/// each run of text covered by passages becomes one <c>&lt;a class="q"&gt;</c> naming them all in
/// <c>data-p</c> and linking to the first one's list of citing records; an empty anchor
/// where a passage starts carries its id, the target of the records' links.
/// </summary>
internal static class ArticleText
{
    public static void Write(Html html, string text, IReadOnlyList<Passage> passages)
    {
        var boundaries = passages.SelectMany(p => new[] { p.Start, p.End }).ToHashSet();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (text.AsSpan(lineStart, lineEnd - lineStart).Trim().Length > 0)
            {
                html.Open("p");
                WriteLine(html, text, lineStart, lineEnd, passages, boundaries);
                html.Close("p").Line();
            }

            lineStart = lineEnd + 1;
        }
    }

    private static void WriteLine(Html html, string text, int start, int end, IReadOnlyList<Passage> passages, HashSet<int> boundaries)
    {
        var cuts = boundaries.Where(b => b > start && b < end).Append(start).Append(end).Order().Distinct().ToArray();
        for (var i = 0; i + 1 < cuts.Length; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            var piece = text[from..to].TrimEnd('\r');
            foreach (var starting in passages.Where(p => p.Start == from))
            {
                html.Open("span", ("class", "anchor"), ("id", starting.Id)).Close("span");
            }

            var covering = passages.Where(p => p.Start < to && p.End > from).ToArray();
            if (covering.Length == 0)
            {
                html.Text(piece);
                continue;
            }

            html.Open("a",
                ("class", "q"),
                ("href", "#cited-" + covering[0].Id),
                ("data-p", string.Join(' ', covering.Select(p => p.Id))),
                ("title", "Cited by " + string.Join("; ", covering.SelectMany(p => p.Citations).Select(c => c.Record.Title).Distinct(StringComparer.Ordinal))));
            html.Text(piece).Close("a");
        }
    }
}
