namespace DefenceData.Annotations;

/// <summary>
/// Marks a <see cref="string"/> (or list of strings) property as the id of a record of another
/// type. The generator reports a dangling reference at build time and, where the declaring record
/// is <see langword="partial"/>, adds a navigation property named without the <c>Id</c>/<c>Ids</c> suffix.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class ReferenceAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="targetType">The record type the id refers to.</param>
    public ReferenceAttribute(Type targetType) => TargetType = targetType;

    /// <summary>The record type the id refers to.</summary>
    public Type TargetType { get; }
}
