using DefenceData.Generators.Model;

namespace DefenceData.Generators.Parsing;

/// <summary>A parsed YAML node with its place in the file; equatable, unlike YamlDotNet's nodes.</summary>
internal abstract record YamlNode(LocationInfo Location);

/// <summary>A scalar, kept as its exact text: typing happens later, from the target C# property.</summary>
internal sealed record YamlScalar(string Text, bool IsPlain, LocationInfo Location) : YamlNode(Location)
{
    /// <summary>Whether the scalar is YAML's null: a plain empty, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record YamlSequence(EquatableArray<YamlNode> Items, LocationInfo Location) : YamlNode(Location);

internal sealed record YamlEntry(YamlScalar Key, YamlNode Value) : System.IEquatable<YamlEntry>;

internal sealed record YamlMapping(EquatableArray<YamlEntry> Entries, LocationInfo Location) : YamlNode(Location);

/// <summary>One YAML file, parsed alone: its root node (if it parsed) and its parse diagnostics.</summary>
internal sealed record DocumentModel(string Path, YamlNode? Root, EquatableArray<DiagnosticInfo> Diagnostics);
