using System.ComponentModel.DataAnnotations;
using DefenceData.Annotations;

namespace DefenceData;

/// <summary>An agreement, memorandum or framework between the countries.</summary>
public sealed partial record Agreement
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The name as the articles give it.</summary>
    public required string Title { get; init; }

    /// <summary>The kind, e.g. "Memorandum of Understanding".</summary>
    public required string Kind { get; init; }

    /// <summary>
    /// How far it has come: an agreement the articles say the parties will "work towards" is
    /// <see cref="AgreementStatus.Intended"/>, never signed. Only a signed one has a signing date and occasion.
    /// </summary>
    public required AgreementStatus Status { get; init; }

    /// <summary>The countries that are parties.</summary>
    [Reference(typeof(Country))]
    public IReadOnlyList<string> PartyIds { get; init; } = [];

    /// <summary>The event at which the parties agreed to make it or to work towards it, where that is not its signing.</summary>
    [Reference(typeof(Event))]
    public string? AgreedAtId { get; init; }

    /// <summary>The event at which it was signed, if any; only for a <see cref="AgreementStatus.Signed"/> agreement.</summary>
    [Reference(typeof(Event))]
    [OnlyWhen(nameof(Status), nameof(AgreementStatus.Signed))]
    public string? SignedAtId { get; init; }

    /// <summary>The date it was signed, where the articles give or imply it; only for a <see cref="AgreementStatus.Signed"/> agreement.</summary>
    [OnlyWhen(nameof(Status), nameof(AgreementStatus.Signed))]
    public PartialDate? Date { get; init; }

    /// <summary>
    /// The latest day it can have been signed, when that was one day between <see cref="Date"/> and this one,
    /// not known which; <see cref="Date"/> is then the earliest it can be.
    /// </summary>
    [NotBefore(nameof(Date))]
    [OnlyWhen(nameof(Status), nameof(AgreementStatus.Signed))]
    public PartialDate? LatestDate { get; init; }

    /// <summary>How the signing date was derived when the article does not state it (e.g. from a weekday).</summary>
    [OnlyWhen(nameof(Status), nameof(AgreementStatus.Signed))]
    public string? DateDerivation { get; init; }

    /// <summary>The areas it covers.</summary>
    [Reference(typeof(Topic))]
    public IReadOnlyList<string> TopicIds { get; init; } = [];

    /// <summary>
    /// Aims of the broader intent the sources say it reflects (a co-production model, Aatmanirbhar Bharat),
    /// as distinct from the areas it covers.
    /// </summary>
    [Reference(typeof(Topic))]
    public IReadOnlyList<string> IntentTopicIds { get; init; } = [];

    /// <summary>Areas the sources say it is expected or may lead to, as distinct from those it covers.</summary>
    [Reference(typeof(Topic))]
    public IReadOnlyList<string> ExpectedTopicIds { get; init; } = [];

    /// <summary>What the sources say it does, in brief: claims, each with the quotes that support it.</summary>
    public IReadOnlyList<Claim> Summary { get; init; } = [];

    /// <summary>The whole <see cref="Summary"/> as one text, its claims joined; <see langword="null"/> without claims.</summary>
    public string? SummaryText => Claim.Join(Summary);

    /// <summary>Where the articles report it.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>
    /// When it was signed: <see cref="Date"/> (a span of that one day), or
    /// <see cref="DateRangeKind.OneDayWithin"/> <see cref="Date"/> to <see cref="LatestDate"/>;
    /// <see langword="null"/> without a <see cref="Date"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="LatestDate"/> ends before <see cref="Date"/> begins.</exception>
    public DateRange? When => Status != AgreementStatus.Signed || Date is not { } first ? null
        : new DateRange(first, LatestDate ?? first, LatestDate is null ? DateRangeKind.Span : DateRangeKind.OneDayWithin);

    /// <summary>Whether it was signed on <paramref name="day"/>: only <see cref="DateMatch.Possibly"/> when the day is not known, <see cref="DateMatch.No"/> for one not signed.</summary>
    /// <param name="day">The day asked about.</param>
    /// <returns>How sure that is; <see cref="DateMatch.No"/> for an agreement without a date.</returns>
    public DateMatch SignedOn(DateOnly day) => When?.OccursOn(day) ?? DateMatch.No;
}
