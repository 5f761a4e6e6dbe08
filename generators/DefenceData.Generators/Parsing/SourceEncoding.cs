using System.Text;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace DefenceData.Generators.Parsing;

/// <summary>
/// Catches a file the compiler could not read as UTF-8. Where no code page is given, the compiler
/// reads a file that is not valid UTF-8 with a fallback code page (1252 on Windows), which turns the
/// bad bytes into ordinary-looking letters ("Ã©") instead of U+FFFD; the text's encoding tells.
/// </summary>
internal static class SourceEncoding
{
    public static DiagnosticInfo? Check(string path, SourceText text)
    {
        var encoding = text.Encoding;
        if (encoding is null || IsUnicode(encoding))
        {
            return null;
        }

        // The first non-ASCII character is where the bytes stop being plain UTF-8.
        var content = text.ToString();
        var index = 0;
        while (index < content.Length && content[index] < 0x80)
        {
            index++;
        }

        if (index == content.Length)
        {
            return null; // ASCII reads the same in every code page the fallback can be.
        }

        var position = text.Lines.GetLinePosition(index);
        return DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8,
            new LocationInfo(path, index, 1, position.Line, position.Character, position.Line, position.Character + 1),
            encoding.WebName);
    }

    private static bool IsUnicode(Encoding encoding) => encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;
}
