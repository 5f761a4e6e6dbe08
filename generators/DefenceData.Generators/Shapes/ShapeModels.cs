using DefenceData.Generators.Model;

namespace DefenceData.Generators.Shapes;

/// <summary>What a YAML value binds to, read from a C# property type.</summary>
internal enum ValueKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    Decimal,
    Enum,
    PartialDate,
    Object,
    List,
}

/// <summary>The shape of one value: its kind, C# type and, for lists and objects, what they hold.</summary>
internal sealed record ValueShape(
    ValueKind Kind,
    string TypeName,
    bool IsNullable,
    EquatableArray<string> EnumMembers,
    ValueShape? Element,
    TypeShape? Object);

/// <summary>One settable property of a record type, and the YAML key that sets it.</summary>
/// <param name="MinItems">From <c>[MinLength(n)]</c>: a list needs at least this many items (absent or null included).</param>
/// <param name="Range">From <c>[Range(min, max)]</c>: the bounds of a number.</param>
/// <param name="Description">The summary of its XML documentation (for JSON Schemas), if it has one.</param>
/// <param name="NotBefore">From <c>[NotBefore(nameof(P))]</c>: the date property this date must not precede.</param>
/// <param name="NotWith">From <c>[NotWith(nameof(P))]</c>: the property this one must not be given with.</param>
/// <param name="Codebook">From <c>[Codebook(path)]</c>: the codebook file (relative to the data directory) whose codes this text must be one of.</param>
internal sealed record PropertyShape(
    string Name,
    string Key,
    ValueShape Value,
    bool IsRequired,
    string? ReferenceTarget,
    string? QuoteSourceProperty,
    bool IsEvidenceFile,
    int? MinItems = null,
    ValueRange? Range = null,
    string? Description = null,
    string? NotBefore = null,
    string? NotWith = null,
    string? OnlyWhen = null,
    string? OnlyWhenValue = null,
    string? Codebook = null);

/// <summary>The bounds of a number, as <c>[Range]</c> gives them.</summary>
internal sealed record ValueRange(double Minimum, double Maximum, bool MinimumIsExclusive, bool MaximumIsExclusive);

/// <summary>
/// A record type as the generator sees it: the schema of a YAML mapping (and, in
/// <paramref name="DerivedProperties"/>, its <c>[Derived]</c> get-only scalars, which no YAML sets). <paramref name="HasScope"/>:
/// its navigation was compiled in a referenced assembly, so records built here must be told this
/// compilation's scope (docs/ARCHITECTURE.md, "Navigation and scopes"). <paramref name="Description"/>
/// is the summary of its XML documentation, if it has one.
/// </summary>
internal sealed record TypeShape(
    string FullyQualifiedName,
    string DisplayName,
    string Namespace,
    string Name,
    string DeclarationKeyword,
    bool IsPartialTopLevelInCompilation,
    EquatableArray<string> ExistingMemberNames,
    EquatableArray<PropertyShape> Properties,
    bool HasScope = false,
    string? Description = null,
    EquatableArray<PropertyShape> DerivedProperties = default);

/// <summary>
/// A collection class marked with <c>[DataCollection]</c>: its record type and YAML folder.
/// <paramref name="Location"/> is the class's name, where a step working on the class or on the whole
/// dataset reports a failure (DD0018); binding is given the shapes without it (<see cref="WithoutLocation"/>),
/// so a line added above the class does not re-bind every YAML file.
/// </summary>
internal sealed record CollectionShape(
    string ClassName,
    string Namespace,
    string ClassFullyQualifiedName,
    string Folder,
    TypeShape? Record,
    string ClassAccessibility,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<string> ClassMemberNames = default,
    LocationInfo? Location = null)
{
    /// <summary>The shape as binding sees it: without the class's location.</summary>
    public CollectionShape WithoutLocation() => Location is null ? this : this with { Location = null };
}
