using System.ComponentModel.DataAnnotations;
using DefenceData.Annotations;

namespace DefenceData;

/// <summary>Something that happened: a visit, meeting, signing, statement, attack or operation.</summary>
public sealed partial record Event
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>The kind of event.</summary>
    public required EventType Type { get; init; }

    /// <summary>The CAMEO event code, where one fits (e.g. "042" for a visit).</summary>
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

    /// <summary>The number of the session in its series, where the articles give it (the 17th Joint Working Group is 17).</summary>
    [Range(1, int.MaxValue)]
    public int? Ordinal { get; init; }

    /// <summary>
    /// The date, the first day of a span (<see cref="EndDate"/>) or the earliest day it can be
    /// (<see cref="LatestDate"/>); <see langword="null"/> when the articles give none.
    /// </summary>
    public PartialDate? Date { get; init; }

    /// <summary>The last day of a range (a visit on 22–23 July 2025), if a range: the event spans every day from <see cref="Date"/> to it.</summary>
    [NotBefore(nameof(Date))]
    public PartialDate? EndDate { get; init; }

    /// <summary>
    /// The latest day the event can have been on, when it was one day between <see cref="Date"/> and this one,
    /// not known which; <see cref="Date"/> is then the earliest it can be. Never given with <see cref="EndDate"/>.
    /// </summary>
    [NotBefore(nameof(Date))]
    [NotWith(nameof(EndDate))]
    public PartialDate? LatestDate { get; init; }

    /// <summary>How the date was derived when the article does not state it (e.g. from a weekday).</summary>
    public string? DateDerivation { get; init; }

    /// <summary>Where it happened.</summary>
    [Reference(typeof(Place))]
    public IReadOnlyList<string> PlaceIds { get; init; } = [];

    /// <summary>The people taking part.</summary>
    [Reference(typeof(Person))]
    public IReadOnlyList<string> ParticipantIds { get; init; } = [];

    /// <summary>The organisations taking part or acting.</summary>
    [Reference(typeof(Organisation))]
    public IReadOnlyList<string> OrganisationIds { get; init; } = [];

    /// <summary>The countries involved.</summary>
    [Reference(typeof(Country))]
    public IReadOnlyList<string> CountryIds { get; init; } = [];

    /// <summary>The topics discussed or concerned.</summary>
    [Reference(typeof(Topic))]
    public IReadOnlyList<string> TopicIds { get; init; } = [];

    /// <summary>Events this one is part of or follows from.</summary>
    [Reference(typeof(Event))]
    public IReadOnlyList<string> RelatedEventIds { get; init; } = [];

    /// <summary>Figures the sources give (e.g. people killed), each with its qualifier.</summary>
    public IReadOnlyList<Count> Figures { get; init; } = [];

    /// <summary>What the sources say happened, in brief: claims, each with the quotes that support it.</summary>
    public IReadOnlyList<Claim> Summary { get; init; } = [];

    /// <summary>The whole <see cref="Summary"/> as one text, its claims joined; <see langword="null"/> without claims.</summary>
    public string? SummaryText => Claim.Join(Summary);

    /// <summary>Where the articles report it.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>
    /// When it happened: a <see cref="DateRangeKind.Span"/> from <see cref="Date"/> to <see cref="EndDate"/>
    /// (or of <see cref="Date"/> alone), or <see cref="DateRangeKind.OneDayWithin"/> <see cref="Date"/> to
    /// <see cref="LatestDate"/>; <see langword="null"/> without a <see cref="Date"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The last date ends before <see cref="Date"/> begins.</exception>
    public DateRange? When => Date is not { } first ? null
        : LatestDate is { } latest ? new DateRange(first, latest, DateRangeKind.OneDayWithin)
        : new DateRange(first, EndDate ?? first, DateRangeKind.Span);

    /// <summary>
    /// Whether it happened on <paramref name="day"/>: <see cref="DateMatch.Certainly"/> on each day of a visit
    /// on 22–23 July, only <see cref="DateMatch.Possibly"/> for a meeting on one of those days, not known which.
    /// </summary>
    /// <param name="day">The day asked about.</param>
    /// <returns>How sure that is; <see cref="DateMatch.No"/> for an event without a date.</returns>
    public DateMatch OccurredOn(DateOnly day) => When?.OccursOn(day) ?? DateMatch.No;

    /// <summary>Whether it happened within the period a date stands for: <c>2025-07</c> asks about July 2025.</summary>
    /// <param name="period">The period asked about.</param>
    /// <returns>How sure that is; <see cref="DateMatch.No"/> for an event without a date.</returns>
    public DateMatch OccurredIn(PartialDate period) => When?.OccursIn(period) ?? DateMatch.No;

    /// <summary>Whether it happened on at least one day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="first">The first day of the period asked about.</param>
    /// <param name="last">The last day of the period asked about.</param>
    /// <returns>How sure that is (<see cref="DateRange.OccursWithin"/>); <see cref="DateMatch.No"/> for an event without a date.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public DateMatch OccurredWithin(DateOnly first, DateOnly last) =>
        When?.OccursWithin(first, last) ?? (last < first ? throw new ArgumentException("The period ends before it begins.", nameof(last)) : DateMatch.No);
}
