namespace DefenceData.Generators.Resolution;

/// <summary>
/// The names generated code uses to resolve references in the compilation's own scope
/// (docs/ARCHITECTURE.md, "Navigation and scopes"); the runtime types live in DefenceData.Resolution.
/// </summary>
internal static class ScopeNames
{
    /// <summary>The init-only property a record of a type compiled elsewhere is told its scope by.</summary>
    public const string Property = "ResolutionScope";

    /// <summary>The compilation's scope: one generated class per compilation with collections.</summary>
    public const string ScopeNamespace = "DefenceData.Generated";

    public const string ScopeClassName = "DataScope";

    public const string ScopeClass = "global::" + ScopeNamespace + "." + ScopeClassName;

    public const string ScopeAssignment = Property + " = " + ScopeClass + ".Instance";

    /// <summary>Metadata name of the lookup interface: its presence says the runtime supports scopes.</summary>
    public const string LookupMetadataName = "DefenceData.Resolution.IRecordLookup`1";

    public const string Lookup = "global::DefenceData.Resolution.IRecordLookup";

    public const string ScopeInterface = "global::DefenceData.Resolution.IRecordScope";

    public const string RecordLookup = "global::DefenceData.Resolution.RecordLookup";

    public const string ResolvedList = "global::DefenceData.Resolution.ResolvedList";

    public const string ReferenceIndex = "global::DefenceData.Resolution.IReferenceIndex";

    public const string ReferencingList = "global::DefenceData.Resolution.ReferencingList";

    public const string CollectionIdsAttribute = "DefenceData.Resolution.CollectionIdsAttribute";
}
