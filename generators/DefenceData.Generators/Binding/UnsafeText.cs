namespace DefenceData.Generators.Binding;

/// <summary>
/// Characters refused in data: bidi controls (Trojan Source), the replacement character left by
/// invalid UTF-8, unpaired surrogates, and control characters other than tab and line breaks.
/// </summary>
internal static class UnsafeText
{
    /// <summary>The first unsafe character at or after <paramref name="start"/>: its index, what it is, and its code as hex.</summary>
    public static (int Index, string Name, string Code)? Find(string text, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            string? name = c switch
            {
                >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C' => "a bidirectional control character",
                '\uFFFD' => "a replacement character (the file is not valid UTF-8)",
                _ when char.IsSurrogate(c) => "an unpaired surrogate",
                _ when char.IsControl(c) && c is not ('\t' or '\n' or '\r') => "a control character",
                _ => null,
            };

            if (name is not null)
            {
                return (i, name, ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return null;
    }
}
