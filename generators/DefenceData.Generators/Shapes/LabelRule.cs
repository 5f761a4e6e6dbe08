using System.Collections.Generic;
using System.Linq;

namespace DefenceData.Generators.Shapes;

/// <summary>
/// What a person reads a record by: the first of its text properties <c>Name</c>, <c>Title</c>,
/// <c>Headline</c>, <c>Summary</c> that has a value. The one home of that rule: named members'
/// doc comments use it here, and the run time reads it from the generated metadata
/// (<c>RecordTypeMetadata.LabelFields</c>).
/// </summary>
internal static class LabelRule
{
    public static readonly string[] Properties = { "Name", "Title", "Headline", "Summary" };

    /// <summary>The type's label properties, first choice first: those of <see cref="Properties"/> it has as text.</summary>
    public static IEnumerable<PropertyShape> Of(TypeShape type) =>
        Properties.Select(name => type.Properties.FirstOrDefault(p => p.Name == name && p.Value.Kind == ValueKind.String && p.ReferenceTarget is null))
            .Where(p => p is not null)
            .Select(p => p!);
}
