using Microsoft.CodeAnalysis.CSharp;

namespace DefenceData.Generators.Emit;

/// <summary>Makes names safe to write as C# identifiers.</summary>
internal static class Identifiers
{
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None && name is "value" or "var" or "dynamic" or "nameof"
            ? "@" + name
            : name;

    /// <summary>Text safe inside an XML doc comment.</summary>
    public static string XmlText(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
