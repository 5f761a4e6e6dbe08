using System.Reflection;
using System.Text.Json;

namespace DefenceData;

/// <summary>
/// The one naming rule for data at run time, the same the generator applies to YAML
/// (DefenceData.Generators' Shapes/DataNames.cs): keys in camelCase, enum members in kebab-case, as
/// System.Text.Json's policies write them, acronyms included (<c>URL</c> → <c>url</c>).
/// </summary>
internal static class DataNames
{
    /// <summary>The policy for property keys in JSON and CSV.</summary>
    public static JsonNamingPolicy Keys => JsonNamingPolicy.CamelCase;

    /// <summary>The policy for enum members in JSON and CSV.</summary>
    public static JsonNamingPolicy EnumMembers => JsonNamingPolicy.KebabCaseLower;

    /// <summary>The key of a property in YAML, JSON and CSV.</summary>
    public static string KeyOf(PropertyInfo property) => Keys.ConvertName(property.Name);

    /// <summary>The text of an enum value in YAML, JSON and CSV.</summary>
    public static string TextOf(Enum value) => EnumMembers.ConvertName(value.ToString());
}
