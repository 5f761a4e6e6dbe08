using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Model;
using Microsoft.CodeAnalysis.Text;
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

    /// <summary>
    /// Longer scalars are refused: no real value needs it, and every string becomes a literal in the
    /// assembly's user-string heap, which the compiler caps at 16 MB for the whole program (CS8103).
    /// </summary>
    public const int MaxScalarChars = 64 * 1024;

    /// <summary>
    /// Longer lists inside a record are refused: each becomes one array initializer, and a million
    /// items took the compiler 19 s. (A file's top-level sequence of records is not limited.)
    /// </summary>
    public const int MaxListItems = 10_000;

    /// <summary>How many unsafe characters one file reports before it stops looking.</summary>
    private const int MaxUnsafeReports = 10;

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
                string.Format(CultureInfo.InvariantCulture, "The file has {0} characters; data files are limited to {1}", text.Length, MaxFileChars)));
            return new DocumentModel(path, null, diagnostics.ToEquatableArray());
        }

        // YAML allows a byte order mark at the start; the compiler strips one when it decodes bytes,
        // but a second one (or a string holding one) would otherwise become part of the first key.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        // The raw text first: bidi controls, invalid UTF-8 and control characters are refused anywhere,
        // comments included (Trojan Source hides in comments as well as in values).
        ReportUnsafeText(path, text, diagnostics);
        if (diagnostics.Count > 0)
        {
            return new DocumentModel(path, null, diagnostics.ToEquatableArray());
        }

        var openFlows = new Stack<Mark?>();
        try
        {
            var root = ParseEvents(path, text, diagnostics, openFlows);
            return new DocumentModel(path, diagnostics.Count == 0 ? root : null, diagnostics.ToEquatableArray());
        }
        catch (YamlException e)
        {
            var unclosed = UnclosedBracket(e, openFlows);
            var location = unclosed is { } bracket
                ? LocationInfo.FromMarks(path, bracket, new Mark(bracket.Index + 1, bracket.Line, bracket.Column + 1))
                : e.Message.IndexOf(" tab ", StringComparison.Ordinal) >= 0 && IndentingTab(path, text, e.Start) is { } tab
                    ? tab
                    : LocationInfo.FromMarks(path, e.Start, e.End);
            var message = unclosed is { } open
                ? string.Format(CultureInfo.InvariantCulture, "this '{0}' is never closed: {1}", text[(int)open.Index], Clean(e.Message))
                : Clean(e.Message);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntaxError, location, message));
            return new DocumentModel(path, null, diagnostics.ToEquatableArray());
        }
    }

    // openFlows: the start of each open collection, null for a block one (so an unclosed bracket can be pointed at).
    private static YamlNode? ParseEvents(string path, string text, List<DiagnosticInfo> diagnostics, Stack<Mark?> openFlows)
    {
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        var tree = new TreeBuilder(path, diagnostics, openFlows);
        while (MoveNext(parser, scanner))
        {
            if (!tree.Accept(parser.Current!))
            {
                return null;
            }
        }

        return tree.Root;
    }

    /// <summary>Builds the tree from the events, one at a time; the first thing refused stops it with its diagnostic.</summary>
    private sealed class TreeBuilder(string path, List<DiagnosticInfo> diagnostics, Stack<Mark?> openFlows)
    {
        private readonly Stack<Builder> _stack = new();
        private int _documents;

        public YamlNode? Root { get; private set; }

        /// <summary>Takes one event; false when the file is refused (a diagnostic says why).</summary>
        public bool Accept(ParsingEvent current) => current switch
        {
            DocumentStart => StartDocument(current),
            AnchorAlias => Refuse(current, "Aliases (*name)"),
            NodeEvent node when !node.Anchor.IsEmpty => Refuse(current, "Anchors (&name)"),
            NodeEvent node when !node.Tag.IsEmpty && !node.Tag.IsNonSpecific => Refuse(current, "Tags (!tag)"),
            MappingStart or SequenceStart => Open(current),
            Scalar scalar => AddScalar(scalar),
            MappingEnd or SequenceEnd => Close(current),
            _ => true,
        };

        private bool StartDocument(ParsingEvent current)
        {
            if (++_documents > 1)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MultipleDocuments, Loc(current), _documents.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return false;
            }

            return true;
        }

        private bool Refuse(ParsingEvent current, string feature)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedYamlFeature, Loc(current), feature));
            return false;
        }

        private bool Open(ParsingEvent current)
        {
            if (_stack.Count >= MaxDepth)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InputTooLarge, Loc(current),
                    $"Nesting deeper than {MaxDepth} levels is not allowed"));
                return false;
            }

            _stack.Push(new Builder(current is MappingStart, current.Start));
            openFlows.Push(current is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow } ? current.Start : null);
            return true;
        }

        private bool AddScalar(Scalar scalar)
        {
            if (scalar.Value.Length > MaxScalarChars)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InputTooLarge, Loc(scalar),
                    string.Format(CultureInfo.InvariantCulture, "The value has {0} characters; values are limited to {1}", scalar.Value.Length, MaxScalarChars)));
                return false;
            }

            // Escapes ("\u202E", "\x07") make characters the raw text does not show, keys included;
            // only double-quoted scalars have escapes, the rest was checked in the raw text.
            if (scalar.Style == ScalarStyle.DoubleQuoted && UnsafeText.Find(scalar.Value) is { } unsafeChar)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsafeCharacter, Loc(scalar), unsafeChar.Name, unsafeChar.Code));
                return false;
            }

            return Add(new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Loc(scalar)));
        }

        private bool Close(ParsingEvent current)
        {
            openFlows.Pop();
            var done = _stack.Pop();
            var location = LocationInfo.FromMarks(path, done.Start, current.End);
            YamlNode built = done.IsMapping
                ? new YamlMapping(done.Entries.ToEquatableArray(), location)
                : new YamlSequence(done.Items.ToEquatableArray(), location);
            return Add(built);
        }

        /// <summary>A finished node: the root, an item of the open sequence, or a key or value of the open mapping.</summary>
        private bool Add(YamlNode node)
        {
            if (_stack.Count == 0)
            {
                Root = node;
                return true;
            }

            var parent = _stack.Peek();
            if (!parent.IsMapping)
            {
                return AddItem(parent, node);
            }

            if (parent.PendingKey is null)
            {
                return AddKey(parent, node);
            }

            parent.Entries.Add(new YamlEntry(parent.PendingKey, node));
            parent.PendingKey = null;
            return true;
        }

        private bool AddItem(Builder parent, YamlNode node)
        {
            if (parent.Items.Count >= MaxListItems && _stack.Count > 1)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InputTooLarge, LocationInfo.FromMarks(path, parent.Start, parent.Start),
                    string.Format(CultureInfo.InvariantCulture, "A list inside a record has more than {0} items", MaxListItems)));
                return false;
            }

            parent.Items.Add(node);
            return true;
        }

        private bool AddKey(Builder parent, YamlNode node)
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

            if (!parent.AddKey(key.Text))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, key.Location, key.Text));
                return false;
            }

            parent.PendingKey = key;
            return true;
        }

        private LocationInfo Loc(ParsingEvent e) => LocationInfo.FromMarks(path, e.Start, e.End);
    }

    // YamlDotNet throws other exceptions than YamlException on some malformed input (found by the
    // fuzzer: an InvalidOperationException from ScanPlainScalar); they are syntax errors too, located
    // where the scanner stopped.
    private static bool MoveNext(Parser parser, Scanner scanner)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e) when (e is not YamlException and not OperationCanceledException and not OutOfMemoryException)
        {
            var at = scanner.CurrentPosition;
            throw new YamlException(at, at, "The text here cannot be parsed: the YAML reader cannot go on from this point", e);
        }
    }

    private static void ReportUnsafeText(string path, string text, List<DiagnosticInfo> diagnostics)
    {
        SourceText? lines = null;
        var start = 0;
        while (diagnostics.Count < MaxUnsafeReports && UnsafeText.Find(text, start) is { } found)
        {
            lines ??= SourceText.From(text);
            var position = lines.Lines.GetLinePosition(found.Index);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsafeCharacter,
                new LocationInfo(path, found.Index, 1, position.Line, position.Character, position.Line, position.Character + 1),
                found.Name, found.Code));
            start = found.Index + 1;
        }
    }

    // YamlDotNet reports a tab used as indentation at the start of the enclosing block (or at the end
    // of the line before); the tab itself is the first one in a line's leading whitespace from there on.
    private static LocationInfo? IndentingTab(string path, string text, Mark from)
    {
        var lines = SourceText.From(text).Lines;
        for (var line = (int)Math.Max(0, from.Line - 1); line < lines.Count; line++)
        {
            var span = lines[line].Span;
            for (var i = span.Start; i < span.End && text[i] is ' ' or '\t'; i++)
            {
                if (text[i] == '\t')
                {
                    return new LocationInfo(path, i, 1, line, i - span.Start, line, i - span.Start + 1);
                }
            }
        }

        return null;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (…): "; the location is reported separately.
    /// <summary>
    /// The bracket of the innermost open flow collection, when the reader stopped on a later line for
    /// want of its ',' or closing bracket: the mistake is the bracket left open, not the line after it.
    /// </summary>
    private static Mark? UnclosedBracket(YamlException e, Stack<Mark?> openFlows)
    {
        var innermost = openFlows.FirstOrDefault(m => m is not null);
        return innermost is { } start && e.Start.Line > start.Line
            && e.Message.IndexOf("did not find expected ',' or", StringComparison.Ordinal) >= 0
            ? start
            : null;
    }

    private static string Clean(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(marker + 3) : message;
    }

    private sealed class Builder(bool isMapping, Mark start)
    {
        // Most mappings have a handful of keys: a linear scan finds duplicates without a set per mapping;
        // past this many keys a set keeps a huge mapping linear.
        private const int KeysBeforeSet = 16;

        private HashSet<string>? _keys;

        public bool IsMapping { get; } = isMapping;

        public Mark Start { get; } = start;

        public List<YamlNode> Items { get; } = new();

        public List<YamlEntry> Entries { get; } = new();

        public YamlScalar? PendingKey { get; set; }

        /// <summary>Notes a key of this mapping; false when the mapping already has it.</summary>
        public bool AddKey(string key)
        {
            if (_keys is not null)
            {
                return _keys.Add(key);
            }

            foreach (var entry in Entries)
            {
                if (string.Equals(entry.Key.Text, key, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            if (Entries.Count >= KeysBeforeSet)
            {
                _keys = new HashSet<string>(StringComparer.Ordinal) { key };
                foreach (var entry in Entries)
                {
                    _keys.Add(entry.Key.Text);
                }
            }

            return true;
        }
    }
}
