namespace DefenceData.Cli.Diff;

/// <summary>What kind of difference a record or a field shows between two exports.</summary>
internal enum ChangeKind
{
    /// <summary>Only in the new export.</summary>
    Added,

    /// <summary>Only in the old export.</summary>
    Removed,

    /// <summary>In both, with different values.</summary>
    Changed,
}

/// <summary>One field of a record that differs: its path in the record and both values as compact JSON.</summary>
/// <param name="Path">The field's path in the record, e.g. <c>date</c> or <c>citations[1].quote</c>.</param>
/// <param name="Kind">Added (no old value), removed (no new value) or changed (both).</param>
/// <param name="Old">The old value as compact JSON (<c>null</c> is the JSON null); absent when added.</param>
/// <param name="New">The new value as compact JSON; absent when removed.</param>
internal sealed record FieldChange(string Path, ChangeKind Kind, string? Old, string? New);

/// <summary>One record that was added, removed or changed, identified by collection and id.</summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Collection">The collection's export name, e.g. <c>people</c>.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Label">The record's name, title or headline, for people reading the diff; null if it has none.</param>
/// <param name="Record">The whole record as compact JSON, for an added or removed record; null for a changed one.</param>
/// <param name="Fields">The fields that differ, for a changed record; empty otherwise.</param>
internal sealed record RecordChange(ChangeKind Kind, string Collection, string Id, string? Label, string? Record, IReadOnlyList<FieldChange> Fields)
{
    /// <summary>The record's key across the dataset, e.g. <c>people/amir-baram</c>.</summary>
    public string Key => $"{Collection}/{Id}";
}

/// <summary>
/// The semantic difference between two canonical JSON exports of the dataset (<c>export json</c>):
/// records matched by collection and id, each change a field path with its old and new values.
/// </summary>
/// <param name="OldRecords">How many records the old export holds.</param>
/// <param name="NewRecords">How many records the new export holds.</param>
/// <param name="Records">Every added, removed or changed record, in collection order, then ordinal order of id.</param>
internal sealed record DatasetDiff(int OldRecords, int NewRecords, IReadOnlyList<RecordChange> Records)
{
    /// <summary>True when the two exports hold the same records with the same values.</summary>
    public bool IsEmpty => Records.Count == 0;

    /// <summary>The records of one kind of change.</summary>
    /// <param name="kind">Added, removed or changed.</param>
    /// <returns>Those records, in diff order.</returns>
    public IEnumerable<RecordChange> Of(ChangeKind kind) => Records.Where(r => r.Kind == kind);
}
