using System.Collections.Generic;
using System.Text;

namespace DefenceData.Generators.Validation;

/// <summary>An evidence text file, folded for quote matching.</summary>
internal sealed record EvidenceText(string Path, string FoldedText)
{
    public static EvidenceText From(string path, string? text) => new(path, QuoteFolding.Fold(text ?? ""));
}

/// <summary>
/// How quotes are compared with their article: runs of whitespace (including no-break spaces and
/// line breaks) become one space, and typographic quotes and apostrophes become ASCII. Nothing else
/// is folded: case, dashes and punctuation must match.
/// </summary>
internal static class QuoteFolding
{
    public static string Fold(string text) => Fold(text, origins: null);

    /// <summary>
    /// Folds the text and, when <paramref name="origins"/> is given, adds for each folded character
    /// the index in <paramref name="text"/> it comes from (a folded space: the first whitespace of its
    /// run), so a match in the folded text can be found again in the original (the site's quote
    /// highlighting does this; the file is shared with the CLI).
    /// </summary>
    public static string Fold(string text, List<int>? origins)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (pendingSpace < 0 && builder.Length > 0)
                {
                    pendingSpace = i;
                }

                continue;
            }

            if (pendingSpace >= 0)
            {
                builder.Append(' ');
                origins?.Add(pendingSpace);
                pendingSpace = -1;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
                _ => c,
            });
            origins?.Add(i);
        }

        return builder.ToString();
    }
}
