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

    /// <summary>Cross-file checks: duplicate ids, references, quotes.</summary>
    public const string Validation = nameof(Validation);

    /// <summary>One collection's records, ready to emit.</summary>
    public const string Collections = nameof(Collections);

    /// <summary>One partial record type's navigation properties, ready to emit.</summary>
    public const string Navigations = nameof(Navigations);
}
