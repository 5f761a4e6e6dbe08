namespace DefenceData.Annotations;

/// <summary>
/// Marks a property that must not be given together with the named property of the same record (a
/// span's end and the latest day of an uncertain date mean different things). The generator reports
/// a record that gives both at build time (DD0030).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class NotWithAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="property">The name of the property this one excludes (<c>nameof(EndDate)</c>).</param>
    public NotWithAttribute(string property) => Property = property;

    /// <summary>The name of the property this one excludes.</summary>
    public string Property { get; }
}
