using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Model;
using DefenceData.Generators.Resolution;

namespace DefenceData.Generators.Validation;

/// <summary>A record's collection and id.</summary>
internal sealed record RecordKey(string Collection, string Id);

/// <summary>One file's ids, without locations: what the id index and the JSON Schemas are built from.</summary>
internal sealed record FileIds(string Path, EquatableArray<RecordKey> Ids)
{
    public static FileIds From(BoundFile file) =>
        new(file.Path, file.Records.Select(r => new RecordKey(r.Collection, r.Id)).ToEquatableArray());
}

/// <summary>Where a record's id is defined.</summary>
internal sealed record IdSite(string Collection, string Id, LocationInfo Location);

/// <summary>Where a file first names a codebook.</summary>
internal sealed record CodebookUse(string Codebook, LocationInfo Location);

/// <summary>One file's ids and codebooks with where they are: what the checks across files read.</summary>
internal sealed record FileSites(string Path, EquatableArray<IdSite> Ids, EquatableArray<CodebookUse> Codebooks)
{
    public static FileSites From(BoundFile file)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        return new FileSites(
            file.Path,
            file.Records.Select(r => new IdSite(r.Collection, r.Id, r.Location)).ToEquatableArray(),
            file.Codes.Where(c => seen.Add(c.Codebook)).Select(c => new CodebookUse(c.Codebook, c.Location)).ToEquatableArray());
    }
}

/// <summary>The ids that exist for one record type, in ordinal order, found by binary search.</summary>
internal sealed record TypeIds(string TypeName, EquatableArray<string> Ids)
{
    public bool Contains(string id)
    {
        int low = 0, high = Ids.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(Ids[middle], id);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }
}

/// <summary>
/// The ids a reference to each record type may name: exactly those navigation resolves against
/// (<see cref="ResolutionModel"/>): the compilation's own collections of the type, or a referenced
/// assembly's. Equal from run to run unless an id is added or removed, so a value edit re-checks
/// only its own file's references.
/// </summary>
internal sealed record IdIndex(EquatableArray<TypeIds> Types)
{
    public static IdIndex Build(IEnumerable<FileIds> files, ResolutionModel resolution, EquatableArray<ReferencedCollection> referenced)
    {
        var byCollection = files.SelectMany(f => f.Ids).GroupBy(k => k.Collection, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(k => k.Id), System.StringComparer.Ordinal);
        var types = resolution.Types.Select(type =>
        {
            var ids = type.IsOwn
                ? type.Collections.SelectMany(c => byCollection.TryGetValue(c, out var own) ? own : Enumerable.Empty<string>())
                : referenced.Where(c => c.RecordType == type.RecordType).SelectMany(c => c.IdList());
            return new TypeIds(type.RecordType, ids.Distinct(System.StringComparer.Ordinal).OrderBy(id => id, System.StringComparer.Ordinal).ToEquatableArray());
        });
        return new IdIndex(types.ToEquatableArray());
    }

    /// <summary>The ids of <paramref name="recordType"/>, or null where references to it are not checked here.</summary>
    public TypeIds? Of(string recordType) => Types.FirstOrDefault(t => t.TypeName == recordType);
}

/// <summary>A source's evidence file, relative to the data directory, without where the link is written.</summary>
internal sealed record SourceText(string SourceType, string SourceId, string RelativePath);

/// <summary>One file's evidence links without their locations: a line moved in a source file leaves it equal.</summary>
internal sealed record FileEvidence(string Path, EquatableArray<SourceText> Links)
{
    public static FileEvidence From(BoundFile file) =>
        new(file.Path, file.Evidence.Select(l => new SourceText(l.SourceType, l.SourceId, l.RelativePath)).ToEquatableArray());
}

/// <summary>
/// Every source's evidence file, by source type and id (of two definitions, the later in path order
/// wins, for any file order): what a quote is checked against. Equal from run to run unless a
/// source's evidence file changes.
/// </summary>
internal sealed record EvidenceIndex(EquatableArray<SourceText> Links)
{
    public static EvidenceIndex Build(IEnumerable<FileEvidence> files)
    {
        var links = new Dictionary<(string, string), SourceText>();
        foreach (var link in files.OrderBy(f => f.Path, System.StringComparer.Ordinal).SelectMany(f => f.Links))
        {
            links[(link.SourceType, link.SourceId)] = link;
        }

        return new EvidenceIndex(links.Values.OrderBy(l => l.SourceType, System.StringComparer.Ordinal).ThenBy(l => l.SourceId, System.StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>The evidence file of a source, by binary search over the links in (type, id) order.</summary>
    public SourceText? Of(string sourceType, string sourceId)
    {
        int low = 0, high = Links.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(Links[middle].SourceType, sourceType) is var byType and not 0 ? byType : string.CompareOrdinal(Links[middle].SourceId, sourceId);
            if (order == 0)
            {
                return Links[middle];
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }
}
