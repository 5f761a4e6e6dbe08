using System.Text;
using Microsoft.CodeAnalysis;

namespace DefenceData.Generators.Tests.Hostile;

/// <summary>One hostile or broken input: its files, and the diagnostic it must give (file(line,col): id).</summary>
public sealed record HostileCase(string Name, string Expected, Func<IReadOnlyList<AdditionalText>> Files)
{
    public override string ToString() => Name;
}

/// <summary>
/// The bad-input corpus, over the fixture schema of <see cref="GeneratorHarness.FixtureSource"/>
/// (Thing: id, name required; size int?; weight long; active bool; price decimal?; ratio double;
/// when PartialDate?; colour enum; tags; parentId and friendIds referencing Things; notes citing Books).
/// Each case is one file in <c>/repo/data/things/</c> unless it says otherwise.
/// </summary>
internal static class HostileCorpus
{
    public const string Thing = "/repo/data/things/a.yaml";
    private const string Other = "/repo/data/things/b.yaml";
    private const string Ok = "id: a\nname: A\n";
    private static readonly (string Path, string Text) Book = ("/repo/data/books/book.yaml", "id: book\ntext: texts/book.txt\n");
    private static readonly (string Path, string Text) BookText = ("/repo/data/texts/book.txt", "The quick brown fox.");

    public static readonly IReadOnlyList<HostileCase> All = Build();

    public static HostileCase Get(string name) => All.Single(c => c.Name == name);

    private static List<HostileCase> Build() =>
    [
        // Syntax errors.
        Text("syntax-unclosed-flow-sequence", "a.yaml(3,1): DD0001", "id: a\nname: [A\n"),
        Text("syntax-unclosed-flow-mapping", "a.yaml(3,1): DD0001", "id: a\nname: {x: 1\n"),
        Text("syntax-unclosed-double-quote", "a.yaml(2,7): DD0001", "id: a\nname: \"A\n"),
        Text("syntax-unclosed-single-quote", "a.yaml(2,7): DD0001", "id: a\nname: 'A\n"),
        Text("syntax-indented-second-key", "a.yaml(2,7): DD0001", "id: a\n  name: A\n"),
        Text("syntax-key-without-colon", "a.yaml(2,1): DD0001", "id: a\nname A\nsize: 1\n"),
        Text("syntax-stray-closing-bracket", "a.yaml(2,1): DD0001", "id: a\n]\n"),
        Text("syntax-invalid-escape", "a.yaml(2,7): DD0001", "id: a\nname: \"\\q\"\n"),
        Text("syntax-tab-indentation", "a.yaml(4,1): DD0001", "id: a\nname: A\nnotes:\n\t- bookId: b\n"),
        Text("syntax-tab-before-nested-key", "a.yaml(5,1): DD0001", "id: a\nname: A\nnotes:\n  - bookId: b\n\t  quote: q\n"),
        Text("syntax-unsupported-yaml-version", "a.yaml(1,1): DD0001", "%YAML 9.9\n---\n" + Ok),
        Text("syntax-directive-without-document-start", "a.yaml(2,3): DD0001", "%YAML 1.1\n" + Ok),
        Text("syntax-yaml-reader-invalid-operation", "a.yaml(8,1): DD0001", "id: a\nname: A\nroles:\n  - title: T\n    citations:\n      - sourceId: s\n {       quote: India's Q\ncitations:\n  - sourceId: s\n    quote: India's Q\n"),
        Text("syntax-sequence-item-in-mapping", "a.yaml(3,1): DD0001", "id: a\nname: A\n- b\n"),

        // Wrong types.
        Text("type-text-for-int", "a.yaml(3,7): DD0004", Ok + "size: big\n"),
        Text("type-fraction-for-int", "a.yaml(3,7): DD0004", Ok + "size: 1.5\n"),
        Text("type-quoted-number", "a.yaml(3,7): DD0004", Ok + "size: \"3\"\n"),
        Text("type-long-overflow", "a.yaml(3,9): DD0004", Ok + "weight: 99999999999999999999\n"),
        Text("type-yes-for-bool", "a.yaml(3,9): DD0004", Ok + "active: yes\n"),
        Text("type-nan-for-double", "a.yaml(3,8): DD0004", Ok + "ratio: .nan\n"),
        Text("type-infinity-for-double", "a.yaml(3,8): DD0004", Ok + "ratio: 1e999\n"),
        Text("type-scalar-for-list", "a.yaml(3,7): DD0004", Ok + "tags: one\n"),
        Text("type-list-for-number", "a.yaml(3,9): DD0004", Ok + "weight: [1]\n"),
        Text("type-mapping-for-text", "a.yaml(2,7): DD0004", "id: a\nname: {first: A}\n"),
        Text("type-scalar-for-object-in-list", "a.yaml(3,9): DD0004", Ok + "notes: [just text]\n"),
        Text("type-scalar-record-in-sequence", "a.yaml(3,3): DD0004", "- id: a\n  name: A\n- just text\n"),
        Text("type-unknown-enum-value", "a.yaml(3,9): DD0006", Ok + "colour: green\n"),

        // Impossible dates.
        Text("date-february-30", "a.yaml(3,7): DD0005", Ok + "when: 2025-02-30\n"),
        Text("date-february-29-not-leap", "a.yaml(3,7): DD0005", Ok + "when: 2023-02-29\n"),
        Text("date-year-zero", "a.yaml(3,7): DD0005", Ok + "when: 0000\n"),
        Text("date-single-digit-month", "a.yaml(3,7): DD0005", Ok + "when: 2025-7-1\n"),
        Text("date-with-time", "a.yaml(3,7): DD0005", Ok + "when: 2025-07-23T10:00:00\n"),
        Text("date-month-13", "a.yaml(3,7): DD0005", Ok + "when: 2025-13\n"),
        Text("date-two-digit-year", "a.yaml(3,7): DD0005", Ok + "when: 25-07-23\n"),
        Text("date-in-words", "a.yaml(3,7): DD0005", Ok + "when: July 2025\n"),

        // Files without records.
        Text("empty-file", "a.yaml(1,1): DD0023", ""),
        Text("only-comments", "a.yaml(1,1): DD0023", "# a comment\n# another\n"),
        Text("only-whitespace", "a.yaml(1,1): DD0023", "\n  \n\n"),
        Text("only-document-markers", "a.yaml(2,4): DD0023", "---\n...\n"),
        Text("empty-sequence", "a.yaml(1,1): DD0023", "[]\n"),
        Text("only-a-scalar", "a.yaml(1,1): DD0023", "just text\n"),

        // BOM and line ends: locations must not shift.
        Text("bom-as-character", "a.yaml(3,1): DD0002", "\uFEFF" + Ok + "color: red\n"),
        Bytes("bom-as-bytes", "a.yaml(3,1): DD0002", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Ok + "color: red\n")]),
        Text("bom-then-malformed-id", "a.yaml(1,5): DD0009", "\uFEFFid: A_B\nname: A\n"),
        Text("crlf-unknown-key", "a.yaml(3,1): DD0002", "id: a\r\nname: A\r\ncolor: red\r\n"),
        Text("crlf-wrong-type", "a.yaml(3,7): DD0004", "id: a\r\nname: A\r\nsize: big\r\n"),
        Text("cr-only-line-ends", "a.yaml(3,1): DD0002", "id: a\rname: A\rcolor: red\r"),

        // Duplicate keys.
        Text("duplicate-key", "a.yaml(3,1): DD0013", Ok + "name: B\n"),
        Text("duplicate-key-quoted-and-plain", "a.yaml(3,1): DD0013", Ok + "\"name\": B\n"),
        Text("duplicate-key-in-flow-mapping", "a.yaml(1,18): DD0013", "{id: a, name: A, id: b}\n"),
        Text("duplicate-key-nested", "a.yaml(6,5): DD0013", Ok + "notes:\n  - bookId: b\n    quote: q\n    quote: r\n"),
        Text("duplicate-key-among-twenty", "a.yaml(21,1): DD0013", string.Concat(Enumerable.Range(0, 20).Select(i => $"k{i}: {i}\n")) + "k5: again\n"),

        // Ids: duplicates, references, names.
        Files("duplicate-id-across-files", "b.yaml(1,5): DD0007", (Thing, Ok), (Other, Ok)),
        Files("duplicate-id-across-files-given-later-first", "b.yaml(1,5): DD0007", (Other, "id: a\nname: B\n"), (Thing, Ok)),
        Text("duplicate-id-in-one-file", "a.yaml(3,7): DD0007", "- id: a\n  name: A\n- id: a\n  name: B\n"),
        Text("dangling-reference", "a.yaml(3,11): DD0008", Ok + "parentId: nobody\n"),
        Text("dangling-reference-in-list", "a.yaml(3,13): DD0008", Ok + "friendIds: [nobody]\n"),
        Files("dangling-reference-after-a-good-one", "a.yaml(3,23): DD0008", (Thing, Ok + "friendIds: [a-friend, nobody]\n"), ("/repo/data/things/f.yaml", "id: a-friend\nname: F\n")),
        Text("dangling-reference-to-other-type", "a.yaml(4,13): DD0008", Ok + "notes:\n  - bookId: no-book\n    quote: q\n"),
        Text("self-reference", "a.yaml(3,11): DD0021", Ok + "parentId: a\n"),
        Text("self-reference-in-list", "a.yaml(3,13): DD0021", Ok + "friendIds: [a]\n"),
        Text("id-upper-case", "a.yaml(1,5): DD0009", "id: Class\nname: A\n"),
        Text("id-with-underscore", "a.yaml(1,5): DD0009", "id: a_b\nname: A\n"),
        Text("id-with-space", "a.yaml(1,5): DD0009", "id: a b\nname: A\n"),
        Text("id-with-non-ascii-letter", "a.yaml(1,5): DD0009", "id: café\nname: A\n"),
        Text("id-empty", "a.yaml(1,5): DD0009", "id: ''\nname: A\n"),
        Text("id-too-long", "a.yaml(1,5): DD0009", "id: " + new string('a', 201) + "\nname: A\n"),
        Text("id-trailing-hyphen", "a.yaml(1,5): DD0009", "id: a-\nname: A\n"),
        Text("id-leading-hyphen", "a.yaml(1,5): DD0009", "id: -bad\nname: A\n"),
        Text("id-double-hyphen", "a.yaml(1,5): DD0009", "id: bad--id\nname: A\n"),
        Text("id-capitalised", "a.yaml(1,5): DD0009", "id: Bad\nname: A\n"),
        Text("id-empty-double-quoted", "a.yaml(1,5): DD0009", "id: \"\"\nname: A\n"),
        Files("id-collision-after-derivation", "b.yaml(1,5): DD0010", (Thing, "id: a-1\nname: A\n"), (Other, "id: a1\nname: B\n")),
        Text("id-collides-with-generated-member", "a.yaml(1,5): DD0010", "id: try-get\nname: A\n"),
        Text("id-collides-with-generated-lookup", "a.yaml(1,5): DD0010", "id: by-id\nname: A\n"),
        Text("id-collides-with-class-name", "a.yaml(1,5): DD0010", "id: things\nname: A\n"),
        Text("id-collides-with-object-member", "a.yaml(1,5): DD0010", "id: equals\nname: A\n"),
        Text("id-collides-with-inherited-static", "a.yaml(1,5): DD0010", "id: reference-equals\nname: A\n"),

        // Unknown keys and nulls: nothing dropped, nothing defaulted.
        Text("unknown-key", "a.yaml(3,1): DD0002", Ok + "color: red\n"),
        Text("unknown-key-wrong-case", "a.yaml(2,1): DD0002", "id: a\nName: A\n"),
        Text("unknown-key-nested", "a.yaml(6,5): DD0002", Ok + "notes:\n  - bookId: b\n    quote: q\n    page: 3\n"),
        Text("unknown-key-empty", "a.yaml(3,1): DD0002", Ok + "'': x\n"),
        Text("missing-required-key", "a.yaml(1,1): DD0003", "id: a\nsize: 3\n"),
        Text("missing-required-key-in-sequence", "a.yaml(2,3): DD0003", "# one record\n- id: a\n"),
        Text("null-required-text", "a.yaml(2,7): DD0020", "id: a\nname: ~\n"),
        Text("null-word-required-text", "a.yaml(2,7): DD0020", "id: a\nname: null\n"),
        Text("empty-required-text", "a.yaml(2,6): DD0020", "id: a\nname:\n"),
        Text("null-id", "a.yaml(1,5): DD0020", "id: null\nname: A\n"),
        Text("null-non-nullable-number", "a.yaml(3,8): DD0020", Ok + "weight:\n"),
        Text("null-enum", "a.yaml(3,9): DD0020", Ok + "colour: ~\n"),
        Text("null-in-nested-required", "a.yaml(5,12): DD0020", Ok + "notes:\n  - bookId: b\n    quote: ~\n"),
        Text("null-list-item", "a.yaml(3,8): DD0020", Ok + "tags: [~]\n"),

        // Size and depth.
        Text("scalar-of-5-mb", "a.yaml(2,7): DD0015", "id: a\nname: " + new string('x', 5 * 1024 * 1024) + "\n"),
        Text("quoted-scalar-of-5-mb", "a.yaml(2,7): DD0015", "id: a\nname: \"" + new string('x', 5 * 1024 * 1024) + "\"\n"),
        Text("key-of-5-mb", "a.yaml(2,1): DD0001", "id: a\n" + new string('k', 5 * 1024 * 1024) + ": x\n"),
        Text("sequence-of-a-million-items", "a.yaml(3,7): DD0015", Ok + "tags: [" + Repeat("a, ", 1_000_000) + "a]\n"),
        Text("file-over-8-mib", "a.yaml(1,1): DD0015", "id: a\nname: A\n#" + new string('x', 9 * 1024 * 1024) + "\n"),
        Text("deep-flow-sequences", "a.yaml(3,70): DD0015", Ok + "tags: " + new string('[', 20_000) + new string(']', 20_000) + "\n"),
        Text("deep-flow-sequences-unclosed", "a.yaml(3,70): DD0015", Ok + "tags: " + new string('[', 20_000) + "\n"),
        Text("deep-flow-mappings", "a.yaml(1,257): DD0015", Repeat("{a: ", 20_000) + "x" + new string('}', 20_000) + "\n"),
        Text("deep-block-sequences", "a.yaml(1,129): DD0015", Repeat("- ", 20_000) + "x\n"),
        Text("deep-block-mappings", "a.yaml(65,65): DD0015", string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "a:\n")) + new string(' ', 2_000) + "x\n"),
        Text("deep-mixed-flow", "a.yaml(1,161): DD0015", Repeat("[{a: ", 10_000) + "\n"),

        // YAML features data files refuse.
        Text("anchor", "a.yaml(2,7): DD0014", "id: a\nname: &n A\n"),
        Text("alias", "a.yaml(6,9): DD0014", "- id: a\n  name: A\n  tags: [x]\n- id: b\n  name: B\n  tags: *t\n"),
        Text("anchor-then-alias", "a.yaml(3,9): DD0014", "- id: a\n  name: A\n  tags: &t [x]\n- id: b\n  name: B\n  tags: *t\n"),
        Text("billion-laughs", "a.yaml(3,4): DD0014", "id: a\nname: A\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + string.Concat(Enumerable.Range(1, 8).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))}]\n"))),
        Text("merge-key", "a.yaml(3,1): DD0014", Ok + "<<: {size: 1}\n"),
        Text("tag", "a.yaml(2,7): DD0014", "id: a\nname: !custom A\n"),
        Text("standard-tag", "a.yaml(3,7): DD0014", Ok + "size: !!int 3\n"),
        Text("complex-key", "a.yaml(3,3): DD0014", Ok + "? [x]\n: y\n"),
        Text("several-documents", "a.yaml(3,1): DD0022", Ok + "---\nid: b\nname: B\n"),
        Text("empty-second-document", "a.yaml(4,1): DD0022", "---\n" + Ok + "---\n"),

        // Invalid UTF-8, surrogates, control characters.
        Bytes("invalid-utf8-in-value", "a.yaml(2,8): DD0024", Utf8("id: a\nname: A", 0xFF, 0xFE, "B\n")),
        Bytes("invalid-utf8-in-comment", "a.yaml(3,4): DD0024", Utf8("id: a\nname: A\n# x", 0xC3, "\n")),
        Bytes("invalid-utf8-in-key", "a.yaml(3,2): DD0024", Utf8("id: a\nname: A\nn", 0x80, "me: x\n")),
        Bytes("invalid-utf8-truncated-at-end", "a.yaml(2,8): DD0024", Utf8("id: a\nname: A", 0xE2, 0x82)),
        Bytes("invalid-utf8-overlong", "a.yaml(2,7): DD0024", Utf8("id: a\nname: ", 0xC0, 0xAF, "\n")),
        Bytes("invalid-utf8-encoded-surrogate", "a.yaml(2,7): DD0024", Utf8("id: a\nname: ", 0xED, 0xA0, 0x80, "\n")),
        Encoded("invalid-utf8-read-with-fallback-code-page", "a.yaml(2,9): DD0025", "id: a\nname: Ab\u00C3\u00A9\n", Encoding.Latin1),
        Text("unpaired-high-surrogate", "a.yaml(2,8): DD0024", "id: a\nname: A\uD800B\n"),
        Text("unpaired-low-surrogate", "a.yaml(2,7): DD0024", "id: a\nname: \uDC00\n"),
        Text("unpaired-surrogate-by-escape", "a.yaml(2,7): DD0001", "id: a\nname: \"\\uD800\"\n"),
        Text("nul-character", "a.yaml(2,8): DD0024", "id: a\nname: A\0B\n"),
        Text("control-character-by-escape", "a.yaml(2,7): DD0024", "id: a\nname: \"A\\x07\"\n"),
        Text("next-line-character", "a.yaml(2,8): DD0024", "id: a\nname: A\u0085B\n"),
        Text("bell-character-in-quotes", "a.yaml(2,9): DD0024", "id: a\nname: \"A\u0007B\"\n"),
        Text("replacement-character-in-quotes", "a.yaml(2,9): DD0024", "id: a\nname: \"A\uFFFDB\"\n"),

        // Bidi controls (Trojan Source): in strings, ids, keys, comments, and by escape.
        Text("bidi-in-string", "a.yaml(2,9): DD0024", "id: a\nname: \"A\u202EB\"\n"),
        Text("bidi-isolate-in-string", "a.yaml(2,8): DD0024", "id: a\nname: A\u2066B\u2069\n"),
        Text("bidi-isolate-in-quoted-string", "a.yaml(2,9): DD0024", "id: a\nname: \"A\u2066B\"\n"),
        Text("bidi-in-id", "a.yaml(1,6): DD0024", "id: a\u202Eb\nname: A\n"),
        Text("bidi-mark-in-id", "a.yaml(1,6): DD0024", "id: a\u200Fb\nname: A\n"),
        Text("bidi-in-key", "a.yaml(3,3): DD0024", Ok + "ta\u202Egs: [x]\n"),
        Text("bidi-in-comment", "a.yaml(3,3): DD0024", Ok + "# \u202E hidden\n"),
        Text("bidi-in-reference", "a.yaml(3,12): DD0024", Ok + "parentId: b\u2067\n"),
        Text("bidi-by-escape-in-string", "a.yaml(2,7): DD0024", "id: a\nname: \"A\\u202EB\"\n"),
        Text("bidi-by-escape-in-key", "a.yaml(3,1): DD0024", Ok + "\"ta\\u202Egs\": [x]\n"),

        // Files the data directory holds but no collection owns.
        Files("file-in-no-collection-folder", "x.yaml(1,1): DD0019", ("/repo/data/other/x.yaml", Ok)),

        // Quotes and the texts they cite.
        Files("quote-missing-from-its-text", "a.yaml(5,12): DD0011", Book, BookText, (Thing, Ok + "notes:\n  - bookId: book\n    quote: the slow fox\n")),
        Files("quote-empty", "a.yaml(5,12): DD0011", Book, BookText, (Thing, Ok + "notes:\n  - bookId: book\n    quote: \"  \"\n")),
        Files("evidence-file-missing", "book.yaml(2,7): DD0012", Book),
    ];

    private static HostileCase Text(string name, string expected, string text) =>
        new(name, expected, () => [new InMemoryText(Thing, text)]);

    private static HostileCase Files(string name, string expected, params (string Path, string Text)[] files) =>
        new(name, expected, () => files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToList());

    private static HostileCase Bytes(string name, string expected, byte[] bytes) =>
        new(name, expected, () => [new ByteText(Thing, bytes)]);

    private static HostileCase Encoded(string name, string expected, string text, Encoding encoding) =>
        new(name, expected, () => [new EncodedText(Thing, text, encoding)]);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    /// <summary>Bytes from text (as UTF-8) and raw byte values, in order.</summary>
    private static byte[] Utf8(params object[] parts) =>
        parts.SelectMany(p => p switch
        {
            string s => Encoding.UTF8.GetBytes(s),
            int b => [(byte)b],
            _ => throw new ArgumentException("text or a byte", nameof(parts)),
        }).ToArray();
}
