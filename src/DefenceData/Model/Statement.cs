using DefenceData.Annotations;

namespace DefenceData;

/// <summary>Who said what, when, and about what.</summary>
public sealed partial record Statement
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The kind of statement.</summary>
    public required StatementType Type { get; init; }

    /// <summary>The person who made it, where one is named.</summary>
    [Reference(typeof(Person))]
    public string? SpeakerId { get; init; }

    /// <summary>The organisation that made it or on whose behalf it was made, where named.</summary>
    [Reference(typeof(Organisation))]
    public string? SpeakerOrganisationId { get; init; }

    /// <summary>The countries that made it, where the articles give it to a side or to both sides rather than to a person or body.</summary>
    [Reference(typeof(Country))]
    public IReadOnlyList<string> SpeakerCountryIds { get; init; } = [];

    /// <summary>The CAMEO event code, where one fits (e.g. "111" for a condemnation, "0253" for an appeal for release).</summary>
    [Codebook("reference/cameo/CAMEO.eventcodes.tsv")]
    public string? CameoCode { get; init; }

    /// <summary>
    /// What <see cref="CameoCode"/> means in the CAMEO codebook: its description, root, quad class and
    /// Goldstein value; <see langword="null"/> without a code. Derived, not part of the data.
    /// </summary>
    public CameoEntry? Cameo => CameoCodebook.Find(CameoCode);

    /// <summary>The CAMEO codebook's description of <see cref="CameoCode"/> (a column of the typed tables).</summary>
    [Derived]
    public string? CameoDescription => Cameo?.Description;

    /// <summary>The quad class of <see cref="CameoCode"/>: verbal or material, cooperation or conflict (a column of the typed tables).</summary>
    [Derived]
    public QuadClass? CameoQuadClass => Cameo?.QuadClass;

    /// <summary>The Goldstein value of <see cref="CameoCode"/>, −10 to +10 (a column of the typed tables).</summary>
    [Derived]
    public double? CameoGoldsteinScale => Cameo?.GoldsteinScale;

    /// <summary>The date, where known; the earliest day it can have been made when <see cref="LatestDate"/> is given.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>
    /// The latest day it can have been made, when it was one day between <see cref="Date"/> and this one, not
    /// known which (a statement made during a two-day visit).
    /// </summary>
    [NotBefore(nameof(Date))]
    public PartialDate? LatestDate { get; init; }

    /// <summary>How the date was derived when the article does not state it.</summary>
    public string? DateDerivation { get; init; }

    /// <summary>The event at which it was made, if any.</summary>
    [Reference(typeof(Event))]
    public string? MadeAtId { get; init; }

    /// <summary>The events it is about (e.g. the attack it condemns).</summary>
    [Reference(typeof(Event))]
    public IReadOnlyList<string> SubjectIds { get; init; } = [];

    /// <summary>What was said, in brief: claims, each with the quotes that support it.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Claim> Summary { get; init; }

    /// <summary>The whole <see cref="Summary"/> as one text, its claims joined.</summary>
    public string SummaryText => Claim.Join(Summary) ?? "";

    /// <summary>The speaker's own words where the article quotes them.</summary>
    public IReadOnlyList<string> QuotedWords { get; init; } = [];

    /// <summary>Where the articles report it.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>
    /// When it was made: <see cref="Date"/> (a span of that one day), or <see cref="DateRangeKind.OneDayWithin"/>
    /// <see cref="Date"/> to <see cref="LatestDate"/>; <see langword="null"/> without a <see cref="Date"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="LatestDate"/> ends before <see cref="Date"/> begins.</exception>
    public DateRange? When => Date is not { } first ? null
        : new DateRange(first, LatestDate ?? first, LatestDate is null ? DateRangeKind.Span : DateRangeKind.OneDayWithin);

    /// <summary>Whether it was made on <paramref name="day"/>: only <see cref="DateMatch.Possibly"/> for one day of a range, not known which.</summary>
    /// <param name="day">The day asked about.</param>
    /// <returns>How sure that is; <see cref="DateMatch.No"/> for a statement without a date.</returns>
    public DateMatch MadeOn(DateOnly day) => When?.OccursOn(day) ?? DateMatch.No;
}
