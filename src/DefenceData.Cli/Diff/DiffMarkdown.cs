using System.Globalization;

namespace DefenceData.Cli.Diff;

/// <summary>
/// Renders a <see cref="DatasetDiff"/> as Markdown for people: a summary line, then Added, Removed and
/// Changed sections (empty ones left out), each changed record with one bullet per field:
/// <c>`path`: `old` → `new`</c>. docs/CHANGELOG.md entries are this text under a version heading.
/// </summary>
internal static class DiffMarkdown
{
    /// <summary>The Markdown text, '\n' line ends, ending in a newline.</summary>
    /// <param name="diff">The diff.</param>
    /// <returns>The text.</returns>
    public static string Render(DatasetDiff diff)
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{diff.Of(ChangeKind.Added).Count()} added, {diff.Of(ChangeKind.Removed).Count()} removed, {diff.Of(ChangeKind.Changed).Count()} changed ({diff.OldRecords} → {diff.NewRecords} records).\n");
        Section(text, "Added", diff.Of(ChangeKind.Added));
        Section(text, "Removed", diff.Of(ChangeKind.Removed));
        Section(text, "Changed", diff.Of(ChangeKind.Changed));
        return text.ToString();
    }

    private static void Section(System.Text.StringBuilder text, string title, IEnumerable<RecordChange> records)
    {
        var first = true;
        foreach (var record in records)
        {
            if (first)
            {
                text.Append($"\n### {title}\n\n");
                first = false;
            }

            text.Append($"- {Code(record.Key)}");
            if (record.Label is not null)
            {
                text.Append($" {record.Label}");
            }

            text.Append('\n');
            foreach (var field in record.Fields)
            {
                text.Append($"  - {Code(field.Path)}: {Value(field.Old)} → {Value(field.New)}\n");
            }
        }
    }

    private static string Value(string? json) => json is null ? "(none)" : Code(json);

    // An inline code span that survives backticks in the value (CommonMark: a longer fence).
    private static string Code(string text)
    {
        var fence = new string('`', LongestRun(text, '`') + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return $"{fence}{pad}{text}{pad}{fence}";
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
