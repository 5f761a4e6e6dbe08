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
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
