using DefenceData.Generators.Model;

namespace DefenceData.Generators.Binding;

/// <summary>A YAML value bound to its C# type, ready to emit.</summary>
internal abstract record BoundValue;

internal sealed record BoundString(string Value) : BoundValue;

/// <summary>A number or boolean, already as invariant C# literal text.</summary>
internal sealed record BoundLiteral(string CSharp) : BoundValue;

internal sealed record BoundEnum(string TypeName, string Member) : BoundValue;

internal sealed record BoundDate(int Year, int? Month, int? Day) : BoundValue;

internal sealed record BoundNull : BoundValue;

internal sealed record BoundList(string ElementTypeName, EquatableArray<BoundValue> Items) : BoundValue;

internal sealed record BoundField(string Property, BoundValue Value);

/// <summary>An object; <paramref name="Scoped"/>: its type's navigation is compiled elsewhere, so it is told this compilation's scope.</summary>
internal sealed record BoundObject(string TypeName, EquatableArray<BoundField> Fields, bool Scoped = false) : BoundValue;

/// <summary>One record of a collection: its id, where the id is, and its bound value.</summary>
internal sealed record RecordModel(string Collection, string Id, LocationInfo Location, BoundObject Value);

/// <summary>An id a record refers to, to check once every file is bound.</summary>
internal sealed record ReferenceCheck(string TargetType, string Id, string OwnerType, string OwnerId, LocationInfo Location);

/// <summary>A quote to find in the evidence text of the source it names.</summary>
internal sealed record QuoteCheck(string SourceType, string SourceId, string Quote, LocationInfo Location);

/// <summary>A source record's evidence file, relative to the data directory.</summary>
internal sealed record EvidenceLink(string SourceType, string SourceId, string RelativePath, LocationInfo Location);

/// <summary>Everything bound from one YAML file.</summary>
internal sealed record BoundFile(
    string Path,
    EquatableArray<RecordModel> Records,
    EquatableArray<ReferenceCheck> References,
    EquatableArray<QuoteCheck> Quotes,
    EquatableArray<EvidenceLink> Evidence,
    EquatableArray<DiagnosticInfo> Diagnostics);
