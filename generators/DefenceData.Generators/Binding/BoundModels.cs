using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Binding;

/// <summary>A YAML value bound to its C# type, ready to emit.</summary>
internal abstract record BoundValue;

internal sealed record BoundString(string Value) : BoundValue;

/// <summary>A number or boolean of the given kind, already as invariant C# literal text.</summary>
internal sealed record BoundLiteral(string CSharp, ValueKind Kind) : BoundValue;

internal sealed record BoundEnum(string TypeName, string Member) : BoundValue;

internal sealed record BoundDate(int Year, int? Month, int? Day) : BoundValue;

internal sealed record BoundNull : BoundValue;

internal sealed record BoundList(string ElementTypeName, EquatableArray<BoundValue> Items) : BoundValue;

internal sealed record BoundField(string Property, BoundValue Value);

/// <summary>An object; <paramref name="Scoped"/>: its type's navigation is compiled elsewhere, so it is told this compilation's scope.</summary>
internal sealed record BoundObject(string TypeName, EquatableArray<BoundField> Fields, bool Scoped = false) : BoundValue;

/// <summary>One record of a collection: its id, where the id is, and its bound value.</summary>
internal sealed record RecordModel(string Collection, string Id, LocationInfo Location, BoundObject Value);

/// <summary>One record's data without its location: what the collections step needs, so moving a record within its file (a comment added above it) changes nothing downstream.</summary>
internal sealed record RecordData(string Collection, string Id, BoundObject Value);

/// <summary>The records of one file, without locations (the <c>Records</c> step); <paramref name="Diagnostics"/> only carries an internal error.</summary>
internal sealed record FileRecords(string Path, EquatableArray<RecordData> Records, EquatableArray<FailedRecord> Failed, EquatableArray<DiagnosticInfo> Diagnostics = default)
{
    public static FileRecords From(BoundFile file)
    {
        var records = new RecordData[file.Records.Count];
        for (var i = 0; i < records.Length; i++)
        {
            var record = file.Records[i];
            records[i] = new RecordData(record.Collection, record.Id, record.Value);
        }

        return new FileRecords(file.Path, records.ToEquatableArray(), file.Failed);
    }
}

/// <summary>An id a record refers to, to check once every file is bound.</summary>
internal sealed record ReferenceCheck(string TargetType, string Id, string OwnerType, string OwnerId, LocationInfo Location);

/// <summary>A quote to find in the evidence text of the source it names.</summary>
internal sealed record QuoteCheck(string SourceType, string SourceId, string Quote, LocationInfo Location);

/// <summary>A source record's evidence file, relative to the data directory.</summary>
internal sealed record EvidenceLink(string SourceType, string SourceId, string RelativePath, LocationInfo Location);

/// <summary>A text that must be a code of the codebook file <paramref name="Codebook"/> (relative to the data directory).</summary>
internal sealed record CodeCheck(string Codebook, string Code, string Key, LocationInfo Location);

/// <summary>A record left out for its errors, whose id is well-formed: its named member says why it is missing.</summary>
internal sealed record FailedRecord(string Collection, string Id, string File);

/// <summary>Everything bound from one YAML file.</summary>
internal sealed record BoundFile(
    string Path,
    EquatableArray<RecordModel> Records,
    EquatableArray<ReferenceCheck> References,
    EquatableArray<QuoteCheck> Quotes,
    EquatableArray<EvidenceLink> Evidence,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<FailedRecord> Failed = default,
    EquatableArray<CodeCheck> Codes = default);
