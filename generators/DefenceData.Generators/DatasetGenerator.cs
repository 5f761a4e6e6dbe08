using System;
using System.Collections.Immutable;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Model;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Resolution;
using DefenceData.Generators.Schemas;
using DefenceData.Generators.Shapes;
using DefenceData.Generators.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DefenceData.Generators;

/// <summary>
/// Compiles YAML records into typed collections. Pipeline: shapes (the marked C# types) and
/// documents (each YAML file read alone) → parse and bind each file → validate across files → emit
/// one source per collection, plus navigation properties for partial record types.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
    /// <summary>The MSBuild property naming the data directory (made compiler-visible by the package's props).</summary>
    public const string DataDirectoryProperty = "build_property.DefenceDataDirectory";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var dataDirectory = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue(DataDirectoryProperty, out var value) && !string.IsNullOrWhiteSpace(value)
                ? DataPaths.Normalize(value)
                : null);

        // Readable or compact, named members or not: decided in Emit/EmitMode.cs.
        var compactApis = context.CompilationProvider.Select(static (compilation, _) => EmitModes.CompactApisAvailable(compilation));
        var emitSettings = context.AnalyzerConfigOptionsProvider.Combine(context.ParseOptionsProvider).Combine(compactApis)
            .Select(static (input, _) => EmitModes.Read(input.Left.Left.GlobalOptions, input.Left.Right, input.Right));

        var shapes = context.SyntaxProvider
            .ForAttributeWithMetadataName(ShapeReader.DataCollectionAttribute, static (node, _) => node is ClassDeclarationSyntax, ReadShape)
            .WithTrackingName(TrackingNames.Shapes);

        var shapeSet = shapes.Collect().Select(static (all, _) =>
            all.OrderBy(s => s.ClassFullyQualifiedName, StringComparer.Ordinal).ToEquatableArray());

        var roots = context.SyntaxProvider
            .ForAttributeWithMetadataName(RootReader.DatasetRootAttribute, static (node, _) => node is ClassDeclarationSyntax, ReadRoot)
            .WithTrackingName(TrackingNames.Roots);
        var rootSet = roots.Collect().Select(static (all, _) => all.OrderBy(r => r.Namespace + "." + r.ClassName, StringComparer.Ordinal).ToEquatableArray());

        var documents = context.AdditionalTextsProvider
            .Where(static text => IsYaml(text.Path))
            .Select(static (text, cancellationToken) => Read(text, cancellationToken))
            .WithTrackingName(TrackingNames.Documents);

        var bound = documents
            .Combine(shapeSet.Combine(dataDirectory))
            .Select(static (input, _) => Bind(input.Left, input.Right.Left, input.Right.Right))
            .WithTrackingName(TrackingNames.Bound)
            .Where(static file => file is not null)
            .Select(static (file, _) => file!);

        var evidence = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) => EvidenceText.From(text.Path, text.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.Evidence);

        var allBound = bound.Collect();

        // Where references resolve (Resolution/ResolutionModel.cs): the compilation's own collections, or a referenced assembly's.
        var referenced = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ReadReferenced(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.ReferencedCollections);
        var resolution = shapeSet.Combine(referenced)
            .Select(static (input, _) => BuildResolution(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Resolution);
        var scopesSupported = context.CompilationProvider.Select(static (compilation, _) =>
            compilation.GetTypeByMetadataName(ScopeNames.LookupMetadataName) is not null);

        var validation = allBound
            .Combine(evidence.Collect())
            .Combine(shapeSet.Combine(dataDirectory).Combine(referenced))
            .Select(static (input, _) => Validate(input.Left.Left, input.Left.Right, input.Right.Left.Left, input.Right.Left.Right, input.Right.Right))
            .WithTrackingName(TrackingNames.Validation);

        var records = bound
            .Select(static (file, _) => FileRecords.From(file))
            .WithTrackingName(TrackingNames.Records);

        var collections = records.Collect()
            .Combine(shapeSet.Combine(dataDirectory))
            .SelectMany(static (input, _) => BuildCollections(input.Left, input.Right.Left, input.Right.Right))
            .WithTrackingName(TrackingNames.Collections);

        // JSON Schemas: shapes plus the ids that exist (for reference enums), emitted once per compilation.
        var schemas = allBound
            .Combine(shapeSet)
            .Select(static (input, _) => BuildSchemas(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Schemas);

        var navigations = shapeSet.Combine(resolution)
            .SelectMany(static (input, _) => BuildNavigations(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Navigations)
            .Combine(scopesSupported);

        context.RegisterSourceOutput(shapes, static (spc, shape) => Report(spc, shape.Diagnostics));
        context.RegisterSourceOutput(bound, static (spc, file) => Report(spc, file.Diagnostics));
        context.RegisterSourceOutput(validation, static (spc, diagnostics) => Report(spc, diagnostics));
        context.RegisterSourceOutput(collections.Combine(emitSettings), static (spc, input) => EmitCollection(spc, input.Left, input.Right));
        context.RegisterSourceOutput(navigations, static (spc, input) => EmitNavigation(spc, input.Left, input.Right));
        var root = shapeSet.Combine(rootSet)
            .Select(static (input, _) => BuildRoot(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Root);
        var recordTypes = shapeSet.SelectMany(static (all, _) => RecordTypes(all))
            .WithTrackingName(TrackingNames.RecordTypes);

        var referenceIndex = shapeSet
            .Select(static (all, _) => BuildReferenceIndex(all))
            .WithTrackingName(TrackingNames.ReferenceIndex);

        context.RegisterSourceOutput(referenceIndex.Combine(scopesSupported), static (spc, input) => EmitReferenceIndex(spc, input.Left, input.Right));
        context.RegisterSourceOutput(roots, static (spc, declaration) => Report(spc, declaration.Diagnostics));
        context.RegisterSourceOutput(root.Combine(scopesSupported.Combine(context.CompilationProvider.Select(static (compilation, _) =>
                compilation.GetTypeByMetadataName(MetadataModel.RuntimeMetadataName) is not null))),
            static (spc, input) => EmitRoot(spc, input.Left, input.Right.Left && input.Right.Right));
        context.RegisterSourceOutput(recordTypes.Combine(scopesSupported), static (spc, input) => EmitRecordType(spc, input.Left, input.Right));
        context.RegisterSourceOutput(resolution.Combine(scopesSupported), static (spc, input) => EmitScope(spc, input.Left, input.Right));
        context.RegisterSourceOutput(collections.Combine(scopesSupported), static (spc, input) => EmitIds(spc, input.Left, input.Right));
        context.RegisterSourceOutput(schemas, static (spc, model) => EmitSchemas(spc, model));

        // Run-time metadata (Emit/MetadataModel.cs): shapes only, so data edits never touch it.
        var metadataSupported = context.CompilationProvider.Select(static (compilation, _) =>
            compilation.GetTypeByMetadataName(MetadataModel.RuntimeMetadataName) is not null);
        var metadata = shapeSet.Select(static (all, _) => MetadataModel.Build(all)).WithTrackingName(TrackingNames.Metadata);
        var collectionMetadata = shapeSet.Combine(metadata)
            .SelectMany(static (input, _) => CollectionMetadataModel.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.CollectionMetadata);
        context.RegisterSourceOutput(metadata.Combine(metadataSupported), static (spc, input) => EmitMetadata(spc, input.Left, input.Right));
        context.RegisterSourceOutput(collectionMetadata.Combine(metadataSupported), static (spc, input) => EmitCollectionMetadata(spc, input.Left, input.Right));
    }

    private static void EmitMetadata(SourceProductionContext context, MetadataModel model, bool supported)
    {
        if (!supported || model.Types.Count == 0)
        {
            return;
        }

        try
        {
            context.AddSource(MetadataModel.Namespace + "." + MetadataModel.ClassName + ".g.cs", SourceText.From(MetadataEmitter.EmitTypes(model), System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "the record metadata", Describe(e)).ToDiagnostic());
        }
    }

    private static void EmitCollectionMetadata(SourceProductionContext context, CollectionMetadataModel model, bool supported)
    {
        if (!supported)
        {
            return;
        }

        try
        {
            context.AddSource(HintName(model.Shape.ClassFullyQualifiedName) + ".Metadata.g.cs", SourceText.From(MetadataEmitter.EmitCollection(model), System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, model.Shape.ClassName, Describe(e)).ToDiagnostic());
        }
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    // Each step catches what it did not foresee: one located DD0018 instead of a CS8785 that hides the cause.
    private static CollectionShape ReadShape(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return ShapeReader.Read(context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var location = LocationInfo.From(context.TargetNode.GetLocation());
            return new CollectionShape(context.TargetSymbol.Name, "", context.TargetSymbol.Name, "", null, "internal",
                EquatableArray<DiagnosticInfo>.Empty.Append(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, location, context.TargetSymbol.Name, Describe(e))));
        }
    }

    private static RootDeclaration ReadRoot(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return RootReader.Read(context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new RootDeclaration("", context.TargetSymbol.Name, "internal", EquatableArray<DiagnosticInfo>.Empty.Append(
                DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.From(context.TargetNode.GetLocation()), context.TargetSymbol.Name, Describe(e))));
        }
    }

    private static RootModel? BuildRoot(EquatableArray<CollectionShape> shapes, EquatableArray<RootDeclaration> roots)
    {
        try
        {
            return RootModel.Build(shapes, roots);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // No root: the build fails where the root is used (CS0117), not silently.
            return null;
        }
    }

    private static ReferenceIndexModel? BuildReferenceIndex(EquatableArray<CollectionShape> shapes)
    {
        try
        {
            return ReferenceIndexModel.Build(shapes);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // No index: the build fails where reverse navigation is used (CS0535 on the scope), not silently.
            return null;
        }
    }

    private static void EmitReferenceIndex(SourceProductionContext context, ReferenceIndexModel? model, bool scopesSupported)
    {
        if (model is null || !scopesSupported)
        {
            return;
        }

        try
        {
            context.AddSource(ScopeNames.ScopeNamespace + "." + ScopeNames.ScopeClassName + ".References.g.cs", SourceText.From(ReferenceIndexEmitter.Emit(model), System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "the reference index", Describe(e)).ToDiagnostic());
        }
    }

    private static ImmutableArray<TypeShape> RecordTypes(EquatableArray<CollectionShape> shapes) =>
        shapes.Where(s => s.Record is { IsPartialTopLevelInCompilation: true }).Select(s => s.Record!)
            .GroupBy(t => t.FullyQualifiedName, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(t => t.FullyQualifiedName, StringComparer.Ordinal).ToImmutableArray();

    private static void EmitRoot(SourceProductionContext context, RootModel? model, bool scopesSupported)
    {
        if (model is null || !scopesSupported)
        {
            return;
        }

        try
        {
            context.AddSource(HintName(model.Namespace + "." + model.ClassName) + ".Root.g.cs", SourceText.From(RootEmitter.Emit(model), System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, model.ClassName, Describe(e)).ToDiagnostic());
        }
    }

    private static void EmitRecordType(SourceProductionContext context, TypeShape type, bool scopesSupported)
    {
        if (!scopesSupported)
        {
            return;
        }

        try
        {
            context.AddSource(HintName(type.FullyQualifiedName) + ".Record.g.cs", SourceText.From(RootEmitter.EmitRecordType(type), System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, type.Name, Describe(e)).ToDiagnostic());
        }
    }

    private static YamlSource Read(AdditionalText text, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            var source = text.GetText(cancellationToken);
            return source is not null && SourceEncoding.Check(text.Path, source) is { } notUtf8
                ? new YamlSource(text.Path, null, EquatableArray<DiagnosticInfo>.Empty.Append(notUtf8))
                : new YamlSource(text.Path, source?.ToString(), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new YamlSource(text.Path, null, EquatableArray<DiagnosticInfo>.Empty.Append(
                DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.FileStart(text.Path), text.Path, Describe(e))));
        }
    }

    // Parsed here rather than in a step of its own, so the tree is garbage once bound (see YamlSource).
    private static DocumentModel Parse(YamlSource source) =>
        source.Diagnostics.Count > 0
            ? new DocumentModel(source.Path, null, source.Diagnostics)
            : YamlDocumentParser.Parse(source.Path, source.Text);

    private static BoundFile? Bind(YamlSource source, EquatableArray<CollectionShape> shapes, string? dataDirectory)
    {
        try
        {
            return RecordBinder.Bind(source.Path, () => Parse(source), shapes.ToImmutableArray(), dataDirectory);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new BoundFile(source.Path, EquatableArray<RecordModel>.Empty, EquatableArray<ReferenceCheck>.Empty,
                EquatableArray<QuoteCheck>.Empty, EquatableArray<EvidenceLink>.Empty,
                EquatableArray<DiagnosticInfo>.Empty.Append(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.FileStart(source.Path), source.Path, Describe(e))));
        }
    }

    private static EquatableArray<DiagnosticInfo> Validate(ImmutableArray<BoundFile> files, ImmutableArray<EvidenceText> evidence, EquatableArray<CollectionShape> shapes, string? dataDirectory, EquatableArray<ReferencedCollection> referenced)
    {
        try
        {
            return DatasetValidator.Validate(files, evidence, shapes, referenced, dataDirectory);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return EquatableArray<DiagnosticInfo>.Empty.Append(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "the dataset's cross-file checks", Describe(e)));
        }
    }

    private static ImmutableArray<CollectionModel> BuildCollections(ImmutableArray<FileRecords> files, EquatableArray<CollectionShape> shapes, string? dataDirectory)
    {
        try
        {
            return CollectionModel.Build(files, shapes, dataDirectory).ToImmutableArray();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Each collection still gets its (empty) class, carrying the one diagnostic that says why.
            var failure = EquatableArray<DiagnosticInfo>.Empty.Append(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "the collections' records", Describe(e)));
            return shapes.Where(s => s.Record is not null)
                .Select((s, i) => new CollectionModel(s with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty }, EquatableArray<RecordEntry>.Empty, i == 0 ? failure : EquatableArray<DiagnosticInfo>.Empty))
                .ToImmutableArray();
        }
    }

    private static EquatableArray<ReferencedCollection> ReadReferenced(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return ReferencedCollections.Read(compilation, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Without them, references to a referenced assembly's records are not checked and get no navigation.
            return EquatableArray<ReferencedCollection>.Empty;
        }
    }

    private static ResolutionModel BuildResolution(EquatableArray<CollectionShape> shapes, EquatableArray<ReferencedCollection> referenced)
    {
        try
        {
            return ResolutionModel.Build(shapes, referenced);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An empty scope gives no navigation: the build fails where one is used (CS1061), not silently.
            return new ResolutionModel(EquatableArray<TypeResolution>.Empty);
        }
    }

    private static ImmutableArray<NavigationModel> BuildNavigations(EquatableArray<CollectionShape> shapes, ResolutionModel resolution)
    {
        try
        {
            return NavigationModel.Build(shapes, resolution).ToImmutableArray();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Without navigation the build fails where a navigation property is used (CS1061), not silently.
            return ImmutableArray<NavigationModel>.Empty;
        }
    }

    private static SchemaSetModel? BuildSchemas(ImmutableArray<BoundFile> files, EquatableArray<CollectionShape> shapes)
    {
        try
        {
            return SchemaSetModel.Build(files, shapes);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Without schemas the build still reports it: one located DD0018, never a crash.
            return new SchemaSetModel(EquatableArray<CollectionShape>.Empty, EquatableArray<TypeIds>.Empty) { Failure = Describe(e) };
        }
    }

    private static void EmitSchemas(SourceProductionContext context, SchemaSetModel? model)
    {
        if (model?.Failure is { } failure)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "the JSON Schemas", failure).ToDiagnostic());
            return;
        }

        if (model is null || model.Collections.Count == 0)
        {
            return;
        }

        try
        {
            context.AddSource(SchemaEmitter.HintName, SourceText.From(SchemaEmitter.Emit(model), System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "the JSON Schemas", Describe(e)).ToDiagnostic());
        }
    }

    private static void EmitCollection(SourceProductionContext context, CollectionModel model, EmitSettings settings)
    {
        Report(context, model.Diagnostics);
        try
        {
            context.AddSource(HintName(model.Shape.ClassFullyQualifiedName) + ".g.cs", SourceText.From(CollectionEmitter.Emit(model, settings), System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, model.Shape.ClassName, Describe(e)).ToDiagnostic());
        }
    }

    private static void EmitNavigation(SourceProductionContext context, NavigationModel model, bool scopesSupported)
    {
        if (!scopesSupported)
        {
            return;
        }

        try
        {
            context.AddSource(HintName(model.Type.FullyQualifiedName) + ".Navigation.g.cs", SourceText.From(NavigationEmitter.Emit(model), System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, model.Type.Name, Describe(e)).ToDiagnostic());
        }
    }

    private static void EmitScope(SourceProductionContext context, ResolutionModel model, bool scopesSupported)
    {
        if (!scopesSupported || model.Types.Count == 0)
        {
            return;
        }

        try
        {
            context.AddSource(ScopeNames.ScopeNamespace + "." + ScopeNames.ScopeClassName + ".g.cs", SourceText.From(ScopeEmitter.Emit(model), System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "the compilation's scope", Describe(e)).ToDiagnostic());
        }
    }

    private static void EmitIds(SourceProductionContext context, CollectionModel model, bool scopesSupported)
    {
        if (!scopesSupported || model.Shape.ClassAccessibility != "public")
        {
            return;
        }

        try
        {
            context.AddSource(HintName(model.Shape.ClassFullyQualifiedName) + ".Ids.g.cs", SourceText.From(ScopeEmitter.EmitIds(model), System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, model.Shape.ClassName, Describe(e)).ToDiagnostic());
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

    // The message only: an exception's type name means nothing to the person reading the build.
    private static string Describe(Exception e) => e.Message.Replace('\r', ' ').Replace('\n', ' ');
}
