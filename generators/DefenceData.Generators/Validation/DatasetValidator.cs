using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Model;
using DefenceData.Generators.Resolution;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Validation;

/// <summary>The checks that need every file at once: duplicate ids, member names, references and quotes.</summary>
internal static class DatasetValidator
{
    public static EquatableArray<DiagnosticInfo> Validate(
        ImmutableArray<BoundFile> files,
        ImmutableArray<EvidenceText> evidence,
        EquatableArray<CollectionShape> collections,
        ResolutionModel resolution,
        EquatableArray<ReferencedCollection> referenced,
        string? dataDirectory,
        ImmutableArray<CodebookText> codebooks = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var idsByCollection = CheckDuplicateIds(ordered, diagnostics);
        CheckMemberNames(ordered, collections, diagnostics);
        var idsByType = IdsByType(idsByCollection, resolution, referenced, diagnostics);
        CheckReferences(ordered, idsByType, diagnostics);
        CheckQuotes(ordered, evidence, dataDirectory, diagnostics);
        CheckCodes(ordered, codebooks.IsDefault ? ImmutableArray<CodebookText>.Empty : codebooks, dataDirectory, diagnostics);
        return diagnostics.ToEquatableArray();
    }

    /// <summary>
    /// Each coded text is a code of its codebook (DD0032, with the nearest codes and what they mean),
    /// and each codebook named is among the build's files (DD0033, once per codebook, at its first use).
    /// </summary>
    private static void CheckCodes(List<BoundFile> ordered, ImmutableArray<CodebookText> codebooks, string? dataDirectory, List<DiagnosticInfo> diagnostics)
    {
        var books = new Dictionary<string, CodebookText?>(System.StringComparer.Ordinal);
        foreach (var check in ordered.SelectMany(f => f.Codes))
        {
            if (!books.TryGetValue(check.Codebook, out var book))
            {
                books[check.Codebook] = book = Find(codebooks, check.Codebook, dataDirectory);
                if (book is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CodebookNotFound, check.Location, check.Codebook));
                }
            }

            if (book is not null && !book.Rows.Any(r => r.Code == check.Code))
            {
                var nearest = Suggestions.NearestAll(check.Code, book.Rows.Select(r => r.Code), 3);
                var hint = nearest.Count == 0 ? ""
                    : " Nearest codes: " + string.Join(", ", nearest.Select(code => "'" + code + "' (" + book.Rows.First(r => r.Code == code).Value + ")")) + ".";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownCode, check.Location, check.Key, check.Code, check.Codebook, hint));
            }
        }
    }

    /// <summary>The codebook file named <paramref name="relative"/> (to the data directory), or null when the build has none.</summary>
    public static CodebookText? Find(ImmutableArray<CodebookText> codebooks, string relative, string? dataDirectory) =>
        codebooks.Where(c => DataPaths.IsEvidenceFile(c.Path, relative, dataDirectory))
            .OrderBy(c => c.Path, System.StringComparer.Ordinal).FirstOrDefault();

    /// <summary>Ids per collection, first definition wins (in path order, so any file order gives the same result); a later one is DD0007.</summary>
    private static Dictionary<string, Dictionary<string, LocationInfo>> CheckDuplicateIds(List<BoundFile> ordered, List<DiagnosticInfo> diagnostics)
    {
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

        return idsByCollection;
    }

    /// <summary>Member names (DD0010), by the rule the emitted collections follow, reported here where records have locations.</summary>
    private static void CheckMemberNames(List<BoundFile> ordered, EquatableArray<CollectionShape> collections, List<DiagnosticInfo> diagnostics)
    {
        var records = ordered.SelectMany(f => f.Records).ToList();
        foreach (var collection in collections.Where(c => c.Record is not null))
        {
            foreach (var (record, _, takenBy) in MemberNames.Assign(collection, records, r => r.Collection, r => r.Id))
            {
                if (takenBy is not null)
                {
                    diagnostics.Add(MemberNames.Collision(record.Location, "Id '" + record.Id + "'", IdRules.ToMemberName(record.Id), takenBy));
                }
            }
        }
    }

    /// <summary>Each reference names another record (DD0021) that exists in the scope (DD0008).</summary>
    private static void CheckReferences(List<BoundFile> ordered, Dictionary<string, HashSet<string>> idsByType, List<DiagnosticInfo> diagnostics)
    {
        foreach (var reference in ordered.SelectMany(f => f.References))
        {
            if (reference.OwnerType == reference.TargetType && reference.OwnerId == reference.Id)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SelfReference, reference.Location, reference.Id));
            }
            else if (idsByType.TryGetValue(reference.TargetType, out var known) && !known.Contains(reference.Id))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DanglingReference, reference.Location, ShortName(reference.TargetType), reference.Id,
                    Suggestions.DidYouMean(reference.Id, known)));
            }
        }
    }

    /// <summary>Each source's evidence file is among the build's files (DD0012), and each quote is in its source's text (DD0011).</summary>
    private static void CheckQuotes(List<BoundFile> ordered, ImmutableArray<EvidenceText> evidence, string? dataDirectory, List<DiagnosticInfo> diagnostics)
    {
        // Quotes: source id → its evidence file → the folded text.
        var links = new Dictionary<(string, string), EvidenceLink>();
        foreach (var link in ordered.SelectMany(f => f.Evidence))
        {
            links[(link.SourceType, link.SourceId)] = link;
        }

        var texts = EvidenceTexts(links, evidence, dataDirectory, diagnostics);
        foreach (var quote in ordered.SelectMany(f => f.Quotes))
        {
            if (links.TryGetValue((quote.SourceType, quote.SourceId), out var link) && texts[link] is { } text
                && (QuoteFolding.Fold(quote.Quote) is not { Length: > 0 } folded || !text.FoldedText.Contains(folded)))
            {
                var shown = quote.Quote.Length > 80 ? quote.Quote.Substring(0, 80) + "…" : quote.Quote;
                var others = links.Values.Where(l => l.SourceType == quote.SourceType && l.SourceId != quote.SourceId && texts[l] is not null)
                    .OrderBy(l => l.SourceId, System.StringComparer.Ordinal)
                    .Select(l => (l.SourceId, l.RelativePath, texts[l]!.FoldedText));
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotFound, quote.Location, quote.SourceId, link.RelativePath, shown,
                    QuoteHint.For(QuoteFolding.Fold(quote.Quote), text.FoldedText, others)));
            }
        }
    }

    /// <summary>The evidence text of each link, or null where no such file is in the build (DD0012, in file order).</summary>
    private static Dictionary<EvidenceLink, EvidenceText?> EvidenceTexts(Dictionary<(string, string), EvidenceLink> links, ImmutableArray<EvidenceText> evidence, string? dataDirectory, List<DiagnosticInfo> diagnostics)
    {
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

        return texts;
    }

    /// <summary>
    /// The ids a reference to each type may name: exactly those navigation resolves against
    /// (<see cref="ResolutionModel"/>). An id in two of a compilation's collections of one type is
    /// reported where the later collection (in class name order) defines it.
    /// </summary>
    private static Dictionary<string, HashSet<string>> IdsByType(
        Dictionary<string, Dictionary<string, LocationInfo>> idsByCollection,
        ResolutionModel resolution,
        EquatableArray<ReferencedCollection> referenced,
        List<DiagnosticInfo> diagnostics)
    {
        var idsByType = new Dictionary<string, HashSet<string>>(System.StringComparer.Ordinal);
        foreach (var type in resolution.Types)
        {
            var set = idsByType[type.RecordType] = new HashSet<string>(System.StringComparer.Ordinal);
            if (!type.IsOwn)
            {
                foreach (var collection in referenced.Where(c => c.RecordType == type.RecordType))
                {
                    set.UnionWith(collection.IdList());
                }

                continue;
            }

            var firstCollection = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var collection in type.Collections)
            {
                if (!idsByCollection.TryGetValue(collection, out var ids))
                {
                    continue;
                }

                foreach (var pair in ids.OrderBy(p => p.Key, System.StringComparer.Ordinal))
                {
                    if (firstCollection.TryGetValue(pair.Key, out var first))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IdInTwoCollections, pair.Value, pair.Key, ShortName(type.RecordType), ShortName(first)));
                    }
                    else
                    {
                        firstCollection[pair.Key] = collection;
                        set.Add(pair.Key);
                    }
                }
            }
        }

        return idsByType;
    }

    private static string Describe(LocationInfo location)
    {
        var file = location.Path.Substring(location.Path.Replace('\\', '/').LastIndexOf('/') + 1);
        return string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", file, location.StartLine + 1, location.StartColumn + 1);
    }

    private static string ShortName(string typeName) => DiagnosticText.ShortName(typeName);
}
