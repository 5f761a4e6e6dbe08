using System.Text;

namespace DefenceData.Generators.Tests.Hostile;

/// <summary>
/// Seeded mutations of a data file's bytes: bit flips, deletes, duplicated, swapped and dropped
/// lines, inserted YAML punctuation and unsafe characters, indentation changes, truncation and
/// replaced values. The same seed gives the same mutations.
/// Written by hand: the fuzzing libraries (SharpFuzz, FsCheck, CsCheck) are not served by the
/// package registry the project builds from.
/// </summary>
internal sealed class Mutator(int seed)
{
    private static readonly string[] s_punctuation = [":", "-", "[", "]", "{", "}", "&", "*", "!", "|", ">", "#", "'", "\"", "?", ",", "%", "@", "`", "\t", "\n", ": ", "- ", "---\n", "<<: ", "&a ", "*a", "!!str "];

    private static readonly string[] s_values = ["~", "null", "", "''", "yes", "no", "1e999", ".nan", "-1", "99999999999999999999", "2025-02-30", "2025-13", "0000", "[]", "{}", "[a, b]", "{a: 1}", "|\n  text", ">-\n  folded", "\"\\u202E\"", "\"\\uD800\"", "\"\\x00\"", "Class", "by-id", "all", "a--b", "-x", "equals"];

    private static readonly string[] s_characters = ["\u202E", "\u2066", "\u200F", "\uFFFD", "\uD800", "\uDC00", "\0", "\u0007", "\u0085", "\u2028", "\uFEFF", "é", "😀", "\r", "\r\n"];

    private readonly Random _random = new(seed);

    /// <summary>One to three mutations of <paramref name="original"/>, and what they were.</summary>
    public (byte[] Bytes, string Description) Mutate(byte[] original)
    {
        var bytes = original.ToList();
        var steps = new List<string>();
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            steps.Add(MutateOnce(bytes));
        }

        return (bytes.ToArray(), string.Join("; ", steps));
    }

    private string MutateOnce(List<byte> bytes)
    {
        var kind = _random.Next(11);
        var at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
        switch (kind)
        {
            case 0 when bytes.Count > 0:
                var bit = _random.Next(8);
                bytes[at] ^= (byte)(1 << bit);
                return $"flip bit {bit} of byte {at}";
            case 1 when bytes.Count > 0:
                var length = Math.Min(_random.Next(1, 9), bytes.Count - at);
                bytes.RemoveRange(at, length);
                return $"delete {length} bytes at {at}";
            case 2:
                var punctuation = s_punctuation[_random.Next(s_punctuation.Length)];
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(punctuation));
                return $"insert {Show(punctuation)} at {at}";
            case 3:
                var character = s_characters[_random.Next(s_characters.Length)];
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(character));
                return $"insert {Show(character)} at {at}";
            case 4 when bytes.Count > 0:
                var end = _random.Next(bytes.Count);
                bytes.RemoveRange(end, bytes.Count - end);
                return $"truncate at {end}";
        }

        // Line-level mutations.
        var lines = Encoding.UTF8.GetString(bytes.ToArray()).Split('\n').ToList();
        var line = _random.Next(lines.Count);
        string description;
        switch (kind)
        {
            case 5:
                lines.Insert(line, lines[line]);
                description = $"duplicate line {line + 1}";
                break;
            case 6:
                var other = _random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                description = $"swap lines {line + 1} and {other + 1}";
                break;
            case 7:
                lines.RemoveAt(line);
                description = $"delete line {line + 1}";
                break;
            case 8:
                var indent = _random.Next(4) switch { 0 => " ", 1 => "  ", 2 => "\t", _ => "    " };
                lines[line] = indent + lines[line];
                description = $"indent line {line + 1} by {Show(indent)}";
                break;
            case 9:
                var trimmed = lines[line].Length - lines[line].TrimStart(' ').Length;
                var remove = Math.Min(trimmed, _random.Next(1, 3));
                lines[line] = lines[line].Substring(remove);
                description = $"dedent line {line + 1} by {remove}";
                break;
            default:
                var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
                var value = s_values[_random.Next(s_values.Length)];
                if (colon < 0)
                {
                    lines[line] = lines[line] + value;
                    description = $"append {Show(value)} to line {line + 1}";
                }
                else
                {
                    lines[line] = lines[line].Substring(0, colon + 2) + value;
                    description = $"set the value on line {line + 1} to {Show(value)}";
                }

                break;
        }

        bytes.Clear();
        bytes.AddRange(Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        return description;
    }

    public static string Show(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and <= '~' ? c.ToString() : "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.Append('"').ToString();
    }
}
