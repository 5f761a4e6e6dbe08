using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Validation;

/// <summary>The checks that need every file at once: duplicate ids, member names, references and quotes.</summary>
internal static class DatasetValidator
{
    public static EquatableArray<DiagnosticInfo> Validate(
        ImmutableArray<BoundFile> files,
        ImmutableArray<EvidenceText> evidence,
        EquatableArray<CollectionShape> collections,
        string? dataDirectory)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();

        // Ids per collection, first definition wins (in path order, so any file order gives the same result).
        var idsByCollection = new Dictionary<string, Dictionary<string, LocationInfo>>(System.StringComparer.Ordinal);
        foreach (var record in ordered.SelectMany(f => f.Records))
        {
            if (!idsByCollection.TryGetValue(record.Collection, out var ids))
            {
                idsByCollection[record.Collection] = ids = new Dictionary<string, LocationInfo>(System.StringComparer.Ordinal);
            }

            if (ids.TryGetValue(record.Id, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, record.Location, record.Id,
                    ShortName(record.Collection), Describe(first)));
            }
            else
            {
                ids.Add(record.Id, record.Location);
            }
        }

        // Member names (DD0010), by the rule the emitted collections follow, reported here where records have locations.
        var records = ordered.SelectMany(f => f.Records).ToList();
        foreach (var collection in collections.Where(c => c.Record is not null))
        {
            foreach (var (record, member, takenBy) in MemberNames.Assign(collection, records, r => r.Collection, r => r.Id))
            {
                if (takenBy is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberNameCollision, record.Location, record.Id, IdRules.ToMemberName(record.Id), takenBy));
                }
            }
        }

        // Ids per record type: a reference names a type, and any collection of that type may hold it.
        var idsByType = new Dictionary<string, HashSet<string>>(System.StringComparer.Ordinal);
        foreach (var collection in collections.Where(c => c.Record is not null))
        {
            if (!idsByType.TryGetValue(collection.Record!.FullyQualifiedName, out var set))
            {
                idsByType[collection.Record.FullyQualifiedName] = set = new HashSet<string>(System.StringComparer.Ordinal);
            }

            if (idsByCollection.TryGetValue(collection.ClassFullyQualifiedName, out var ids))
            {
                set.UnionWith(ids.Keys);
            }
        }

        foreach (var reference in ordered.SelectMany(f => f.References))
        {
            if (reference.OwnerType == reference.TargetType && reference.OwnerId == reference.Id)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SelfReference, reference.Location, reference.Id));
            }
            else if (idsByType.TryGetValue(reference.TargetType, out var known) && !known.Contains(reference.Id))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DanglingReference, reference.Location, ShortName(reference.TargetType), reference.Id));
            }
        }

        // Quotes: source id → its evidence file → the folded text.
        var links = new Dictionary<(string, string), EvidenceLink>();
        foreach (var link in ordered.SelectMany(f => f.Evidence))
        {
            links[(link.SourceType, link.SourceId)] = link;
        }

        var texts = new Dictionary<EvidenceLink, EvidenceText?>();
        foreach (var link in links.Values.OrderBy(l => l.Location.Path, System.StringComparer.Ordinal).ThenBy(l => l.Location.Start))
        {
            var text = evidence.Where(e => DataPaths.IsEvidenceFile(e.Path, link.RelativePath, dataDirectory))
                .OrderBy(e => e.Path, System.StringComparer.Ordinal).FirstOrDefault();
            texts[link] = text;
            if (text is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EvidenceFileNotFound, link.Location, link.RelativePath));
            }
        }

        foreach (var quote in ordered.SelectMany(f => f.Quotes))
        {
            if (links.TryGetValue((quote.SourceType, quote.SourceId), out var link) && texts[link] is { } text
                && (QuoteFolding.Fold(quote.Quote) is not { Length: > 0 } folded || !text.FoldedText.Contains(folded)))
            {
                var shown = quote.Quote.Length > 80 ? quote.Quote.Substring(0, 80) + "…" : quote.Quote;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotFound, quote.Location, quote.SourceId, link.RelativePath, shown));
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static string Describe(LocationInfo location)
    {
        var file = location.Path.Substring(location.Path.Replace('\\', '/').LastIndexOf('/') + 1);
        return string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", file, location.StartLine + 1, location.StartColumn + 1);
    }

    private static string ShortName(string typeName) => typeName.Substring(typeName.LastIndexOf('.') + 1);
}
