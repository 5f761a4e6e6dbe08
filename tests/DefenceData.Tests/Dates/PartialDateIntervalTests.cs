namespace DefenceData.Tests.Dates;

/// <summary>PartialDate as the days it can stand for: Contains, Overlaps, certainly and possibly on a day.</summary>
public sealed class PartialDateIntervalTests
{
    private static readonly DateOnly July22 = new(2025, 7, 22);

    [Fact]
    public void A_day_precise_date_is_certainly_on_its_day()
    {
        Assert.True(new PartialDate(2025, 7, 22).IsCertainlyOn(July22));
        Assert.True(new PartialDate(2025, 7, 22).IsPossiblyOn(July22));
    }

    [Fact]
    public void A_day_precise_date_is_not_on_the_next_day()
    {
        Assert.False(new PartialDate(2025, 7, 22).IsCertainlyOn(new DateOnly(2025, 7, 23)));
        Assert.False(new PartialDate(2025, 7, 22).IsPossiblyOn(new DateOnly(2025, 7, 23)));
    }

    [Fact]
    public void A_month_precise_date_is_only_possibly_on_a_day_of_that_month()
    {
        var july = new PartialDate(2025, 7);
        Assert.False(july.IsCertainlyOn(July22));
        Assert.True(july.IsPossiblyOn(July22));
    }

    [Fact]
    public void A_year_precise_date_is_possibly_on_its_first_and_last_days_and_not_beyond()
    {
        var year = new PartialDate(2025);
        Assert.True(year.IsPossiblyOn(new DateOnly(2025, 1, 1)));
        Assert.True(year.IsPossiblyOn(new DateOnly(2025, 12, 31)));
        Assert.False(year.IsPossiblyOn(new DateOnly(2024, 12, 31)));
        Assert.False(year.IsPossiblyOn(new DateOnly(2026, 1, 1)));
        Assert.False(year.IsCertainlyOn(new DateOnly(2025, 1, 1)));
    }

    [Theory]
    [InlineData(2024, 2, 29, true)]
    [InlineData(2024, 3, 1, false)]
    [InlineData(2024, 1, 31, false)]
    public void February_of_a_leap_year_runs_to_the_29th(int year, int month, int day, bool possible)
    {
        Assert.Equal(possible, new PartialDate(2024, 2).IsPossiblyOn(new DateOnly(year, month, day)));
    }

    [Fact]
    public void February_of_a_common_year_ends_on_the_28th()
    {
        Assert.Equal(new DateOnly(2025, 2, 28), new PartialDate(2025, 2).End);
        Assert.False(new PartialDate(2025, 2).IsPossiblyOn(new DateOnly(2025, 3, 1)));
    }

    [Theory]
    [InlineData(4, 30)]
    [InlineData(6, 30)]
    [InlineData(7, 31)]
    [InlineData(12, 31)]
    public void A_month_is_possibly_on_its_last_day_and_not_the_day_after(int month, int lastDay)
    {
        var date = new PartialDate(2025, month);
        var last = new DateOnly(2025, month, lastDay);
        Assert.True(date.IsPossiblyOn(last));
        Assert.False(date.IsPossiblyOn(last.AddDays(1)));
    }

    [Fact]
    public void A_year_contains_its_months_and_days_but_not_the_other_way_round()
    {
        var year = new PartialDate(2025);
        Assert.True(year.Contains(new PartialDate(2025, 7)));
        Assert.True(year.Contains(new PartialDate(2025, 7, 22)));
        Assert.False(new PartialDate(2025, 7).Contains(year));
        Assert.False(new PartialDate(2025, 7, 22).Contains(new PartialDate(2025, 7)));
    }

    [Fact]
    public void A_date_contains_itself()
    {
        Assert.True(new PartialDate(2025, 7).Contains(new PartialDate(2025, 7)));
        Assert.True(new PartialDate(2025, 7, 22).Contains(new PartialDate(2025, 7, 22)));
    }

    [Fact]
    public void A_month_does_not_contain_another_months_day()
    {
        Assert.False(new PartialDate(2025, 7).Contains(new PartialDate(2025, 8, 1)));
        Assert.False(new PartialDate(2025).Contains(new PartialDate(2026, 1)));
    }

    [Fact]
    public void Overlapping_is_symmetric_and_true_for_a_month_and_its_day()
    {
        var july = new PartialDate(2025, 7);
        var day = new PartialDate(2025, 7, 31);
        Assert.True(july.Overlaps(day));
        Assert.True(day.Overlaps(july));
    }

    [Fact]
    public void Neighbouring_months_and_days_do_not_overlap()
    {
        Assert.False(new PartialDate(2025, 7).Overlaps(new PartialDate(2025, 8)));
        Assert.False(new PartialDate(2025, 7, 31).Overlaps(new PartialDate(2025, 8, 1)));
        Assert.False(new PartialDate(2024).Overlaps(new PartialDate(2025, 1, 1)));
    }
}
