using System.Collections.Frozen;
using System.Globalization;
using DefenceData.Annotations;

namespace DefenceData;

/// <summary>
/// The CAMEO codebook as GDELT publishes it: event codes with their descriptions and Goldstein values,
/// and the country codes of the countries in the data. Compiled from the tab-separated files in
/// data/reference/cameo (their one home; provenance and licence in docs/DATA.md): no file is read at run time.
/// </summary>
public static class CameoCodebook
{
    private static readonly Lazy<FrozenDictionary<string, CameoEntry>> ByCode = new(Build);

    /// <summary>Every event code of the codebook, root codes (<c>"04"</c>) included, in the codebook's order.</summary>
    public static IReadOnlyList<CameoEntry> All { get; } = [.. CameoEventCodeTable.Entries.Select(e => ByCode.Value[e.Key])];

    /// <summary>What <paramref name="code"/> means, or <see langword="null"/> for no code or one the codebook does not have.</summary>
    /// <param name="code">A CAMEO event code (<c>"042"</c>).</param>
    /// <returns>The codebook's entry, or <see langword="null"/>.</returns>
    public static CameoEntry? Find(string? code) => code is not null && ByCode.Value.TryGetValue(code, out var entry) ? entry : null;

    /// <summary>The CAMEO country code GDELT's lookup table gives a country of the data, by its name (<c>"India"</c> → <c>"IND"</c>).</summary>
    /// <param name="countryName">The country's name, as its record gives it.</param>
    /// <returns>The code, or <see langword="null"/> when the table has no country of that name.</returns>
    public static string? CountryCode(string? countryName) =>
        countryName is null ? null : CameoCountryTable.Entries.FirstOrDefault(e => e.Value == countryName).Key;

    /// <summary>The primary class of a root code, as GDELT maps roots to its quad classes.</summary>
    /// <param name="rootCode">A two-digit root code, <c>"01"</c> to <c>"20"</c>.</param>
    /// <returns>The class.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rootCode"/> is not a root code.</exception>
    public static QuadClass QuadClassOf(string rootCode) =>
        int.TryParse(rootCode, NumberStyles.None, CultureInfo.InvariantCulture, out var root) && rootCode.Length == 2
            ? root switch
            {
                >= 1 and <= 5 => QuadClass.VerbalCooperation,
                >= 6 and <= 9 => QuadClass.MaterialCooperation,
                >= 10 and <= 14 => QuadClass.VerbalConflict,
                >= 15 and <= 20 => QuadClass.MaterialConflict,
                _ => throw new ArgumentOutOfRangeException(nameof(rootCode), rootCode, "Not a CAMEO root code."),
            }
            : throw new ArgumentOutOfRangeException(nameof(rootCode), rootCode, "Not a CAMEO root code.");

    private static FrozenDictionary<string, CameoEntry> Build()
    {
        var entries = new Dictionary<string, CameoEntry>(StringComparer.Ordinal);
        foreach (var (code, description) in CameoEventCodeTable.Entries)
        {
            var root = code[..2];
            var goldstein = CameoGoldsteinTable.Find(code)
                ?? throw new InvalidOperationException($"The Goldstein table has no value for CAMEO code {code}.");
            entries[code] = new CameoEntry(code, description, code.Length > 3 ? code[..3] : code, root,
                CameoEventCodeTable.Find(root) ?? root, QuadClassOf(root), double.Parse(goldstein, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>GDELT's CAMEO event codes and their descriptions (<c>CAMEO.eventcodes.txt</c>), compiled from the file.</summary>
[CodebookTable("reference/cameo/CAMEO.eventcodes.tsv")]
internal static partial class CameoEventCodeTable
{
}

/// <summary>GDELT's Goldstein value of each CAMEO event code (<c>CAMEO.goldsteinscale.txt</c>), compiled from the file.</summary>
[CodebookTable("reference/cameo/CAMEO.goldsteinscale.tsv")]
internal static partial class CameoGoldsteinTable
{
}

/// <summary>GDELT's CAMEO country codes (<c>CAMEO.country.txt</c>) of the countries in the data, compiled from the file.</summary>
[CodebookTable("reference/cameo/CAMEO.country.tsv")]
internal static partial class CameoCountryTable
{
}
