using System.Text;

namespace DefenceData.Cli.Site;

/// <summary>Names of the schema as a reader reads them: <c>participantIds</c> → "Participants", <c>weaponSystems</c> → "Weapon systems".</summary>
internal static class Humanize
{
    /// <summary>A camelCase or PascalCase name as words, first letter upper-case: <c>dateDerivation</c> → "Date derivation".</summary>
    public static string Words(string name)
    {
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return words.ToString();
    }

    /// <summary>
    /// The label of an id property: <c>speakerId</c> → "Speaker", <c>participantIds</c> → "Participants",
    /// <c>countryIds</c> → "Countries"; a list named by a comparative (<c>broaderIds</c>) names its target: "Broader topics".
    /// </summary>
    public static string Reference(string name, string targetHeading)
    {
        if (name.EndsWith("Ids", StringComparison.Ordinal))
        {
            var stem = Words(name[..^3]);
            return stem.EndsWith("er", StringComparison.Ordinal) && !stem.Contains(' ', StringComparison.Ordinal) ? $"{stem} {targetHeading.ToLowerInvariant()}"
                : stem.EndsWith('y') ? stem[..^1] + "ies"
                : stem + "s";
        }

        return Words(name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : name);
    }
}
