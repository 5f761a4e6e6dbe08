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

/// <summary>
/// The checks beyond one record: per file (<see cref="CheckFile"/>: references, quotes, codes, against
/// indexes of every file's ids and evidence links, which change only when ids or links do) and across
/// files (<see cref="CheckAcrossFiles"/>: duplicate ids, member names, ids in two collections of a
/// type, codebooks that are missing, from each file's ids and where they are). A value edit re-runs
/// the edited file's checks only.
/// </summary>
internal static class DatasetValidator
{
    /// <summary>Every check over every file: what the generator reports, in one call (the fuzz tests' oracle).</summary>
    public static EquatableArray<DiagnosticInfo> Validate(
        ImmutableArray<BoundFile> files,
        ImmutableArray<EvidenceText> evidence,
        EquatableArray<CollectionShape> collections,
        ResolutionModel resolution,
        EquatableArray<ReferencedCollection> referenced,
        string? dataDirectory,
        ImmutableArray<CodebookText> codebooks = default)
    {
        var books = codebooks.IsDefault ? ImmutableArray<CodebookText>.Empty : codebooks;
        var ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var ids = IdIndex.Build(ordered.Select(FileIds.From), resolution, referenced);
        var links = EvidenceIndex.Build(ordered.Select(FileEvidence.From));
        return CheckAcrossFiles(ordered.Select(FileSites.From).ToImmutableArray(), collections, resolution, books, dataDirectory)
            .Concat(ordered.SelectMany(f => CheckFile(f, ids, links, evidence, books, dataDirectory)))
            .ToEquatableArray();
    }

    /// <summary>One file's references (DD0021, DD0008), evidence files (DD0012), quotes (DD0011) and codes (DD0032).</summary>
    public static EquatableArray<DiagnosticInfo> CheckFile(BoundFile file, IdIndex ids, EvidenceIndex links, ImmutableArray<EvidenceText> evidence, ImmutableArray<CodebookText> codebooks, string? dataDirectory)
    {
        var diagnostics = new List<DiagnosticInfo>();
        CheckReferences(file, ids, diagnostics);
        CheckEvidenceFiles(file, evidence, dataDirectory, diagnostics);
        CheckQuotes(file, links, evidence, dataDirectory, diagnostics);
        CheckCodes(file, codebooks, dataDirectory, diagnostics);
        return diagnostics.ToEquatableArray();
    }

    /// <summary>Duplicate ids (DD0007), member names (DD0010), an id in two collections of one type, and missing codebooks (DD0033).</summary>
    public static EquatableArray<DiagnosticInfo> CheckAcrossFiles(ImmutableArray<FileSites> files, EquatableArray<CollectionShape> collections, ResolutionModel resolution, ImmutableArray<CodebookText> codebooks, string? dataDirectory)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var idsByCollection = CheckDuplicateIds(ordered, diagnostics);
        CheckMemberNames(ordered, collections, diagnostics);
        CheckIdsInTwoCollections(idsByCollection, resolution, diagnostics);
        CheckCodebooks(ordered, codebooks, dataDirectory, diagnostics);
        return diagnostics.ToEquatableArray();
    }

    /// <summary>Each codebook named is among the build's files (DD0033, once per codebook, at its first use in path order).</summary>
    private static void CheckCodebooks(List<FileSites> ordered, ImmutableArray<CodebookText> codebooks, string? dataDirectory, List<DiagnosticInfo> diagnostics)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var use in ordered.SelectMany(f => f.Codebooks).Where(u => seen.Add(u.Codebook)))
        {
            if (Find(codebooks, use.Codebook, dataDirectory) is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CodebookNotFound, use.Location, use.Codebook));
            }
        }
    }

    /// <summary>Each coded text is a code of its codebook (DD0032, with the nearest codes and what they mean); a missing codebook is reported across files.</summary>
    private static void CheckCodes(BoundFile file, ImmutableArray<CodebookText> codebooks, string? dataDirectory, List<DiagnosticInfo> diagnostics)
    {
        var books = new Dictionary<string, CodebookText?>(System.StringComparer.Ordinal);
        foreach (var check in file.Codes)
        {
            if (!books.TryGetValue(check.Codebook, out var book))
            {
                books[check.Codebook] = book = Find(codebooks, check.Codebook, dataDirectory);
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
    private static Dictionary<string, Dictionary<string, LocationInfo>> CheckDuplicateIds(List<FileSites> ordered, List<DiagnosticInfo> diagnostics)
    {
        var idsByCollection = new Dictionary<string, Dictionary<string, LocationInfo>>(System.StringComparer.Ordinal);
        foreach (var record in ordered.SelectMany(f => f.Ids))
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
    private static void CheckMemberNames(List<FileSites> ordered, EquatableArray<CollectionShape> collections, List<DiagnosticInfo> diagnostics)
    {
        var records = ordered.SelectMany(f => f.Ids).ToList();
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
    private static void CheckReferences(BoundFile file, IdIndex ids, List<DiagnosticInfo> diagnostics)
    {
        foreach (var reference in file.References)
        {
            if (reference.OwnerType == reference.TargetType && reference.OwnerId == reference.Id)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SelfReference, reference.Location, reference.Id));
            }
            else if (ids.Of(reference.TargetType) is { } known && !known.Contains(reference.Id))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DanglingReference, reference.Location, ShortName(reference.TargetType), reference.Id,
                    Suggestions.DidYouMean(reference.Id, known.Ids)));
            }
        }
    }

    /// <summary>Each of the file's sources names an evidence file that is among the build's files (DD0012).</summary>
    private static void CheckEvidenceFiles(BoundFile file, ImmutableArray<EvidenceText> evidence, string? dataDirectory, List<DiagnosticInfo> diagnostics)
    {
        foreach (var link in file.Evidence)
        {
            if (TextOf(link.RelativePath, evidence, dataDirectory) is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EvidenceFileNotFound, link.Location, link.RelativePath));
            }
        }
    }

    /// <summary>Each quote is in its source's text (DD0011); a source without a text is reported where it is defined.</summary>
    private static void CheckQuotes(BoundFile file, EvidenceIndex links, ImmutableArray<EvidenceText> evidence, string? dataDirectory, List<DiagnosticInfo> diagnostics)
    {
        var texts = new Dictionary<string, EvidenceText?>(System.StringComparer.Ordinal);
        EvidenceText? Text(SourceText link) =>
            texts.TryGetValue(link.RelativePath, out var found) ? found : texts[link.RelativePath] = TextOf(link.RelativePath, evidence, dataDirectory);

        foreach (var quote in file.Quotes)
        {
            if (links.Of(quote.SourceType, quote.SourceId) is { } link && Text(link) is { } text
                && (QuoteFolding.Fold(quote.Quote) is not { Length: > 0 } folded || !text.FoldedText.Contains(folded)))
            {
                var shown = quote.Quote.Length > 80 ? quote.Quote.Substring(0, 80) + "…" : quote.Quote;
                var others = links.Links.Where(l => l.SourceType == quote.SourceType && l.SourceId != quote.SourceId && Text(l) is not null)
                    .Select(l => (l.SourceId, l.RelativePath, Text(l)!.FoldedText));
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotFound, quote.Location, quote.SourceId, link.RelativePath, shown,
                    QuoteHint.For(QuoteFolding.Fold(quote.Quote), text.FoldedText, others)));
            }
        }
    }

    /// <summary>The evidence text at <paramref name="relativePath"/> (to the data directory), or null where no such file is in the build.</summary>
    private static EvidenceText? TextOf(string relativePath, ImmutableArray<EvidenceText> evidence, string? dataDirectory) =>
        evidence.Where(e => DataPaths.IsEvidenceFile(e.Path, relativePath, dataDirectory))
            .OrderBy(e => e.Path, System.StringComparer.Ordinal).FirstOrDefault();

    /// <summary>An id in two of a compilation's collections of one type, reported where the later collection (in class name order) defines it.</summary>
    private static void CheckIdsInTwoCollections(Dictionary<string, Dictionary<string, LocationInfo>> idsByCollection, ResolutionModel resolution, List<DiagnosticInfo> diagnostics)
    {
        foreach (var type in resolution.Types.Where(t => t.IsOwn))
        {
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
                    }
                }
            }
        }
    }

    private static string Describe(LocationInfo location)
    {
        var file = location.Path.Substring(location.Path.Replace('\\', '/').LastIndexOf('/') + 1);
        return string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", file, location.StartLine + 1, location.StartColumn + 1);
    }

    private static string ShortName(string typeName) => DiagnosticText.ShortName(typeName);
}
