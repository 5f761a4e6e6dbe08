using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

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
internal sealed record EmitSettings(EmitMode Mode, NamedMembers NamedMembers)
{
    /// <summary>What a collection of <paramref name="records"/> records gets, before the compact blob is tried.</summary>
    public EmitPlan PlanFor(int records) => new(
        Mode == EmitMode.Compact || (Mode == EmitMode.Auto && records >= EmitModes.CompactThreshold),
        NamedMembers == NamedMembers.Always || (NamedMembers == NamedMembers.Auto && records < EmitModes.CompactThreshold));
}

/// <summary>
/// One collection's emission: compact or readable, with or without named members. Compact is a wish:
/// a collection the compact blob cannot hold (<see cref="CollectionPlan"/>) is written readably.
/// </summary>
internal sealed record EmitPlan(bool Compact, bool NamedMembers);

/// <summary>
/// The one place the emit mode is decided: the <c>DefenceDataEmitMode</c> and <c>DefenceDataNamedMembers</c>
/// MSBuild switches, what the compilation can run, and (<see cref="EmitSettings.PlanFor"/>) each collection's size.
/// </summary>
internal static class EmitModes
{
    /// <summary>The MSBuild property (made compiler-visible with <c>CompilerVisibleProperty</c>).</summary>
    public const string Property = "build_property.DefenceDataEmitMode";

    /// <summary>The MSBuild property for named members (made compiler-visible with <c>CompilerVisibleProperty</c>).</summary>
    public const string NamedMembersProperty = "build_property.DefenceDataNamedMembers";

    /// <summary>
    /// In <see cref="EmitMode.Auto"/>, collections of this many records or more are emitted compactly: readable
    /// initializers cost compile time and start-up time in proportion to the data (docs/PERFORMANCE.md).
    /// Named members stop here too: one property per record costs compile time and nobody names that
    /// many records in code (docs/PERFORMANCE.md).
    /// </summary>
    public const int CompactThreshold = 1000;

    /// <summary>
    /// The build's settings. Compact mode needs C# 11 (u8 literals, file-local types) and what its decoder
    /// calls (<see cref="CompactApisAvailable"/>); without them every collection is readable.
    /// </summary>
    public static EmitSettings Read(AnalyzerConfigOptions options, ParseOptions parseOptions, bool compactApisAvailable)
    {
        var canCompact = compactApisAvailable
            && parseOptions is not CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp11 };
        return new EmitSettings(
            canCompact ? Parse(options.TryGetValue(Property, out var mode) ? mode : null) : EmitMode.Readable,
            ParseNamedMembers(options.TryGetValue(NamedMembersProperty, out var named) ? named : null));
    }

    /// <summary>
    /// Whether the compilation has what compact mode's decoder calls: <c>Encoding.Latin1</c> (.NET 5 and
    /// later; with it come the span overloads of <c>Encoding.GetString</c>). Elsewhere (netstandard2.0 and
    /// 2.1, .NET Framework) collections stay readable whatever their size.
    /// </summary>
    public static bool CompactApisAvailable(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Text.Encoding") is { } encoding
        && encoding.GetMembers("Latin1").Any(m => m.IsStatic && m.Kind == SymbolKind.Property);

    public static NamedMembers ParseNamedMembers(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "always" or "true" => NamedMembers.Always,
        "never" or "false" => NamedMembers.Never,
        _ => NamedMembers.Auto,
    };

    public static EmitMode Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "readable" => EmitMode.Readable,
        "compact" => EmitMode.Compact,
        _ => EmitMode.Auto,
    };
}
