using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Model;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;
using DefenceData.Generators.Values;

namespace DefenceData.Generators.Binding;

/// <summary>
/// Binds one parsed YAML file to the collection whose folder holds it: every key to a property,
/// every scalar typed by that property (never by YAML's implicit typing), every fault a diagnostic.
/// </summary>
internal sealed class RecordBinder : IBindContext
{
    private readonly string _path;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<ReferenceCheck> _references = new();
    private readonly List<QuoteCheck> _quotes = new();
    private readonly List<EvidenceLink> _evidence = new();
    private readonly List<FailedRecord> _failed = new();
    private readonly List<CodeCheck> _codes = new();
    private string _ownerType = "";
    private string _ownerId = "";
    private PropertyShape? _property;
    private string _key = "";

    private RecordBinder(string path) => _path = path;

    public static BoundFile? Bind(DocumentModel document, ImmutableArray<CollectionShape> collections, string? dataDirectory) =>
        Bind(document.Path, () => document, collections, dataDirectory);

    /// <summary>
    /// Binds the file at <paramref name="path"/>; <paramref name="parse"/> runs only once the file is
    /// known to belong to a collection, so another tool's YAML is never parsed.
    /// </summary>
    public static BoundFile? Bind(string path, System.Func<DocumentModel> parse, ImmutableArray<CollectionShape> collections, string? dataDirectory)
    {
        var collection = collections
            .Where(c => c.Record is not null && c.Folder.Length > 0 && DataPaths.InFolder(path, c.Folder, dataDirectory))
            .OrderByDescending(c => c.Folder.Length)
            .ThenBy(c => c.ClassFullyQualifiedName, System.StringComparer.Ordinal)
            .FirstOrDefault();

        var binder = new RecordBinder(path);
        if (collection is null)
        {
            if (DataPaths.RelativeTo(path, dataDirectory) is not { } relative)
            {
                return null; // Not a data file: some other tool's YAML passed as an additional file.
            }

            var folders = collections.Where(c => c.Folder.Length > 0).Select(c => c.Folder + "/").Distinct().OrderBy(f => f, System.StringComparer.Ordinal).ToList();
            binder._diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileInNoCollection, LocationInfo.FileStart(path), relative,
                folders.Count == 0 ? "no [DataCollection] class names a folder" : "the collections' folders are " + string.Join(", ", folders)));
            return binder.Result(new List<RecordModel>());
        }

        var document = parse();

        if (document.Diagnostics.Count > 0)
        {
            return new BoundFile(document.Path, EquatableArray<RecordModel>.Empty, EquatableArray<ReferenceCheck>.Empty,
                EquatableArray<QuoteCheck>.Empty, EquatableArray<EvidenceLink>.Empty, document.Diagnostics);
        }

        return binder.BindFile(document.Root, collection);
    }

    private BoundFile BindFile(YamlNode? root, CollectionShape collection)
    {
        var records = new List<RecordModel>();
        var mappings = root switch
        {
            YamlMapping m => new List<YamlNode> { m },
            YamlSequence s when s.Items.Count > 0 => s.Items.ToList(),
            _ => null,
        };

        if (mappings is null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoRecords, root?.Location ?? LocationInfo.FileStart(_path)));
            return Result(records);
        }

        foreach (var node in mappings)
        {
            if (node is not YamlMapping mapping)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongType, node.Location, "(record)", "a mapping", Describe(node)));
                continue;
            }

            var errorsBefore = _diagnostics.Count;
            var type = collection.Record!;
            var idNode = mapping.Entries.FirstOrDefault(e => e.Key.Text == "id")?.Value as YamlScalar;
            _ownerType = type.FullyQualifiedName;
            _ownerId = idNode?.Text ?? "";
            var value = BindObject(mapping, type, isRecordRoot: true);
            if (value is null || _diagnostics.Count > errorsBefore || idNode is null)
            {
                // Reported; a record with faults is not emitted, so the generated code stays valid. Its
                // named member still is, refusing use with the reason, instead of a bare CS0117 in user code.
                if (idNode is not null && IdRules.IsKebabCase(idNode.Text))
                {
                    _failed.Add(new FailedRecord(collection.ClassFullyQualifiedName, idNode.Text, _path));
                }

                continue;
            }

            if (!IdRules.IsKebabCase(idNode.Text))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedId, idNode.Location, idNode.Text));
                continue;
            }

            records.Add(new RecordModel(collection.ClassFullyQualifiedName, idNode.Text, idNode.Location, value));
        }

        return Result(records);
    }

    private BoundFile Result(List<RecordModel> records) => new(
        _path,
        records.ToEquatableArray(),
        _references.ToEquatableArray(),
        _quotes.ToEquatableArray(),
        _evidence.ToEquatableArray(),
        _diagnostics.ToEquatableArray(),
        _failed.ToEquatableArray(),
        _codes.ToEquatableArray());

    private BoundObject? BindObject(YamlMapping mapping, TypeShape type, bool isRecordRoot)
    {
        var fields = new List<BoundField>();
        var present = new Dictionary<string, (YamlNode Node, BoundValue? Value)>(System.StringComparer.Ordinal);
        var failed = false;
        foreach (var entry in mapping.Entries)
        {
            if (BindEntry(entry, type) is not { } bound)
            {
                failed = true;
                continue;
            }

            present[bound.Property.Name] = (entry.Value, bound.Value);
            fields.Add(new BoundField(bound.Property.Name, bound.Value));
        }

        failed |= !CheckAbsent(mapping, type, present);
        if (failed || !SiblingRules.Check(type, present, _diagnostics))
        {
            return null;
        }

        AddCrossFileChecks(type, present, isRecordRoot);
        return new BoundObject(type.FullyQualifiedName, fields.ToEquatableArray(), type.HasScope);
    }

    /// <summary>One key and its value, bound to the type's property; null (and a diagnostic) for an unknown key or a value the property refuses.</summary>
    private (PropertyShape Property, BoundValue Value)? BindEntry(YamlEntry entry, TypeShape type)
    {
        var property = type.Properties.FirstOrDefault(p => p.Key == entry.Key.Text);
        if (property is null)
        {
            var keys = type.Properties.Select(p => p.Key).ToList();
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownKey, entry.Key.Location, entry.Key.Text, type.DisplayName,
                Suggestions.DidYouMean(entry.Key.Text, keys),
                keys.Count == 0 ? type.DisplayName + " has no keys." : "Its keys: " + string.Join(", ", keys) + "."));
            return null;
        }

        var value = BindValue(entry.Value, property.Value, property, entry.Key.Text);
        if (value is null)
        {
            return null;
        }

        if (value is BoundNull && property.IsRequired && !property.Value.IsNullable)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NullValue, entry.Value.Location, entry.Key.Text));
            return null;
        }

        return ValueRules.Check(property, entry.Value, value, _diagnostics) ? (property, value) : null;
    }

    /// <summary>Each property the mapping leaves out: a required one is DD0003, and an absent list may be too short; false if any is.</summary>
    private bool CheckAbsent(YamlMapping mapping, TypeShape type, Dictionary<string, (YamlNode Node, BoundValue? Value)> present)
    {
        var ok = true;
        foreach (var property in type.Properties)
        {
            if (!present.ContainsKey(property.Name) && !mapping.Entries.Any(e => e.Key.Text == property.Key))
            {
                if (property.IsRequired)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingRequiredKey, MappingStart(mapping), property.Key, type.DisplayName));
                    ok = false;
                }
                else if (!ValueRules.CheckAbsent(property, MappingStart(mapping), _diagnostics))
                {
                    ok = false;
                }
            }
        }

        return ok;
    }

    /// <summary>What is checked once every file is bound: each quote against its source, a record's evidence file, and a code against its codebook.</summary>
    private void AddCrossFileChecks(TypeShape type, Dictionary<string, (YamlNode Node, BoundValue? Value)> present, bool isRecordRoot)
    {
        foreach (var property in type.Properties)
        {
            if (property.QuoteSourceProperty is { } sourceProperty
                && present.TryGetValue(property.Name, out var quote) && quote.Value is BoundString quoteText
                && present.TryGetValue(sourceProperty, out var source) && source.Value is BoundString sourceId
                && type.Properties.FirstOrDefault(p => p.Name == sourceProperty)?.ReferenceTarget is { } sourceType)
            {
                _quotes.Add(new QuoteCheck(sourceType, sourceId.Value, quoteText.Value, quote.Node.Location));
            }

            if (property.Codebook is { } codebook && present.TryGetValue(property.Name, out var coded) && coded.Value is BoundString code)
            {
                _codes.Add(new CodeCheck(codebook, code.Value, property.Key, coded.Node.Location));
            }

            if (isRecordRoot && property.IsEvidenceFile && present.TryGetValue(property.Name, out var file) && file.Value is BoundString relative)
            {
                _evidence.Add(new EvidenceLink(type.FullyQualifiedName, _ownerId, relative.Value, file.Node.Location));
            }
        }
    }

    private BoundValue? BindValue(YamlNode node, ValueShape shape, PropertyShape property, string key)
    {
        _property = property;
        _key = key;
        if (node is YamlScalar { IsNull: true })
        {
            if (shape.Kind == ValueKind.List && !shape.IsNullable)
            {
                return ListCodec.Empty(shape);
            }

            if (!shape.IsNullable)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NullValue, node.Location, key));
                return null;
            }

            return new BoundNull();
        }

        return ValueCodecs.For(shape.Kind).Bind(node, shape, this);
    }

    BoundValue? IBindContext.BindValue(YamlNode node, ValueShape shape) => BindValue(node, shape, _property!, _key);

    BoundObject? IBindContext.BindObject(YamlMapping mapping, TypeShape type)
    {
        var (property, key) = (_property, _key);
        var bound = BindObject(mapping, type, isRecordRoot: false);
        (_property, _key) = (property, key);
        return bound;
    }

    void IBindContext.AddReference(string text, LocationInfo location)
    {
        if (_property?.ReferenceTarget is { } target)
        {
            _references.Add(new ReferenceCheck(target, text, _ownerType, _ownerId, location));
        }
    }

    void IBindContext.Report(DiagnosticInfo diagnostic) => _diagnostics.Add(diagnostic);

    BoundValue? IBindContext.WrongType(YamlNode node, string expected) => WrongType(node, _key, expected);

    BoundValue? IBindContext.WrongScalar(YamlScalar scalar, string expected, bool looksRight, string? range)
    {
        var key = _key;
        if (looksRight && !scalar.IsPlain)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongType, scalar.Location, key, expected,
                "the quoted text " + Describe(scalar) + ": remove the quotes"));
            return null;
        }

        if (looksRight && range is not null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongType, scalar.Location, key, expected + " " + range,
                Describe(scalar) + ", which is out of that range"));
            return null;
        }

        return WrongType(scalar, key, expected);
    }

    private BoundValue? WrongType(YamlNode node, string key, string expected)
    {
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongType, node.Location, key, expected, Describe(node)));
        return null;
    }

    private static LocationInfo MappingStart(YamlMapping mapping) =>
        mapping.Location with { Length = 0, EndLine = mapping.Location.StartLine, EndColumn = mapping.Location.StartColumn };

    private static string Describe(YamlNode node) => node switch
    {
        YamlMapping => "a mapping",
        YamlSequence => "a sequence",
        YamlScalar s => "'" + (s.Text.Length > 40 ? s.Text.Substring(0, 40) + "…" : s.Text) + "'",
        _ => "unknown",
    };

}
