namespace DefenceData.Tests.Dates;

/// <summary>PartialDate as text: what Parse and TryParse accept and refuse, and what ToString writes.</summary>
public sealed class PartialDateTextTests
{
    [Fact]
    public void A_year_parses_to_a_year_precise_date()
    {
        Assert.Equal(new PartialDate(2025), PartialDate.Parse("2025"));
    }

    [Fact]
    public void A_year_and_month_parse_to_a_month_precise_date()
    {
        Assert.Equal(new PartialDate(2025, 7), PartialDate.Parse("2025-07"));
    }

    [Fact]
    public void A_full_date_parses_to_a_day_precise_date()
    {
        Assert.Equal(new PartialDate(2025, 7, 22), PartialDate.Parse("2025-07-22"));
    }

    [Fact]
    public void The_first_and_last_month_and_day_parse()
    {
        Assert.Equal(new PartialDate(2025, 1, 1), PartialDate.Parse("2025-01-01"));
        Assert.Equal(new PartialDate(2025, 12, 31), PartialDate.Parse("2025-12-31"));
    }

    [Fact]
    public void Leap_day_parses_only_in_a_leap_year()
    {
        Assert.True(PartialDate.TryParse("2024-02-29", out var leapDay));
        Assert.Equal(new PartialDate(2024, 2, 29), leapDay);
        Assert.False(PartialDate.TryParse("2025-02-29", out _));
    }

    [Theory]
    [InlineData("0001", 1)]
    [InlineData("9999", 9999)]
    [InlineData("0999", 999)]
    public void A_year_reads_all_four_digits(string text, int year)
    {
        Assert.Equal(year, PartialDate.Parse(text).Year);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("202")]
    [InlineData("20255")]
    [InlineData("2025-7")]
    [InlineData("2025-07-2")]
    [InlineData("2025-07-222")]
    public void Text_of_any_other_length_is_refused(string? text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("0000-07")]
    public void Year_zero_is_refused(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2025-00")]
    [InlineData("2025-13")]
    [InlineData("2025-00-01")]
    public void A_month_outside_1_to_12_is_refused(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2025-07-00")]
    [InlineData("2025-07-32")]
    [InlineData("2025-06-31")]
    public void A_day_outside_its_month_is_refused(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2025/07")]
    [InlineData("2025-07/22")]
    [InlineData("2025.07.22")]
    public void Separators_other_than_hyphens_are_refused(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData("20a5")]
    [InlineData("2025-0a")]
    [InlineData("2025-07-2a")]
    [InlineData("+025")]
    [InlineData("2025--7")]
    [InlineData("2025-07-/2")]
    [InlineData("2025-07-:2")]
    public void Characters_other_than_digits_are_refused(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Fact]
    public void A_refused_text_leaves_the_default_date()
    {
        Assert.False(PartialDate.TryParse("2025-13", out var date));
        Assert.Equal(default, date);
    }

    [Fact]
    public void Parse_refuses_with_a_format_exception_naming_the_text()
    {
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse("July 2025"));
        Assert.Contains("'July 2025'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("2025-07")]
    [InlineData("2025-07-02")]
    [InlineData("0001-01-01")]
    [InlineData("0999")]
    public void To_string_writes_the_text_it_parses_from(string text)
    {
        Assert.Equal(text, PartialDate.Parse(text).ToString());
    }
}
