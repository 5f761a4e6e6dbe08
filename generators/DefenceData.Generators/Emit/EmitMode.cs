using System.Linq;
using Microsoft.CodeAnalysis;

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

/// <summary>Whether a collection gets one named static member per record (<c>People.AmirBaram</c>).</summary>
internal enum NamedMembers
{
    /// <summary>Below <see cref="EmitModes.CompactThreshold"/> records, yes; from there on, no.</summary>
    Auto,

    /// <summary>Always, whatever the size.</summary>
    Always,

    /// <summary>Never.</summary>
    Never,
}

/// <summary>The build's emission switches; equatable, so changing one re-emits.</summary>
internal sealed record EmitSettings(EmitMode Mode, NamedMembers NamedMembers);

/// <summary>Reads the <c>DefenceDataEmitMode</c> and <c>DefenceDataNamedMembers</c> MSBuild switches and applies them per collection.</summary>
internal static class EmitModes
{
    /// <summary>The MSBuild property (made compiler-visible with <c>CompilerVisibleProperty</c>).</summary>
    public const string Property = "build_property.DefenceDataEmitMode";

    /// <summary>
    /// In <see cref="EmitMode.Auto"/>, collections of this many records or more are emitted compactly: readable
    /// initializers cost compile time and start-up time in proportion to the data (DESIGN.md, PERFORMANCE.md).
    /// </summary>
    public const int CompactThreshold = 1000;

    /// <summary>
    /// Whether the compilation has what compact mode's decoder calls: <c>Encoding.Latin1</c> (.NET 5 and
    /// later; with it come the span overloads of <c>Encoding.GetString</c>). Elsewhere (netstandard2.0 and
    /// 2.1, .NET Framework) collections stay readable whatever their size.
    /// </summary>
    public static bool CompactApisAvailable(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Text.Encoding") is { } encoding
        && encoding.GetMembers("Latin1").Any(m => m.IsStatic && m.Kind == SymbolKind.Property);

    /// <summary>The MSBuild property for named members (made compiler-visible with <c>CompilerVisibleProperty</c>).</summary>
    public const string NamedMembersProperty = "build_property.DefenceDataNamedMembers";

    public static NamedMembers ParseNamedMembers(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "always" or "true" => NamedMembers.Always,
        "never" or "false" => NamedMembers.Never,
        _ => NamedMembers.Auto,
    };

    /// <summary>
    /// Named members are one property per record: at 50,000 records they alone cost about 14 s of
    /// compile time (PERFORMANCE.md), and nobody names that many records in code. So by default only
    /// collections below the compact threshold get them.
    /// </summary>
    public static bool HasNamedMembers(NamedMembers setting, int records) =>
        setting == NamedMembers.Always || (setting == NamedMembers.Auto && records < CompactThreshold);

    public static EmitMode Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "readable" => EmitMode.Readable,
        "compact" => EmitMode.Compact,
        _ => EmitMode.Auto,
    };

    public static bool IsCompact(EmitMode mode, int records) =>
        mode == EmitMode.Compact || (mode == EmitMode.Auto && records >= CompactThreshold);
}
