namespace DefenceData.Tests.Dates;

/// <summary>PartialDate's constructor: it makes only real calendar dates, known to the year, month or day.</summary>
public sealed class PartialDateConstructorTests
{
    [Fact]
    public void The_first_and_last_years_are_accepted()
    {
        Assert.Equal(1, new PartialDate(1).Year);
        Assert.Equal(9999, new PartialDate(9999).Year);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void A_year_outside_1_to_9999_is_refused(int year)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(year));
        Assert.Equal("year", error.ParamName);
    }

    [Theory]
    [InlineData(7, 0)]
    [InlineData(7, 32)]
    [InlineData(6, 31)]
    [InlineData(2, 29)]
    public void A_day_outside_its_month_is_refused(int month, int day)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2025, month, day));
        Assert.Equal("day", error.ParamName);
    }

    [Fact]
    public void A_day_without_a_month_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2025, null, 5));
        Assert.Equal("day", error.ParamName);
    }
}
