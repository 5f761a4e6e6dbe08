namespace DefenceData;

/// <summary>A reference to a record: the record that holds it and where in that record it is.</summary>
/// <param name="Record">The record holding the reference.</param>
/// <param name="Path">Where in the record, as in the CSV export: <c>participantIds[1]</c>, <c>roles[0].organisationId</c>, <c>citations[2].sourceId</c>.</param>
public readonly record struct RecordReference(IRecord Record, string Path);
