namespace DefenceData.Generators.Emit;

/// <summary>How a collection's records are written into the generated class.</summary>
internal enum EmitMode
{
    /// <summary>Readable below <see cref="EmitModes.CompactThreshold"/> records, compact from there on.</summary>
    Auto,

    /// <summary>One object initializer per record, in methods of <see cref="CollectionEmitter.ChunkSize"/> records.</summary>
    Readable,

    /// <summary>Records serialized into one UTF-8 literal, decoded lazily by a generated per-type decoder.</summary>
    Compact,
}

/// <summary>Reads the <c>DefenceDataEmitMode</c> MSBuild switch and picks a mode per collection.</summary>
internal static class EmitModes
{
    /// <summary>The MSBuild property (made compiler-visible with <c>CompilerVisibleProperty</c>).</summary>
    public const string Property = "build_property.DefenceDataEmitMode";

    /// <summary>
    /// In <see cref="EmitMode.Auto"/>, collections of this many records or more are emitted compactly: readable
    /// initializers cost compile time and start-up time in proportion to the data (DESIGN.md, PERFORMANCE.md).
    /// </summary>
    public const int CompactThreshold = 1000;

    public static EmitMode Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "readable" => EmitMode.Readable,
        "compact" => EmitMode.Compact,
        _ => EmitMode.Auto,
    };

    public static bool IsCompact(EmitMode mode, int records) =>
        mode == EmitMode.Compact || (mode == EmitMode.Auto && records >= CompactThreshold);
}
