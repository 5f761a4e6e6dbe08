namespace DefenceData.Tests.Dates;

/// <summary>Event dates as users ask about them: "what happened on 22 July?".</summary>
public sealed class EventDateTests
{
    private static readonly DateOnly July22 = new(2025, 7, 22);

    private static readonly Event Visit = NewEvent("visit") with { Date = new PartialDate(2025, 7, 22), EndDate = new PartialDate(2025, 7, 23) };

    private static readonly Event MeetingDuringVisit = NewEvent("meeting") with { Date = new PartialDate(2025, 7, 22), LatestDate = new PartialDate(2025, 7, 23) };

    private static readonly Event Undated = NewEvent("undated");

    [Fact]
    public void A_visit_given_as_date_and_end_date_is_a_span()
    {
        Assert.Equal(new DateRange(new PartialDate(2025, 7, 22), new PartialDate(2025, 7, 23), DateRangeKind.Span), Visit.When);
    }

    [Fact]
    public void A_meeting_given_as_date_and_latest_date_is_one_day_within()
    {
        Assert.Equal(DateRangeKind.OneDayWithin, MeetingDuringVisit.When!.Value.Kind);
    }

    [Fact]
    public void A_single_date_is_a_span_of_itself()
    {
        var e = NewEvent("day") with { Date = new PartialDate(2025, 11, 4) };
        Assert.Equal(new DateRange(new PartialDate(2025, 11, 4), new PartialDate(2025, 11, 4), DateRangeKind.Span), e.When);
    }

    [Fact]
    public void What_happened_on_22_July_certainly_is_the_visit_and_not_the_meeting_whose_day_is_unknown()
    {
        Event[] events = [Visit, MeetingDuringVisit, Undated];
        Assert.Equal(["visit"], events.Where(e => e.OccurredOn(July22) == DateMatch.Certainly).Select(e => e.Id));
        Assert.Equal(["visit", "meeting"], events.Where(e => e.OccurredOn(July22) >= DateMatch.Possibly).Select(e => e.Id));
    }

    [Fact]
    public void An_undated_event_matches_no_day_and_no_period()
    {
        Assert.Null(Undated.When);
        Assert.Equal(DateMatch.No, Undated.OccurredOn(July22));
        Assert.Equal(DateMatch.No, Undated.OccurredIn(new PartialDate(2025)));
        Assert.Equal(DateMatch.No, Undated.OccurredWithin(July22, July22));
    }

    [Fact]
    public void The_meeting_during_the_visit_certainly_happened_in_July()
    {
        Assert.Equal(DateMatch.Certainly, MeetingDuringVisit.OccurredIn(new PartialDate(2025, 7)));
    }

    [Fact]
    public void A_period_ending_before_it_begins_is_refused_even_for_an_undated_event()
    {
        Assert.Throws<ArgumentException>(() => Undated.OccurredWithin(July22, July22.AddDays(-1)));
    }

    [Fact]
    public void The_computed_dates_are_not_exported_as_data()
    {
        var json = Export.DatasetJson.ToJson(Visit, Events.Metadata.RecordType);
        Assert.DoesNotContain("\"when\"", json, StringComparison.Ordinal);
        Assert.Contains("\"endDate\": \"2025-07-23\"", json.Replace("\":\"", "\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_visit_in_the_data_is_certainly_on_both_its_days()
    {
        var visit = Dataset.Events.Single(e => e.Type == EventType.Visit && e.EndDate == new PartialDate(2025, 7, 23) && e.Date == new PartialDate(2025, 7, 22));
        Assert.Equal(DateMatch.Certainly, visit.OccurredOn(July22));
        Assert.Equal(DateMatch.Certainly, visit.OccurredOn(new DateOnly(2025, 7, 23)));
    }

    [Fact]
    public void An_agreement_signed_one_day_within_a_range_is_only_possibly_signed_on_each_day()
    {
        var agreement = new Agreement { Id = "a", Title = "a", Kind = "mou", Status = AgreementStatus.Signed, Citations = [], Date = new PartialDate(2025, 11, 3), LatestDate = new PartialDate(2025, 11, 4) };
        Assert.Equal(DateMatch.Possibly, agreement.SignedOn(new DateOnly(2025, 11, 4)));
        Assert.Equal(DateMatch.No, agreement.SignedOn(new DateOnly(2025, 11, 5)));
        Assert.Equal(DateMatch.Certainly, (agreement with { LatestDate = null }).SignedOn(new DateOnly(2025, 11, 3)));
        Assert.Equal(DateMatch.No, (agreement with { Status = AgreementStatus.BeingDrafted }).SignedOn(new DateOnly(2025, 11, 3)));
    }

    [Fact]
    public void A_statement_made_one_day_of_a_visit_is_only_possibly_made_on_each_day()
    {
        var statement = new Statement { Id = "s", Type = StatementType.Praise, Summary = [], Citations = [], Date = new PartialDate(2025, 7, 22), LatestDate = new PartialDate(2025, 7, 23) };
        Assert.Equal(DateMatch.Possibly, statement.MadeOn(new DateOnly(2025, 7, 22)));
        Assert.Equal(DateMatch.Possibly, statement.MadeOn(new DateOnly(2025, 7, 23)));
        Assert.Equal(DateMatch.No, statement.MadeOn(new DateOnly(2025, 7, 24)));
        Assert.Equal(DateMatch.Certainly, (statement with { LatestDate = null }).MadeOn(new DateOnly(2025, 7, 22)));
    }

    [Fact]
    public void An_event_occurred_within_a_period_holding_its_dates()
    {
        Assert.Equal(DateMatch.Certainly, Visit.OccurredWithin(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 31)));
    }

    [Fact]
    public void An_agreement_signed_on_one_date_is_a_span_of_it()
    {
        var agreement = new Agreement { Id = "a", Title = "a", Kind = "mou", Status = AgreementStatus.Signed, Citations = [], Date = new PartialDate(2025, 11) };
        Assert.Equal(new DateRange(new PartialDate(2025, 11), new PartialDate(2025, 11), DateRangeKind.Span), agreement.When);
    }

    [Fact]
    public void A_statement_made_on_one_date_is_a_span_of_it()
    {
        var statement = new Statement { Id = "s", Type = StatementType.Praise, Summary = [], Citations = [], Date = new PartialDate(2025, 7) };
        Assert.Equal(new DateRange(new PartialDate(2025, 7), new PartialDate(2025, 7), DateRangeKind.Span), statement.When);
    }

    private static Event NewEvent(string id) => new() { Id = id, Title = id, Type = EventType.Meeting, Citations = [] };
}
