namespace DefenceData.Annotations;

/// <summary>
/// Marks a <see cref="PartialDate"/> property that must not end before the named date property of the
/// same record begins (an end date, the latest day a date can be). The generator reports a record
/// that breaks it at build time (DD0029), so ranges built from the two never throw at run time.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class NotBeforeAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="property">The name of the date property this one must not precede (<c>nameof(Date)</c>).</param>
    public NotBeforeAttribute(string property) => Property = property;

    /// <summary>The name of the date property this one must not precede.</summary>
    public string Property { get; }
}
