namespace DefenceData.Generators;

/// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
public static class TrackingNames
{
    /// <summary>Reading a marked collection class into a shape.</summary>
    public const string Shapes = nameof(Shapes);

    /// <summary>Reading one YAML file (its text and encoding check).</summary>
    public const string Documents = nameof(Documents);

    /// <summary>Reading one evidence text file.</summary>
    public const string Evidence = nameof(Evidence);

    /// <summary>Parsing one YAML file and binding it to the shapes.</summary>
    public const string Bound = nameof(Bound);

    /// <summary>One file's records without their locations: a comment-only edit stops here.</summary>
    public const string Records = nameof(Records);

    /// <summary>Cross-file checks: duplicate ids, member names, ids in two collections of a type, missing codebooks.</summary>
    public const string Validation = nameof(Validation);

    /// <summary>One file's ids, without locations.</summary>
    public const string FileIds = nameof(FileIds);

    /// <summary>One file's ids and codebooks with where they are, for the cross-file checks.</summary>
    public const string FileSites = nameof(FileSites);

    /// <summary>The ids a reference to each record type may name.</summary>
    public const string IdIndex = nameof(IdIndex);

    /// <summary>Every source's evidence link, by source.</summary>
    public const string EvidenceIndex = nameof(EvidenceIndex);

    /// <summary>One file's references, quotes and codes, checked against the indexes.</summary>
    public const string FileChecks = nameof(FileChecks);

    /// <summary>One file's summary: its records' ids and labels and the object patterns they use, without values.</summary>
    public const string Summaries = nameof(Summaries);

    /// <summary>Every collection's emit plan, from the summaries: readable, or compact with its index and decoders.</summary>
    public const string Plans = nameof(Plans);

    /// <summary>One readable collection's records, ready to emit.</summary>
    public const string Collections = nameof(Collections);

    /// <summary>One file's strings, for the strings a compact collection's buckets share.</summary>
    public const string FileStrings = nameof(FileStrings);

    /// <summary>The strings one compact collection's buckets share.</summary>
    public const string CompactStrings = nameof(CompactStrings);

    /// <summary>One bucket of a compact collection: the files whose records it holds.</summary>
    public const string Buckets = nameof(Buckets);

    /// <summary>One compact collection's index: its ids, named members and each record's place.</summary>
    public const string CompactIndexes = nameof(CompactIndexes);

    /// <summary>One compact collection's decoders: its patterns and each bucket's map to them.</summary>
    public const string CompactDecoders = nameof(CompactDecoders);

    /// <summary>One collection's ids, for its <c>[assembly: CollectionIds]</c> list.</summary>
    public const string CollectionIds = nameof(CollectionIds);

    /// <summary>The JSON Schemas' model: the collections' shapes and the ids of each record type.</summary>
    public const string Schemas = nameof(Schemas);

    /// <summary>One partial record type's navigation properties, ready to emit.</summary>
    public const string Navigations = nameof(Navigations);

    /// <summary>The type graph of the collections: every record and nested type, and the reference targets each reaches.</summary>
    public const string TypeGraph = nameof(TypeGraph);

    /// <summary>The collections referenced assemblies expose (their ids), read from the compilation's references.</summary>
    public const string ReferencedCollections = nameof(ReferencedCollections);

    /// <summary>Where references to each record type resolve in this compilation.</summary>
    public const string Resolution = nameof(Resolution);

    /// <summary>Reading a class marked <c>[DatasetRoot]</c>.</summary>
    public const string Roots = nameof(Roots);

    /// <summary>The dataset root: every collection, its export name and record type.</summary>
    public const string Root = nameof(Root);

    /// <summary>One partial collection record type, to implement <c>IRecord</c> on.</summary>
    public const string RecordTypes = nameof(RecordTypes);

    /// <summary>What the reverse-navigation index walks: the collections and every type holding a reference.</summary>
    public const string ReferenceIndex = nameof(ReferenceIndex);

    /// <summary>The run-time metadata of every record type and enum (<c>RecordMetadata</c>).</summary>
    public const string Metadata = nameof(Metadata);

    /// <summary>One collection's run-time metadata (its <c>Metadata</c> property).</summary>
    public const string CollectionMetadata = nameof(CollectionMetadata);

    /// <summary>Reading one codebook file (<c>*.tsv</c>).</summary>
    public const string Codebooks = nameof(Codebooks);

    /// <summary>A <c>[CodebookTable]</c> class with its codebook's rows, ready to emit.</summary>
    public const string CodebookTables = nameof(CodebookTables);
}
