using System.Collections.Generic;
using System.Linq;

namespace DefenceData.Generators.Shapes;

/// <summary>
/// What a person reads a record by: the first of its text properties <c>Name</c>, <c>Title</c>,
/// <c>Headline</c>, <c>Summary</c> that has a value, as text or as claims (a list of objects with a text
/// <c>Text</c>, whose texts joined are the label). The one home of that rule: named members'
/// doc comments use it here, and the run time reads it from the generated metadata
/// (<c>RecordTypeMetadata.LabelFields</c>).
/// </summary>
internal static class LabelRule
{
    public static readonly string[] Properties = { "Name", "Title", "Headline", "Summary" };

    /// <summary>The type's label properties, first choice first: those of <see cref="Properties"/> it has as text.</summary>
    public static IEnumerable<PropertyShape> Of(TypeShape type) =>
        Properties.Select(name => type.Properties.FirstOrDefault(p => p.Name == name && p.ReferenceTarget is null && (p.Value.Kind == ValueKind.String || IsClaims(p.Value))))
            .Where(p => p is not null)
            .Select(p => p!);

    /// <summary>A list of objects that each have a text <c>Text</c>: claims.</summary>
    private static bool IsClaims(ValueShape value) =>
        value.Kind == ValueKind.List && value.Element is { Kind: ValueKind.Object, Object: { } element }
        && element.Properties.Any(p => p.Name == "Text" && p.Value.Kind == ValueKind.String);
}
