namespace DefenceData.Annotations;

/// <summary>
/// Marks the <see langword="static partial"/> class the generator fills in as the project's dataset
/// root: one property per collection, <c>Find(id)</c>, <c>Collections</c> and <c>RecordCounts</c>.
/// A project with collections and no such class gets an internal <c>DefenceData.Generated.ProjectDataset</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DatasetRootAttribute : Attribute
{
}
