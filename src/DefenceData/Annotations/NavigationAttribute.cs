namespace DefenceData.Annotations;

/// <summary>
/// Marks a generated navigation property: it is derived from an id property, so exporters and
/// serializers skip it to keep references as ids.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class NavigationAttribute : Attribute
{
}
