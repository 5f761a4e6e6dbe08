namespace DefenceData.Annotations;

/// <summary>
/// Marks a property that may only be given when another property of the same record, an enum, has one
/// value: an agreement's signing date and occasion only when its status is signed. The generator
/// reports a record that gives the property with any other value at build time (DD0031).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class OnlyWhenAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="property">The name of the enum property this one depends on (<c>nameof(Status)</c>).</param>
    /// <param name="value">The name of the enum member it must have (<c>nameof(AgreementStatus.Signed)</c>).</param>
    public OnlyWhenAttribute(string property, string value)
    {
        Property = property;
        Value = value;
    }

    /// <summary>The name of the enum property this one depends on.</summary>
    public string Property { get; }

    /// <summary>The name of the enum member that property must have.</summary>
    public string Value { get; }
}
