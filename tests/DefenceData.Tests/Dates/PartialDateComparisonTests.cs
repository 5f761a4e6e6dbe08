namespace DefenceData.Tests.Dates;

/// <summary>PartialDate's sort order and its operators: start day first, then the less precise first.</summary>
public sealed class PartialDateComparisonTests
{
    private static readonly PartialDate Year2025 = new(2025);
    private static readonly PartialDate January2025 = new(2025, 1);
    private static readonly PartialDate FirstJanuary2025 = new(2025, 1, 1);
    private static readonly PartialDate July2025 = new(2025, 7);
    private static readonly PartialDate July22 = new(2025, 7, 22);

    public static TheoryData<PartialDate, PartialDate> AscendingPairs => new()
    {
        { Year2025, January2025 },
        { January2025, FirstJanuary2025 },
        { Year2025, FirstJanuary2025 },
        { FirstJanuary2025, July2025 },
        { July2025, July22 },
        { new PartialDate(2024, 12, 31), Year2025 },
        { new PartialDate(2024), January2025 },
        { new PartialDate(2024, 2, 29), new PartialDate(2024, 3) },
    };

    [Theory]
    [MemberData(nameof(AscendingPairs))]
    public void Less_than_follows_start_day_then_precision(PartialDate earlier, PartialDate later)
    {
        Assert.True(earlier < later);
        Assert.True(earlier <= later);
        Assert.False(earlier > later);
        Assert.False(earlier >= later);
        Assert.True(later > earlier);
        Assert.True(later >= earlier);
        Assert.False(later < earlier);
        Assert.False(later <= earlier);
    }

    [Theory]
    [MemberData(nameof(AscendingPairs))]
    public void Operators_agree_with_compare_to(PartialDate earlier, PartialDate later)
    {
        Assert.True(earlier.CompareTo(later) < 0);
        Assert.True(later.CompareTo(earlier) > 0);
        Assert.Equal(earlier.CompareTo(later) < 0, earlier < later);
    }

    [Fact]
    public void Equal_dates_compare_equal_and_neither_is_less()
    {
        var a = new PartialDate(2025, 7);
        var b = PartialDate.Parse("2025-07");
        Assert.Equal(0, a.CompareTo(b));
        Assert.True(a <= b && a >= b);
        Assert.False(a < b || a > b);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Compare_to_is_zero_only_for_equal_dates()
    {
        PartialDate[] dates = [Year2025, January2025, FirstJanuary2025, July2025, July22, new(2025, 12, 31), new(2026)];
        foreach (var a in dates)
        {
            foreach (var b in dates)
            {
                Assert.Equal(a == b, a.CompareTo(b) == 0);
            }
        }
    }

    [Fact]
    public void Sorting_puts_a_year_before_its_months_and_a_month_before_its_days()
    {
        PartialDate[] shuffled = [July22, new(2025, 12, 31), Year2025, July2025, FirstJanuary2025, January2025];
        Assert.Equal([Year2025, January2025, FirstJanuary2025, July2025, July22, new(2025, 12, 31)], shuffled.Order());
    }

    [Fact]
    public void Nullable_dates_compare_false_against_null_as_csharp_lifts_the_operators()
    {
        PartialDate? none = null;
        Assert.False(none < July22);
        Assert.False(none >= July22);
        Assert.True((PartialDate?)July2025 < July22);
    }

    [Fact]
    public void Non_generic_compare_to_sorts_null_first_and_refuses_other_types()
    {
        IComparable date = July22;
        Assert.True(date.CompareTo(null) > 0);
        Assert.True(date.CompareTo(July2025) > 0);
        Assert.Throws<ArgumentException>(() => date.CompareTo("2025-07-22"));
    }

    [Fact]
    public void From_date_only_gives_a_day_precise_date()
    {
        Assert.Equal(July22, PartialDate.FromDateOnly(new DateOnly(2025, 7, 22)));
        Assert.Equal(DatePrecision.Day, PartialDate.FromDateOnly(new DateOnly(2024, 2, 29)).Precision);
    }
}
