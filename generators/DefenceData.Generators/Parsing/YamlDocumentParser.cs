using System;
using System.Collections.Generic;
using System.IO;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DefenceData.Generators.Parsing;

/// <summary>
/// Parses one YAML file into <see cref="YamlNode"/>s from YamlDotNet's event stream. Events rather
/// than the representation model, so that depth is bounded without recursion, duplicate keys are
/// reported rather than thrown, and anchors, aliases and tags are refused before they expand.
/// </summary>
internal static class YamlDocumentParser
{
    /// <summary>Deeper nesting than this is refused: no real record needs it, and it bounds the work.</summary>
    public const int MaxDepth = 64;

    /// <summary>Larger files are refused before parsing.</summary>
    public const int MaxFileChars = 8 * 1024 * 1024;

    public static DocumentModel Parse(string path, string? text)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntaxError, LocationInfo.FileStart(path), "the file could not be read"));
            return new DocumentModel(path, null, diagnostics.ToEquatableArray());
        }

        if (text.Length > MaxFileChars)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InputTooLarge, LocationInfo.FileStart(path),
                $"The file has {text.Length} characters; data files are limited to {MaxFileChars}"));
            return new DocumentModel(path, null, diagnostics.ToEquatableArray());
        }

        try
        {
            var root = ParseEvents(path, text, diagnostics);
            return new DocumentModel(path, diagnostics.Count == 0 ? root : null, diagnostics.ToEquatableArray());
        }
        catch (YamlException e)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntaxError, LocationInfo.FromMarks(path, e.Start, e.End), Clean(e.Message)));
            return new DocumentModel(path, null, diagnostics.ToEquatableArray());
        }
    }

    private static YamlNode? ParseEvents(string path, string text, List<DiagnosticInfo> diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Builder>();
        YamlNode? root = null;
        var documents = 0;

        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case DocumentStart:
                    if (++documents > 1)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MultipleDocuments, Loc(current), documents.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                        return null;
                    }

                    break;
                case AnchorAlias:
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedYamlFeature, Loc(current), "Aliases (*name)"));
                    return null;
                case NodeEvent node when !node.Anchor.IsEmpty:
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedYamlFeature, Loc(current), "Anchors (&name)"));
                    return null;
                case NodeEvent node when !node.Tag.IsEmpty && !node.Tag.IsNonSpecific:
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedYamlFeature, Loc(current), "Tags (!tag)"));
                    return null;
                case MappingStart or SequenceStart:
                    if (stack.Count >= MaxDepth)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InputTooLarge, Loc(current),
                            $"Nesting deeper than {MaxDepth} levels is not allowed"));
                        return null;
                    }

                    stack.Push(new Builder(current is MappingStart, current.Start));
                    break;
                case Scalar scalar:
                    if (!Add(new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Loc(current))))
                    {
                        return null;
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    var done = stack.Pop();
                    var location = LocationInfo.FromMarks(path, done.Start, current.End);
                    YamlNode built = done.IsMapping
                        ? new YamlMapping(done.Entries.ToEquatableArray(), location)
                        : new YamlSequence(done.Items.ToEquatableArray(), location);
                    if (!Add(built))
                    {
                        return null;
                    }

                    break;
            }
        }

        return root;

        bool Add(YamlNode node)
        {
            if (stack.Count == 0)
            {
                root = node;
                return true;
            }

            var parent = stack.Peek();
            if (!parent.IsMapping)
            {
                parent.Items.Add(node);
                return true;
            }

            if (parent.PendingKey is null)
            {
                if (node is not YamlScalar key)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedYamlFeature, node.Location, "Keys that are not plain text"));
                    return false;
                }

                if (key.IsPlain && key.Text == "<<")
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedYamlFeature, node.Location, "Merge keys (<<)"));
                    return false;
                }

                if (!parent.Keys.Add(key.Text))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, key.Location, key.Text));
                    return false;
                }

                parent.PendingKey = key;
                return true;
            }

            parent.Entries.Add(new YamlEntry(parent.PendingKey, node));
            parent.PendingKey = null;
            return true;
        }

        LocationInfo Loc(ParsingEvent e) => LocationInfo.FromMarks(path, e.Start, e.End);
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (…): "; the location is reported separately.
    private static string Clean(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(marker + 3) : message;
    }

    private sealed class Builder(bool isMapping, Mark start)
    {
        public bool IsMapping { get; } = isMapping;

        public Mark Start { get; } = start;

        public List<YamlNode> Items { get; } = new();

        public List<YamlEntry> Entries { get; } = new();

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public YamlScalar? PendingKey { get; set; }
    }
}
