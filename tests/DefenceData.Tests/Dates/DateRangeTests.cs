namespace DefenceData.Tests.Dates;

/// <summary>A span of days against one day within a range, not known which.</summary>
public sealed class DateRangeTests
{
    private static readonly DateOnly July21 = new(2025, 7, 21);
    private static readonly DateOnly July22 = new(2025, 7, 22);
    private static readonly DateOnly July23 = new(2025, 7, 23);
    private static readonly DateOnly July24 = new(2025, 7, 24);

    private static DateRange Visit => new(new PartialDate(2025, 7, 22), new PartialDate(2025, 7, 23), DateRangeKind.Span);

    private static DateRange MeetingDuringVisit => new(new PartialDate(2025, 7, 22), new PartialDate(2025, 7, 23), DateRangeKind.OneDayWithin);

    [Fact]
    public void A_span_certainly_occurs_on_each_of_its_days()
    {
        Assert.Equal(DateMatch.Certainly, Visit.OccursOn(July22));
        Assert.Equal(DateMatch.Certainly, Visit.OccursOn(July23));
    }

    [Fact]
    public void One_day_within_a_range_only_possibly_occurs_on_each_of_its_days()
    {
        Assert.Equal(DateMatch.Possibly, MeetingDuringVisit.OccursOn(July22));
        Assert.Equal(DateMatch.Possibly, MeetingDuringVisit.OccursOn(July23));
    }

    [Fact]
    public void Neither_occurs_the_day_before_or_after()
    {
        Assert.Equal(DateMatch.No, Visit.OccursOn(July21));
        Assert.Equal(DateMatch.No, Visit.OccursOn(July24));
        Assert.Equal(DateMatch.No, MeetingDuringVisit.OccursOn(July21));
        Assert.Equal(DateMatch.No, MeetingDuringVisit.OccursOn(July24));
    }

    [Fact]
    public void One_day_within_a_range_certainly_occurs_within_a_period_holding_the_whole_range()
    {
        Assert.Equal(DateMatch.Certainly, MeetingDuringVisit.OccursWithin(July21, July23));
        Assert.Equal(DateMatch.Certainly, MeetingDuringVisit.OccursIn(new PartialDate(2025, 7)));
    }

    [Fact]
    public void One_day_within_a_range_only_possibly_occurs_within_a_period_holding_part_of_it()
    {
        Assert.Equal(DateMatch.Possibly, MeetingDuringVisit.OccursWithin(July23, July24));
    }

    [Fact]
    public void A_span_certainly_occurs_within_a_period_it_reaches_into()
    {
        Assert.Equal(DateMatch.Certainly, Visit.OccursWithin(July23, July24));
        Assert.Equal(DateMatch.Certainly, Visit.OccursWithin(July21, July22));
    }

    [Fact]
    public void A_single_day_precise_date_is_a_span_of_that_day()
    {
        var day = new DateRange(new PartialDate(2025, 7, 22), new PartialDate(2025, 7, 22), DateRangeKind.Span);
        Assert.Equal(DateMatch.Certainly, day.OccursOn(July22));
        Assert.Equal(DateMatch.No, day.OccursOn(July23));
    }

    [Fact]
    public void A_single_month_precise_date_possibly_occurs_on_its_days_and_certainly_in_its_month()
    {
        var july = new DateRange(new PartialDate(2025, 7), new PartialDate(2025, 7), DateRangeKind.Span);
        Assert.Equal(DateMatch.Possibly, july.OccursOn(July22));
        Assert.Equal(DateMatch.Certainly, july.OccursIn(new PartialDate(2025, 7)));
        Assert.Equal(DateMatch.Certainly, july.OccursIn(new PartialDate(2025)));
        Assert.Equal(DateMatch.No, july.OccursIn(new PartialDate(2025, 8)));
    }

    [Fact]
    public void A_span_from_a_known_day_to_an_unknown_day_of_next_month_certainly_covers_up_to_the_first_of_that_month()
    {
        var span = new DateRange(new PartialDate(2025, 7, 22), new PartialDate(2025, 8), DateRangeKind.Span);
        Assert.Equal(DateMatch.Certainly, span.OccursOn(new DateOnly(2025, 7, 31)));
        Assert.Equal(DateMatch.Certainly, span.OccursOn(new DateOnly(2025, 8, 1))); // It ends in August, so it reaches the 1st.
        Assert.Equal(DateMatch.Possibly, span.OccursOn(new DateOnly(2025, 8, 2)));
        Assert.Equal(DateMatch.Possibly, span.OccursOn(new DateOnly(2025, 8, 31)));
        Assert.Equal(DateMatch.No, span.OccursOn(new DateOnly(2025, 9, 1)));
        Assert.Equal(DateMatch.No, span.OccursOn(July21));
    }

    [Fact]
    public void A_span_from_an_unknown_day_of_a_month_to_a_known_day_certainly_covers_that_day_only_up_to_where_it_must_start()
    {
        var span = new DateRange(new PartialDate(2025, 7), new PartialDate(2025, 7, 5), DateRangeKind.Span);
        Assert.Equal(DateMatch.Certainly, span.OccursOn(new DateOnly(2025, 7, 5)));
        Assert.Equal(DateMatch.Possibly, span.OccursOn(new DateOnly(2025, 7, 4)));
        Assert.Equal(DateMatch.No, span.OccursOn(new DateOnly(2025, 7, 6)));
    }

    [Fact]
    public void A_span_over_a_leap_day_certainly_occurs_on_it()
    {
        var span = new DateRange(new PartialDate(2024, 2, 28), new PartialDate(2024, 3, 1), DateRangeKind.Span);
        Assert.Equal(DateMatch.Certainly, span.OccursOn(new DateOnly(2024, 2, 29)));
    }

    [Fact]
    public void A_range_ending_before_it_begins_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new DateRange(new PartialDate(2025, 7, 23), new PartialDate(2025, 7, 22), DateRangeKind.Span));
    }

    [Fact]
    public void A_range_may_end_on_a_less_precise_date_holding_its_start()
    {
        var range = new DateRange(new PartialDate(2025, 7, 22), new PartialDate(2025, 7), DateRangeKind.OneDayWithin);
        Assert.Equal(new DateOnly(2025, 7, 31), range.Latest);
    }

    [Fact]
    public void A_period_ending_before_it_begins_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Visit.OccursWithin(July23, July22));
    }

    [Fact]
    public void Ranges_overlap_when_their_possible_days_meet()
    {
        Assert.True(Visit.Overlaps(MeetingDuringVisit));
        Assert.False(Visit.Overlaps(new DateRange(new PartialDate(2025, 7, 24), new PartialDate(2025, 7, 24), DateRangeKind.Span)));
    }

    [Theory]
    [InlineData(DateRangeKind.Span, "2025-07-22/2025-07-23")]
    [InlineData(DateRangeKind.OneDayWithin, "[2025-07-22..2025-07-23]")]
    public void To_string_uses_extended_date_time_format(DateRangeKind kind, string expected)
    {
        Assert.Equal(expected, new DateRange(new PartialDate(2025, 7, 22), new PartialDate(2025, 7, 23), kind).ToString());
    }

    [Fact]
    public void A_single_date_span_prints_as_the_date()
    {
        Assert.Equal("2025-07", new DateRange(new PartialDate(2025, 7), new PartialDate(2025, 7), DateRangeKind.Span).ToString());
    }

    [Fact]
    public void A_range_of_an_unknown_kind_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DateRange(new PartialDate(2025, 7, 22), new PartialDate(2025, 7, 23), (DateRangeKind)2));
        Assert.Equal("kind", error.ParamName);
    }

    [Fact]
    public void The_refusal_of_a_range_ending_before_it_begins_names_both_dates()
    {
        var error = Assert.Throws<ArgumentException>(() => new DateRange(new PartialDate(2025, 7, 23), new PartialDate(2025, 7, 22), DateRangeKind.Span));
        Assert.Contains("(2025-07-22) before it begins (2025-07-23)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusal_of_a_period_ending_before_it_begins_names_both_days()
    {
        var error = Assert.Throws<ArgumentException>(() => Visit.OccursWithin(July23, July22));
        Assert.Contains("(2025-07-22) before it begins (2025-07-23)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranges_sharing_only_an_end_day_overlap()
    {
        Assert.True(Visit.Overlaps(new DateRange(new PartialDate(2025, 7, 21), new PartialDate(2025, 7, 22), DateRangeKind.Span)));
        Assert.True(Visit.Overlaps(new DateRange(new PartialDate(2025, 7, 23), new PartialDate(2025, 7, 24), DateRangeKind.Span)));
    }

    [Fact]
    public void A_range_is_within_a_period_that_begins_and_ends_on_its_own_days()
    {
        Assert.True(Visit.IsWithin(July22, July23));
    }

    [Fact]
    public void A_span_ending_in_a_month_that_begins_before_its_first_day_certainly_occurs_within_a_period_holding_that_day()
    {
        // The end "2025-07" could be read as 1 July, but a span cannot end before it begins: it reaches 22 July at least.
        var span = new DateRange(new PartialDate(2025, 7, 22), new PartialDate(2025, 7), DateRangeKind.Span);
        Assert.Equal(DateMatch.Certainly, span.OccursWithin(new DateOnly(2025, 7, 10), new DateOnly(2025, 7, 25)));
    }
}
