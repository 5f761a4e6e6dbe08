using System.Globalization;
using System.Text;

namespace DefenceData.Generators.Shapes;

/// <summary>
/// The one naming rule for data: a property's key in YAML, JSON and CSV is its name in camelCase, an
/// enum member's text is its name in kebab-case, both exactly as System.Text.Json's
/// <c>JsonNamingPolicy.CamelCase</c> and <c>JsonNamingPolicy.KebabCaseLower</c> write them (acronyms
/// included: <c>URL</c> → <c>url</c>, <c>IOSVersion</c> → <c>iosVersion</c> and <c>ios-version</c>),
/// because the run-time exports use those policies. Written by hand: the generator targets
/// netstandard2.0 and loads into the compiler, so it does not take System.Text.Json for two small
/// functions; a test holds both copies to the same answers (DataNamesTests).
/// </summary>
internal static class DataNames
{
    /// <summary>The YAML/JSON/CSV key of a property: <c>CameoCode</c> → <c>cameoCode</c>, <c>URL</c> → <c>url</c>.</summary>
    public static string Key(string propertyName)
    {
        if (propertyName.Length == 0 || !char.IsUpper(propertyName[0]))
        {
            return propertyName;
        }

        var chars = propertyName.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            // A run of capitals is lowered up to the last one before a lower-case letter ("IOSVersion" → "iosVersion").
            if (i > 0 && i + 1 < chars.Length && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>The text of an enum member in YAML, JSON and CSV: <c>WorkingGroupMeeting</c> → <c>working-group-meeting</c>.</summary>
    public static string EnumText(string memberName)
    {
        var builder = new StringBuilder(memberName.Length + 4);
        var state = Separation.NotStarted;
        for (var i = 0; i < memberName.Length; i++)
        {
            var c = memberName[i];
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                    // A capital after lower case starts a word; in a run of capitals, the last one before a
                    // lower-case letter does ("XMLReader" → "xml-reader", "SHA512Hash" → "sha512-hash").
                    if (state is Separation.LowerOrDigit or Separation.Space
                        || (state == Separation.Upper && i + 1 < memberName.Length && char.IsLower(memberName[i + 1])))
                    {
                        builder.Append('-');
                    }

                    builder.Append(char.ToLowerInvariant(c));
                    state = Separation.Upper;
                    break;
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.DecimalDigitNumber:
                    if (state == Separation.Space)
                    {
                        builder.Append('-');
                    }

                    builder.Append(c);
                    state = Separation.LowerOrDigit;
                    break;
                case UnicodeCategory.SpaceSeparator:
                    if (state != Separation.NotStarted)
                    {
                        state = Separation.Space;
                    }

                    break;
                default:
                    builder.Append(c);
                    state = Separation.NotStarted;
                    break;
            }
        }

        return builder.ToString();
    }

    private enum Separation
    {
        NotStarted,
        Upper,
        LowerOrDigit,
        Space,
    }
}
