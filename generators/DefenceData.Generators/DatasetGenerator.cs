using System;
using System.Collections.Immutable;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Model;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Resolution;
using DefenceData.Generators.Schemas;
using DefenceData.Generators.Shapes;
using DefenceData.Generators.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DefenceData.Generators;

/// <summary>
/// Compiles YAML records into typed collections. Pipeline: shapes (the marked C# types) and
/// documents (each YAML file read alone) → parse and bind each file → validate across files → emit
/// one source per collection, plus navigation properties for partial record types. Every step and
/// every emission runs in <see cref="GuardedStep"/>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
    /// <summary>The MSBuild property naming the data directory (made compiler-visible by the package's props).</summary>
    public const string DataDirectoryProperty = "build_property.DefenceDataDirectory";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = ReadSettings(context);
        var shapeSet = WireShapes(context);
        var bound = WireDocuments(context, shapeSet, settings.DataDirectory);
        var fileIds = bound.Select(static (file, _) => FileIds.From(file)).WithTrackingName(TrackingNames.FileIds);
        var (referenced, resolution) = WireScope(context, shapeSet, settings.ScopesSupported);
        var codebooks = WireCodebooks(context, shapeSet, settings.DataDirectory);
        WireValidation(context, bound, fileIds, codebooks, shapeSet, settings.DataDirectory, referenced.Combine(resolution));
        WireCollections(context, bound, shapeSet, settings);
        WireRoot(context, shapeSet, settings.ScopesSupported.Combine(settings.MetadataSupported).Select(static (both, _) => both.Left && both.Right));
        WireSchemas(context, fileIds, shapeSet);
        WireMetadata(context, shapeSet, settings.MetadataSupported);
    }

    /// <summary>What the build says besides the data: the data directory, the emit mode, and whether scopes can be emitted.</summary>
    private readonly record struct Settings(
        IncrementalValueProvider<string?> DataDirectory,
        IncrementalValueProvider<EmitSettings> Emit,
        IncrementalValueProvider<bool> ScopesSupported,
        IncrementalValueProvider<bool> MetadataSupported);

    private static Settings ReadSettings(IncrementalGeneratorInitializationContext context)
    {
        var dataDirectory = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue(DataDirectoryProperty, out var value) && !string.IsNullOrWhiteSpace(value)
                ? DataPaths.Normalize(value)
                : null);

        // Readable or compact, named members or not: decided in Emit/EmitMode.cs.
        var compactApis = context.CompilationProvider.Select(static (compilation, _) => EmitModes.CompactApisAvailable(compilation));
        var emitSettings = context.AnalyzerConfigOptionsProvider.Combine(context.ParseOptionsProvider).Combine(compactApis)
            .Select(static (input, _) => EmitModes.Read(input.Left.Left.GlobalOptions, input.Left.Right, input.Right));

        var scopesSupported = context.CompilationProvider.Select(static (compilation, _) =>
            compilation.GetTypeByMetadataName(ScopeNames.LookupMetadataName) is not null);
        var metadataSupported = context.CompilationProvider.Select(static (compilation, _) =>
            compilation.GetTypeByMetadataName(MetadataModel.RuntimeMetadataName) is not null);
        return new Settings(dataDirectory, emitSettings, scopesSupported, metadataSupported);
    }

    /// <summary>The <c>[DataCollection]</c> classes, in ordinal order of class name; each reports its own diagnostics.</summary>
    private static IncrementalValueProvider<EquatableArray<CollectionShape>> WireShapes(IncrementalGeneratorInitializationContext context)
    {
        var shapes = context.SyntaxProvider
            .ForAttributeWithMetadataName(ShapeReader.DataCollectionAttribute, static (node, _) => node is ClassDeclarationSyntax, ReadShape)
            .WithTrackingName(TrackingNames.Shapes);
        context.RegisterSourceOutput(shapes, static (spc, shape) => Report(spc, shape.Diagnostics));

        var ordered = shapes.Collect().Select(static (all, _) =>
            all.OrderBy(s => s.ClassFullyQualifiedName, StringComparer.Ordinal).ToEquatableArray());

        // Generated file names ignore case, so of two classes whose names differ only in case (URLs,
        // UrLs: one export name too) the later is left out, with DD0010, rather than crash the generator.
        var distinct = ordered.Select(static (all, _) => MemberNames.WithoutCaseTwins(all));
        context.RegisterSourceOutput(distinct, static (spc, set) => Report(spc, set.Diagnostics));
        return distinct.Select(static (set, _) => set.Value);
    }

    /// <summary>Each YAML file read, parsed and bound on its own; binding sees the shapes without their locations.</summary>
    private static IncrementalValuesProvider<BoundFile> WireDocuments(
        IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<CollectionShape>> shapeSet, IncrementalValueProvider<string?> dataDirectory)
    {
        var documents = context.AdditionalTextsProvider
            .Where(static text => IsYaml(text.Path))
            .Select(static (text, cancellationToken) => Read(text, cancellationToken))
            .WithTrackingName(TrackingNames.Documents);

        var bindingShapes = shapeSet.Select(static (all, _) => all.Select(s => s.WithoutLocation()).ToEquatableArray());
        var bound = documents
            .Combine(bindingShapes.Combine(dataDirectory))
            .Select(static (input, _) => Bind(input.Left, input.Right.Left, input.Right.Right))
            .WithTrackingName(TrackingNames.Bound)
            .Where(static file => file is not null)
            .Select(static (file, _) => file!);
        context.RegisterSourceOutput(bound, static (spc, file) => Report(spc, file.Diagnostics));
        return bound;
    }

    /// <summary>
    /// Codebooks (<c>*.tsv</c>: Validation/CodebookText.cs), read once each, for the checks of <c>[Codebook]</c>
    /// properties; and each <c>[CodebookTable]</c> class, filled with its codebook's rows (Emit/CodebookTableEmitter.cs).
    /// </summary>
    private static IncrementalValueProvider<ImmutableArray<CodebookText>> WireCodebooks(
        IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<CollectionShape>> shapeSet, IncrementalValueProvider<string?> dataDirectory)
    {
        var codebooks = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) => GuardedStep.Run(LocationInfo.FileStart(text.Path), text.Path,
                () => CodebookText.From(text.Path, text.GetText(cancellationToken)?.ToString()), CodebookText.From(text.Path, null)))
            .WithTrackingName(TrackingNames.Codebooks);
        context.RegisterSourceOutput(codebooks, static (spc, book) => Report(spc, book.Diagnostics));
        var all = codebooks.Collect().Select(static (books, _) => books.Select(b => b.Value).ToImmutableArray());

        var tables = context.SyntaxProvider
            .ForAttributeWithMetadataName(CodebookTableModel.AttributeName, static (node, _) => node is ClassDeclarationSyntax, static (ctx, ct) => CodebookTableModel.Read(ctx, ct))
            .Combine(all.Combine(dataDirectory))
            .Select(static (input, _) => input.Left.WithRows(input.Right.Left, input.Right.Right))
            .WithTrackingName(TrackingNames.CodebookTables);
        context.RegisterSourceOutput(tables, static (spc, table) =>
        {
            Report(spc, table.Diagnostics);
            if (table.Diagnostics.Count == 0)
            {
                GuardedStep.Emit(spc, table.Location, table.ClassName, HintName(table.FullName) + ".Codebook.g.cs", () => CodebookTableEmitter.Emit(table));
            }
        });
        return all;
    }

    /// <summary>
    /// The checks beyond one record (Validation/DatasetValidator.cs): each file's references, quotes and
    /// codes against indexes of every file's ids and evidence links, which stay equal unless an id or a
    /// link changes, so a value edit re-checks the edited file alone; and the checks across files
    /// (duplicate ids, member names, missing codebooks) from each file's ids and where they are.
    /// </summary>
    private static void WireValidation(
        IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<BoundFile> bound, IncrementalValuesProvider<FileIds> fileIds, IncrementalValueProvider<ImmutableArray<CodebookText>> codebooks,
        IncrementalValueProvider<EquatableArray<CollectionShape>> shapeSet, IncrementalValueProvider<string?> dataDirectory,
        IncrementalValueProvider<(Guarded<EquatableArray<ReferencedCollection>> Referenced, Guarded<ResolutionModel> Resolution)> scope)
    {
        var evidence = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) => ReadEvidence(text, cancellationToken))
            .WithTrackingName(TrackingNames.Evidence);
        context.RegisterSourceOutput(evidence, static (spc, text) => Report(spc, text.Diagnostics));
        var texts = evidence.Collect().Select(static (all, _) => all.Select(e => e.Value).ToImmutableArray());

        var idIndex = fileIds.Collect().Combine(scope)
            .Select(static (input, _) => IdIndex.Build(input.Left, input.Right.Resolution.Value, input.Right.Referenced.Value))
            .WithTrackingName(TrackingNames.IdIndex);
        var links = bound.Select(static (file, _) => FileEvidence.From(file)).Collect()
            .Select(static (all, _) => EvidenceIndex.Build(all))
            .WithTrackingName(TrackingNames.EvidenceIndex);
        var fileChecks = bound
            .Combine(idIndex.Combine(links).Combine(texts.Combine(codebooks).Combine(dataDirectory)))
            .Select(static (input, _) => CheckFile(input.Left, input.Right.Left.Left, input.Right.Left.Right, input.Right.Right.Left.Left, input.Right.Right.Left.Right, input.Right.Right.Right))
            .WithTrackingName(TrackingNames.FileChecks);
        context.RegisterSourceOutput(fileChecks, static (spc, diagnostics) => Report(spc, diagnostics));

        var sites = bound.Select(static (file, _) => FileSites.From(file)).WithTrackingName(TrackingNames.FileSites);
        var validation = sites.Collect()
            .Combine(codebooks.Combine(shapeSet).Combine(dataDirectory.Combine(scope)))
            .Select(static (input, _) => CheckAcrossFiles(input.Left, input.Right.Left.Left, input.Right.Left.Right, input.Right.Right.Left, input.Right.Right.Right.Resolution.Value))
            .WithTrackingName(TrackingNames.Validation);
        context.RegisterSourceOutput(validation, static (spc, diagnostics) => Report(spc, diagnostics));
    }

    /// <summary>
    /// Each file's records without locations and its summary (ids and patterns, no values); from the
    /// summaries, each collection's plan (Emit/CompactPlan.cs). A readable collection is one model and
    /// one source; a compact one is an index, decoders and one source per bucket of files, so a value
    /// edit re-emits the edited file's bucket alone. Every public collection also lists its ids.
    /// </summary>
    private static void WireCollections(
        IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<BoundFile> bound, IncrementalValueProvider<EquatableArray<CollectionShape>> shapeSet, Settings settings)
    {
        var records = bound
            .Select(static (file, _) => Records(file))
            .WithTrackingName(TrackingNames.Records);
        context.RegisterSourceOutput(records, static (spc, file) => Report(spc, file.Diagnostics));

        // Labels only where a compact collection can have named members (DefenceDataNamedMembers=always), so a title edit leaves the plans cached.
        var withLabels = settings.Emit.Select(static (emit, _) => emit.NamedMembers == NamedMembers.Always);
        var scans = records.Combine(shapeSet).Select(static (input, _) => Scan(input.Left, input.Right));
        var summaries = scans.Combine(withLabels)
            .Select(static (input, _) => input.Right ? input.Left.Summary : input.Left.Summary.WithoutLabels())
            .WithTrackingName(TrackingNames.Summaries);
        context.RegisterSourceOutput(summaries, static (spc, summary) => Report(spc, summary.Diagnostics));
        var plans = summaries.Collect()
            .Combine(shapeSet.Combine(settings.Emit).Combine(settings.DataDirectory))
            .Select(static (input, _) => Plan(input.Left, input.Right.Left.Left, input.Right.Left.Right, input.Right.Right))
            .WithTrackingName(TrackingNames.Plans);
        context.RegisterSourceOutput(plans, static (spc, model) => Report(spc, model.Diagnostics));

        var readableShapes = plans.Select(static (model, _) => model.Value.Where(p => p.Index is null).Select(p => p.Shape).ToEquatableArray());
        var collections = records.Collect()
            .Combine(readableShapes.Combine(settings.DataDirectory))
            .SelectMany(static (input, _) => BuildCollections(input.Left, input.Right.Left, input.Right.Right))
            .WithTrackingName(TrackingNames.Collections);
        context.RegisterSourceOutput(collections.Combine(settings.Emit), static (spc, input) => EmitCollection(spc, input.Left, input.Right));

        var compactShapes = plans.Select(static (model, _) => model.Value.Where(p => p.Index is not null).Select(p => p.Shape).ToEquatableArray());
        var fileStrings = scans.Select(static (scan, _) => scan.Strings).WithTrackingName(TrackingNames.FileStrings);
        var shared = fileStrings.Collect().Combine(compactShapes)
            .Select(static (input, _) => CompactStrings.Build(input.Left, input.Right).ToEquatableArray());
        var sharedStrings = shared.SelectMany(static (all, _) => all.Select(s => s.WithoutBuckets())).WithTrackingName(TrackingNames.CompactStrings);
        context.RegisterSourceOutput(sharedStrings, static (spc, model) => EmitCompactStrings(spc, model));
        var buckets = records.Collect().Combine(shared)
            .SelectMany(static (input, _) => BucketModel.Split(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Buckets);
        context.RegisterSourceOutput(buckets, static (spc, model) => EmitBucket(spc, model));

        var indexes = plans.SelectMany(static (model, _) => model.Value.Where(p => p.Index is not null).Select(p => p.Index!))
            .WithTrackingName(TrackingNames.CompactIndexes);
        context.RegisterSourceOutput(indexes, static (spc, model) => EmitCompactIndex(spc, model));
        var decoders = plans.SelectMany(static (model, _) => model.Value.Where(p => p.Decoders is not null).Select(p => p.Decoders!))
            .WithTrackingName(TrackingNames.CompactDecoders);
        context.RegisterSourceOutput(decoders, static (spc, model) => EmitCompactDecoders(spc, model));

        var ids = plans.SelectMany(static (model, _) => model.Value.Select(p => p.Ids))
            .WithTrackingName(TrackingNames.CollectionIds);
        context.RegisterSourceOutput(ids.Combine(settings.ScopesSupported), static (spc, input) => EmitIds(spc, input.Left, input.Right));
    }

    /// <summary>
    /// Where references resolve (Resolution/ResolutionModel.cs: the compilation's own collections, or
    /// a referenced assembly's) and what is emitted from it: the scope, navigation, the reference
    /// index and <c>IRecord</c> on the record types, all from one walk of the collections' types
    /// (<see cref="TypeGraph"/>). Returns the referenced collections and the resolution, which validation checks against.
    /// </summary>
    private static (IncrementalValueProvider<Guarded<EquatableArray<ReferencedCollection>>> Referenced, IncrementalValueProvider<Guarded<ResolutionModel>> Resolution) WireScope(
        IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<CollectionShape>> shapeSet, IncrementalValueProvider<bool> scopesSupported)
    {
        var datasetLocation = shapeSet.Select(static (all, _) => GuardedStep.DatasetLocation(all));
        var referenced = context.CompilationProvider.Combine(datasetLocation)
            .Select(static (input, cancellationToken) => ReadReferenced(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ReferencedCollections);
        context.RegisterSourceOutput(referenced, static (spc, model) => Report(spc, model.Diagnostics));

        var graph = shapeSet
            // Nothing is emitted from it, so it keeps no location (a DD0018 carries its own): a line added above a collection class leaves it unchanged.
            .Select(static (all, _) => GuardedStep.Run(GuardedStep.DatasetLocation(all), "the collections' types", () => TypeGraph.Of(all), TypeGraph.Empty) with { At = null })
            .WithTrackingName(TrackingNames.TypeGraph);
        context.RegisterSourceOutput(graph, static (spc, model) => Report(spc, model.Diagnostics));

        var resolution = shapeSet.Combine(graph).Combine(referenced)
            .Select(static (input, _) => BuildResolution(input.Left.Left, input.Left.Right.Value, input.Right.Value))
            .WithTrackingName(TrackingNames.Resolution);
        context.RegisterSourceOutput(resolution.Combine(scopesSupported), static (spc, input) => EmitScope(spc, input.Left, input.Right));

        var navigations = shapeSet.Combine(graph).Combine(resolution)
            .Select(static (input, _) => BuildNavigations(input.Left.Left, input.Left.Right.Value, input.Right.Value))
            .WithTrackingName(TrackingNames.Navigations);
        context.RegisterSourceOutput(navigations, static (spc, model) => Report(spc, model.Diagnostics));
        context.RegisterSourceOutput(
            navigations.SelectMany(static (model, _) => model.Value).Combine(scopesSupported),
            static (spc, input) => EmitNavigation(spc, input.Left, input.Right));

        var referenceIndex = shapeSet.Combine(graph)
            .Select(static (input, _) => GuardedStep.Run(GuardedStep.DatasetLocation(input.Left), "the reference index", () => ReferenceIndexModel.Build(input.Left, input.Right.Value), fallback: null))
            .WithTrackingName(TrackingNames.ReferenceIndex);
        context.RegisterSourceOutput(referenceIndex.Combine(scopesSupported), static (spc, input) => EmitReferenceIndex(spc, input.Left, input.Right));

        var recordTypes = shapeSet
            .Select(static (all, _) => GuardedStep.Run(GuardedStep.DatasetLocation(all), "the record types", () => RecordTypes(all), EquatableArray<RecordType>.Empty))
            .WithTrackingName(TrackingNames.RecordTypes);
        context.RegisterSourceOutput(recordTypes, static (spc, model) => Report(spc, model.Diagnostics));
        context.RegisterSourceOutput(
            recordTypes.SelectMany(static (model, _) => model.Value).Combine(scopesSupported),
            static (spc, input) => EmitRecordType(spc, input.Left, input.Right));
        return (referenced, resolution);
    }

    /// <summary>The dataset root: the class marked <c>[DatasetRoot]</c>, or the default one.</summary>
    private static void WireRoot(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<CollectionShape>> shapeSet, IncrementalValueProvider<bool> scopesSupported)
    {
        var roots = context.SyntaxProvider
            .ForAttributeWithMetadataName(RootReader.DatasetRootAttribute, static (node, _) => node is ClassDeclarationSyntax, ReadRoot)
            .WithTrackingName(TrackingNames.Roots);
        context.RegisterSourceOutput(roots, static (spc, declaration) => Report(spc, declaration.Diagnostics));
        var rootSet = roots.Collect().Select(static (all, _) => all.OrderBy(r => r.Namespace + "." + r.ClassName, StringComparer.Ordinal).ToEquatableArray());

        var root = shapeSet.Combine(rootSet)
            .Select(static (input, _) => BuildRoot(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Root);
        context.RegisterSourceOutput(root.Combine(scopesSupported), static (spc, input) => EmitRoot(spc, input.Left, input.Right));
    }

    /// <summary>JSON Schemas: shapes plus the ids that exist (for reference enums), emitted once per compilation; a value edit leaves them cached.</summary>
    private static void WireSchemas(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<FileIds> fileIds, IncrementalValueProvider<EquatableArray<CollectionShape>> shapeSet)
    {
        var schemas = fileIds.Collect()
            .Combine(shapeSet)
            .Select(static (input, _) => BuildSchemas(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Schemas);
        context.RegisterSourceOutput(schemas, static (spc, model) => EmitSchemas(spc, model));
    }

    /// <summary>Run-time metadata (Emit/MetadataModel.cs): from the shapes only, so a data edit never touches it.</summary>
    private static void WireMetadata(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<CollectionShape>> shapeSet, IncrementalValueProvider<bool> supported)
    {
        var metadata = shapeSet
            .Select(static (all, _) => GuardedStep.Run(GuardedStep.DatasetLocation(all), "the record metadata", () => MetadataModel.Build(all), MetadataModel.Empty))
            .WithTrackingName(TrackingNames.Metadata);
        var guardedCollections = shapeSet.Combine(metadata)
            .Select(static (input, _) => GuardedStep.Run(GuardedStep.DatasetLocation(input.Left), "the collections' metadata",
                () => CollectionMetadataModel.Build(input.Left, input.Right.Value).ToEquatableArray(), EquatableArray<CollectionMetadataModel>.Empty));
        context.RegisterSourceOutput(guardedCollections, static (spc, model) => Report(spc, model.Diagnostics));
        var collectionMetadata = guardedCollections
            .SelectMany(static (model, _) => model.Value)
            .WithTrackingName(TrackingNames.CollectionMetadata);
        context.RegisterSourceOutput(metadata.Combine(supported), static (spc, input) => EmitMetadata(spc, input.Left, input.Right));
        context.RegisterSourceOutput(collectionMetadata.Combine(supported), static (spc, input) => EmitCollectionMetadata(spc, input.Left, input.Right));
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    // The steps. Each runs in GuardedStep: what it did not foresee is one DD0018 at the file or class
    // it was working on, carried by its model.
    private static CollectionShape ReadShape(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        var location = LocationInfo.From(context.TargetNode is ClassDeclarationSyntax declaration ? declaration.Identifier.GetLocation() : context.TargetNode.GetLocation());
        var name = context.TargetSymbol.Name;
        return GuardedStep.Run(location, name, () => ShapeReader.Read(context, cancellationToken),
            failure => new CollectionShape(name, "", name, "", null, "internal", EquatableArray<DiagnosticInfo>.Empty.Append(failure), Location: location));
    }

    private static RootDeclaration ReadRoot(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        var name = context.TargetSymbol.Name;
        return GuardedStep.Run(LocationInfo.From(context.TargetNode.GetLocation()), name, () => RootReader.Read(context, cancellationToken),
            failure => new RootDeclaration("", name, "internal", EquatableArray<DiagnosticInfo>.Empty.Append(failure)));
    }

    private static YamlSource Read(AdditionalText text, System.Threading.CancellationToken cancellationToken) =>
        GuardedStep.Run(LocationInfo.FileStart(text.Path), text.Path,
            () =>
            {
                var source = text.GetText(cancellationToken);
                return source is not null && SourceEncoding.Check(text.Path, source) is { } notUtf8
                    ? new YamlSource(text.Path, null, EquatableArray<DiagnosticInfo>.Empty.Append(notUtf8))
                    : new YamlSource(text.Path, source?.ToString(), EquatableArray<DiagnosticInfo>.Empty);
            },
            failure => new YamlSource(text.Path, null, EquatableArray<DiagnosticInfo>.Empty.Append(failure)));

    private static Guarded<EvidenceText> ReadEvidence(AdditionalText text, System.Threading.CancellationToken cancellationToken) =>
        GuardedStep.Run(LocationInfo.FileStart(text.Path), text.Path,
            () => EvidenceText.From(text.Path, text.GetText(cancellationToken)?.ToString()),
            fallback: EvidenceText.From(text.Path, null));

    // Parsed here rather than in a step of its own, so the tree is garbage once bound (see YamlSource).
    private static DocumentModel Parse(YamlSource source) =>
        source.Diagnostics.Count > 0
            ? new DocumentModel(source.Path, null, source.Diagnostics)
            : YamlDocumentParser.Parse(source.Path, source.Text);

    // A file in no collection's folder binds to null: no BoundFile, nothing downstream.
    private static BoundFile? Bind(YamlSource source, EquatableArray<CollectionShape> shapes, string? dataDirectory) =>
        GuardedStep.Run<BoundFile?>(LocationInfo.FileStart(source.Path), source.Path,
            () => RecordBinder.Bind(source.Path, () => Parse(source), shapes.ToImmutableArray(), dataDirectory),
            failure => new BoundFile(source.Path, EquatableArray<RecordModel>.Empty, EquatableArray<ReferenceCheck>.Empty,
                EquatableArray<QuoteCheck>.Empty, EquatableArray<EvidenceLink>.Empty, EquatableArray<DiagnosticInfo>.Empty.Append(failure)));

    private static FileRecords Records(BoundFile file) =>
        GuardedStep.Run(LocationInfo.FileStart(file.Path), file.Path, () => FileRecords.From(file),
            failure => new FileRecords(file.Path, EquatableArray<RecordData>.Empty, EquatableArray<FailedRecord>.Empty, EquatableArray<DiagnosticInfo>.Empty.Append(failure)));

    private static FileScan Scan(FileRecords file, EquatableArray<CollectionShape> shapes) =>
        GuardedStep.Run(LocationInfo.FileStart(file.Path), file.Path, () => FileScan.From(file, shapes), failure => FileScan.Failed(file.Path, failure));

    // A failure here is reported once; every collection is then emitted readably, which needs no plan.
    private static Guarded<EquatableArray<CollectionPlan>> Plan(ImmutableArray<FileSummary> files, EquatableArray<CollectionShape> shapes, EmitSettings settings, string? dataDirectory) =>
        GuardedStep.Run(GuardedStep.DatasetLocation(shapes), "the collections' emit plans",
            () => CollectionPlan.Build(files, shapes, settings, dataDirectory).ToEquatableArray(),
            CollectionPlan.Readable(shapes));

    private static EquatableArray<DiagnosticInfo> CheckFile(BoundFile file, IdIndex ids, EvidenceIndex links, ImmutableArray<EvidenceText> evidence, ImmutableArray<CodebookText> codebooks, string? dataDirectory) =>
        GuardedStep.Run(LocationInfo.FileStart(file.Path), file.Path,
            () => DatasetValidator.CheckFile(file, ids, links, evidence, codebooks, dataDirectory),
            failure => EquatableArray<DiagnosticInfo>.Empty.Append(failure));

    private static EquatableArray<DiagnosticInfo> CheckAcrossFiles(ImmutableArray<FileSites> files, ImmutableArray<CodebookText> codebooks, EquatableArray<CollectionShape> shapes, string? dataDirectory, ResolutionModel resolution) =>
        GuardedStep.Run(GuardedStep.DatasetLocation(shapes), "the dataset's cross-file checks",
            () => DatasetValidator.CheckAcrossFiles(files, shapes, resolution, codebooks, dataDirectory),
            failure => EquatableArray<DiagnosticInfo>.Empty.Append(failure));

    private static ImmutableArray<CollectionModel> BuildCollections(ImmutableArray<FileRecords> files, EquatableArray<CollectionShape> shapes, string? dataDirectory) =>
        GuardedStep.Run(GuardedStep.DatasetLocation(shapes), "the collections' records",
            () => CollectionModel.Build(files, shapes, dataDirectory).ToImmutableArray(),
            // Each collection still gets its (empty) class; the first carries the one diagnostic that says why.
            failure => shapes.Where(s => s.Record is not null)
                .Select((s, i) => new CollectionModel(s with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty }, EquatableArray<RecordEntry>.Empty,
                    i == 0 ? EquatableArray<DiagnosticInfo>.Empty.Append(failure) : EquatableArray<DiagnosticInfo>.Empty))
                .ToImmutableArray());

    // Without them, references to a referenced assembly's records are not checked and get no navigation: the DD0018 says so.
    private static Guarded<EquatableArray<ReferencedCollection>> ReadReferenced(Compilation compilation, LocationInfo? datasetLocation, System.Threading.CancellationToken cancellationToken) =>
        GuardedStep.Run(datasetLocation, "the referenced assemblies' collections", () => ReferencedCollections.Read(compilation, cancellationToken), EquatableArray<ReferencedCollection>.Empty);

    private static Guarded<ResolutionModel> BuildResolution(EquatableArray<CollectionShape> shapes, TypeGraph graph, EquatableArray<ReferencedCollection> referenced) =>
        GuardedStep.Run(GuardedStep.DatasetLocation(shapes), "the compilation's scope", () => ResolutionModel.Build(shapes, graph, referenced), new ResolutionModel(EquatableArray<TypeResolution>.Empty));

    private static Guarded<EquatableArray<NavigationModel>> BuildNavigations(EquatableArray<CollectionShape> shapes, TypeGraph graph, ResolutionModel resolution) =>
        GuardedStep.RunReporting(GuardedStep.DatasetLocation(shapes), "the record types' navigation",
            collisions => NavigationModel.Build(shapes, graph, resolution, collisions).ToEquatableArray(), EquatableArray<NavigationModel>.Empty);

    private static Guarded<RootModel?> BuildRoot(EquatableArray<CollectionShape> shapes, EquatableArray<RootDeclaration> roots) =>
        GuardedStep.RunReporting(GuardedStep.DatasetLocation(shapes), "the dataset root",
            collisions =>
            {
                var root = RootModel.Build(shapes, roots);
                if (root is not null)
                {
                    collisions.AddRange(MemberNames.RootCollisions(shapes, root));
                }

                return root;
            },
            fallback: null);

    private static Guarded<SchemaSetModel?> BuildSchemas(ImmutableArray<FileIds> files, EquatableArray<CollectionShape> shapes) =>
        GuardedStep.RunReporting(GuardedStep.DatasetLocation(shapes), "the JSON Schemas",
            collisions =>
            {
                var model = SchemaSetModel.Build(files, shapes);
                SchemaEmitter.MemberNames(model, collisions);
                return model;
            },
            fallback: null);

    /// <summary>Each partial collection record type once, with the collection class a failure to emit it is reported at.</summary>
    private static EquatableArray<RecordType> RecordTypes(EquatableArray<CollectionShape> shapes) =>
        shapes.Where(s => s.Record is { IsPartialTopLevelInCompilation: true })
            .GroupBy(s => s.Record!.FullyQualifiedName, StringComparer.Ordinal).Select(g => new RecordType(g.First().Record!, g.First().Location))
            .OrderBy(t => t.Type.FullyQualifiedName, StringComparer.Ordinal).ToEquatableArray();

    // The emissions: each adds one source, or reports a DD0018 at the class it was emitting for.
    private static void EmitCollection(SourceProductionContext context, CollectionModel model, EmitSettings settings)
    {
        Report(context, model.Diagnostics);
        GuardedStep.Emit(context, model.Shape.Location, model.Shape.ClassName, HintName(model.Shape.ClassFullyQualifiedName) + ".g.cs", () => CollectionEmitter.Emit(model, settings));
    }

    private static void EmitIds(SourceProductionContext context, CollectionIds model, bool scopesSupported)
    {
        if (scopesSupported && model.Shape.ClassAccessibility == "public")
        {
            GuardedStep.Emit(context, model.Shape.Location, model.Shape.ClassName, HintName(model.Shape.ClassFullyQualifiedName) + ".Ids.g.cs", () => ScopeEmitter.EmitIds(model));
        }
    }

    private static void EmitCompactIndex(SourceProductionContext context, CompactIndexModel model)
    {
        var shape = model.Surface.Shape;
        GuardedStep.Emit(context, shape.Location, shape.ClassName, HintName(shape.ClassFullyQualifiedName) + ".g.cs", () => CompactIndexEmitter.Emit(model));
    }

    private static void EmitCompactDecoders(SourceProductionContext context, CompactDecoderModel model) =>
        GuardedStep.Emit(context, model.Shape.Location, model.Shape.ClassName, HintName(model.Shape.ClassFullyQualifiedName) + ".Decoders.g.cs", () => CompactEmitter.EmitDecoders(model));

    private static void EmitCompactStrings(SourceProductionContext context, CompactStrings model) =>
        GuardedStep.Emit(context, model.Shape.Location, model.Shape.ClassName, HintName(model.Shape.ClassFullyQualifiedName) + ".Strings.g.cs", () => CompactStringsEmitter.Emit(model));

    private static void EmitBucket(SourceProductionContext context, BucketModel model) =>
        GuardedStep.Emit(context, model.Shape.Location, model.Shape.ClassName, HintName(model.Shape.ClassFullyQualifiedName) + "." + CompactBuckets.Name(model.Bucket) + ".g.cs", () => CompactBucketEmitter.Emit(model));

    private static void EmitScope(SourceProductionContext context, Guarded<ResolutionModel> model, bool scopesSupported)
    {
        Report(context, model.Diagnostics);
        if (scopesSupported && model.Value.Types.Count > 0)
        {
            GuardedStep.Emit(context, model.At, "the compilation's scope", ScopeNames.ScopeNamespace + "." + ScopeNames.ScopeClassName + ".g.cs", () => ScopeEmitter.Emit(model.Value));
        }
    }

    private static void EmitNavigation(SourceProductionContext context, NavigationModel model, bool scopesSupported)
    {
        if (scopesSupported)
        {
            GuardedStep.Emit(context, model.At, model.Type.Name, HintName(model.Type.FullyQualifiedName) + ".Navigation.g.cs", () => NavigationEmitter.Emit(model));
        }
    }

    private static void EmitReferenceIndex(SourceProductionContext context, Guarded<ReferenceIndexModel?> model, bool scopesSupported)
    {
        Report(context, model.Diagnostics);
        if (model.Value is { } index && scopesSupported)
        {
            GuardedStep.Emit(context, model.At, "the reference index", ScopeNames.ScopeNamespace + "." + ScopeNames.ScopeClassName + ".References.g.cs", () => ReferenceIndexEmitter.Emit(index));
        }
    }

    private static void EmitRecordType(SourceProductionContext context, RecordType model, bool scopesSupported)
    {
        if (scopesSupported)
        {
            GuardedStep.Emit(context, model.At, model.Type.Name, HintName(model.Type.FullyQualifiedName) + ".Record.g.cs", () => RootEmitter.EmitRecordType(model.Type));
        }
    }

    private static void EmitRoot(SourceProductionContext context, Guarded<RootModel?> model, bool scopesSupported)
    {
        Report(context, model.Diagnostics);
        if (model.Value is { } root && scopesSupported)
        {
            GuardedStep.Emit(context, model.At, root.ClassName, HintName(root.Namespace + "." + root.ClassName) + ".Root.g.cs", () => RootEmitter.Emit(root));
        }
    }

    private static void EmitMetadata(SourceProductionContext context, Guarded<MetadataModel> model, bool supported)
    {
        Report(context, model.Diagnostics);
        if (supported && model.Value.Types.Count > 0)
        {
            GuardedStep.Emit(context, model.At, "the record metadata", MetadataModel.Namespace + "." + MetadataModel.ClassName + ".g.cs", () => MetadataEmitter.EmitTypes(model.Value));
        }
    }

    private static void EmitCollectionMetadata(SourceProductionContext context, CollectionMetadataModel model, bool supported)
    {
        if (supported)
        {
            GuardedStep.Emit(context, model.Shape.Location, model.Shape.ClassName, HintName(model.Shape.ClassFullyQualifiedName) + ".Metadata.g.cs", () => MetadataEmitter.EmitCollection(model));
        }
    }

    private static void EmitSchemas(SourceProductionContext context, Guarded<SchemaSetModel?> model)
    {
        Report(context, model.Diagnostics);
        if (model.Value is { Collections.Count: > 0 } schemas)
        {
            GuardedStep.Emit(context, model.At, "the JSON Schemas", SchemaEmitter.HintName, () => SchemaEmitter.Emit(schemas));
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static string HintName(string fullyQualifiedName) => fullyQualifiedName.Replace("global::", "").Replace('<', '[').Replace('>', ']');
}

/// <summary>A partial collection record type, to implement <c>IRecord</c> on, and the class of its collection (<paramref name="At"/>), where a failure to emit it is reported.</summary>
internal sealed record RecordType(TypeShape Type, LocationInfo? At);
