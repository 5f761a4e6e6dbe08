using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;
using DefenceData.Generators.Validation;

namespace DefenceData.Generators.Schemas;

/// <summary>
/// What the JSON Schemas of a compilation depend on: its collections' shapes and the ids each
/// record type has. Equatable, so an edit that changes neither (a new summary, a fixed quote)
/// leaves the emitted schemas cached.
/// </summary>
/// <remarks>
/// A type with more ids than <see cref="JsonSchemaWriter.MaxEnumeratedIds"/> is listed in
/// <see cref="Unlisted"/> without its ids (its references get the id pattern), so adding a record to
/// a large collection leaves the schemas as they were.
/// </remarks>
internal sealed record SchemaSetModel(EquatableArray<CollectionShape> Collections, EquatableArray<TypeIds> Ids, EquatableArray<string> Unlisted = default)
{
    public static SchemaSetModel Build(IEnumerable<FileIds> files, EquatableArray<CollectionShape> collections)
    {
        var recordTypeOf = collections.Where(c => c.Record is not null)
            .ToDictionary(c => c.ClassFullyQualifiedName, c => c.Record!.FullyQualifiedName, System.StringComparer.Ordinal);
        var ids = files.SelectMany(f => f.Ids)
            .Where(r => recordTypeOf.ContainsKey(r.Collection))
            .GroupBy(r => recordTypeOf[r.Collection], System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => new TypeIds(g.Key, g.Select(r => r.Id).Distinct(System.StringComparer.Ordinal).OrderBy(i => i, System.StringComparer.Ordinal).ToEquatableArray()));

        // A record type with a collection but no records yet still has (no) ids: its references are checked.
        var empty = collections.Where(c => c.Record is not null).Select(c => c.Record!.FullyQualifiedName)
            .Distinct(System.StringComparer.Ordinal)
            .Select(t => new TypeIds(t, EquatableArray<string>.Empty));
        var all = ids.Concat(empty).GroupBy(t => t.TypeName, System.StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(t => t.TypeName, System.StringComparer.Ordinal);
        var listed = all.Where(t => t.Ids.Count <= JsonSchemaWriter.MaxEnumeratedIds);
        var unlisted = all.Where(t => t.Ids.Count > JsonSchemaWriter.MaxEnumeratedIds).Select(t => t.TypeName);
        return new SchemaSetModel(collections.Where(c => c.Record is not null && c.Folder.Length > 0).ToEquatableArray(), listed.ToEquatableArray(), unlisted.ToEquatableArray());
    }

    public TypeIds? IdsOf(string typeName) => Ids.FirstOrDefault(t => t.TypeName == typeName);
}
