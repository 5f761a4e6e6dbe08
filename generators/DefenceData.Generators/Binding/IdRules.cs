using System.Text;

namespace DefenceData.Generators.Binding;

/// <summary>Ids are kebab-case; C# member names derive from them (enum and key spellings: Shapes/DataNames.cs).</summary>
internal static class IdRules
{
    public static bool IsKebabCase(string id)
    {
        if (id.Length == 0 || id.Length > 200 || id[0] == '-' || id[id.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The C# member name of a kebab-case id: words capitalised, '_' before a leading digit.</summary>
    public static string ToMemberName(string id)
    {
        var builder = new StringBuilder(id.Length + 1);
        var upper = true;
        foreach (var c in id)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
