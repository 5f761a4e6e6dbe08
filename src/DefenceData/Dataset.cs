using DefenceData.Annotations;

namespace DefenceData;

/// <summary>
/// The entry point to the dataset, generated from the collections: every collection as a read-only
/// list in ordinal order of id (<c>Dataset.Events</c>, …), <c>Find(id)</c> across them,
/// <c>Collections</c> by their names in exports and <c>RecordCounts</c>. Each collection class
/// (<see cref="DefenceData.People"/>, <see cref="DefenceData.Events"/>, …) also offers <c>Get</c>,
/// <c>TryGet</c>, <c>ById</c> and one named member per record.
/// </summary>
[DatasetRoot]
public static partial class Dataset;
