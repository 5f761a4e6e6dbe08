using System.Globalization;
using System.Text;

namespace DefenceData.Generators.Emit;

/// <summary>
/// Writes bytes that are valid UTF-8 as a C# <c>"…"u8</c> literal. Everything outside printable ASCII
/// is escaped (<c>\uXXXX</c>, <c>\UXXXXXXXX</c>), so the generated file is ASCII whatever the data holds
/// and no character can end the literal or the line early.
/// </summary>
internal static class Utf8Literal
{
    public static string Of(byte[] utf8)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(utf8);
        var builder = new StringBuilder(text.Length + 16).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c >= 0x20 && c < 0x7F)
            {
                builder.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append("\\U").Append(char.ConvertToUtf32(c, text[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                i++;
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append("\"u8").ToString();
    }
}
