namespace DefenceData.Annotations;

/// <summary>
/// Marks the property of a source record that names its evidence text: a file path relative to
/// the data directory, whose text quotes are checked against at build time.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class EvidenceFileAttribute : Attribute
{
}
