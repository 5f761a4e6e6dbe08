namespace DefenceData.Generators.Diagnostics;

/// <summary>How messages name things: types by their short name, never with <c>global::</c> or a namespace.</summary>
internal static class DiagnosticText
{
    public static string ShortName(string typeName)
    {
        var name = typeName.StartsWith("global::", System.StringComparison.Ordinal) ? typeName.Substring("global::".Length) : typeName;
        return name.Substring(name.LastIndexOf('.') + 1);
    }
}
