using System.Collections.Generic;
using DefenceData.Generators.Model;

namespace DefenceData.Generators.Validation;

/// <summary>One row of a codebook: a code and what the file gives for it (its second column).</summary>
internal sealed record CodebookRow(string Code, string Value);

/// <summary>
/// A codebook file (<c>*.tsv</c> under the data directory): a header line, then one row a line, the
/// code in the first tab-separated column and its value in the second (further columns are ignored).
/// Blank lines are skipped; a row's ends are trimmed of spaces, which are not part of a code or its words.
/// </summary>
internal sealed record CodebookText(string Path, EquatableArray<CodebookRow> Rows)
{
    public static CodebookText From(string path, string? text)
    {
        var rows = new List<CodebookRow>();
        if (text is not null)
        {
            var lines = text.Replace("\r\n", "\n").Split('\n');
            for (var i = 1; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var cells = line.Split('\t');
                rows.Add(new CodebookRow(cells[0].Trim(), cells.Length > 1 ? cells[1].Trim() : ""));
            }
        }

        return new CodebookText(path, rows.ToEquatableArray());
    }
}
