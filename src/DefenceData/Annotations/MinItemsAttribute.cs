namespace DefenceData.Annotations;

/// <summary>
/// Marks a list property that needs at least <see cref="Count"/> items: the generator reports a record
/// with fewer (null, or absent when not required, included; an absent required list is DD0003) at build time (DD0027), and the JSON Schemas say
/// <c>minItems</c>. The same rule as <c>[MinLength(n)]</c> of DataAnnotations, which the generator
/// also reads, without that attribute's run-time reflection (it is not trim-safe).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class MinItemsAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="count">The fewest items the list may have.</param>
    public MinItemsAttribute(int count) => Count = count;

    /// <summary>The fewest items the list may have.</summary>
    public int Count { get; }
}
