using DefenceData.Generators.Binding;

namespace DefenceData.Generators.Tests.Binding;

/// <summary>
/// The generator's copy of PartialDate's parse rules, and the day numbers the [NotBefore] check
/// compares: they must accept and refuse exactly what DefenceData.PartialDate does.
/// </summary>
public sealed class PartialDatesTests
{
    public static TheoryData<string> Texts =>
    [
        "2025", "2025-07", "2025-07-22", "0001", "9999-12-31", "2024-02-29", "2019-09-09",
        "", "202", "20255", "0000", "2025-7", "2025-00", "2025-13", "2025/07", "2025-07-00", "2025-07-32", "2025-06-31",
        "2025-02-29", "2025-07/22", "2025-07-2a", "20a5", "+025", "2025-:7", "2025-07-222",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_generator_accepts_a_date_exactly_when_PartialDate_does(string text)
    {
        var accepted = PartialDates.TryParse(text, out var year, out var month, out var day);

        Assert.Equal(PartialDate.TryParse(text, out var date), accepted);
        if (accepted)
        {
            Assert.Equal((date.Year, date.Month, date.Day), (year, month, day));
        }
    }

    [Theory]
    [InlineData(2025, null, null, 20250101)]
    [InlineData(2025, 7, null, 20250701)]
    [InlineData(2025, 7, 22, 20250722)]
    public void The_first_day_of_a_date_is_its_earliest_day_as_yyyymmdd(int year, int? month, int? day, int expected)
    {
        Assert.Equal(expected, PartialDates.FirstDay(new BoundDate(year, month, day)));
    }

    [Theory]
    [InlineData(2025, null, null, 20251231)]
    [InlineData(2025, 7, null, 20250731)]
    [InlineData(2025, 7, 22, 20250722)]
    public void The_last_day_of_a_date_is_its_latest_day_as_yyyymmdd_with_31_for_any_month_end(int year, int? month, int? day, int expected)
    {
        Assert.Equal(expected, PartialDates.LastDay(new BoundDate(year, month, day)));
    }

    [Theory]
    [InlineData(2025, null, null, "2025")]
    [InlineData(2025, 7, null, "2025-07")]
    [InlineData(999, 1, 2, "0999-01-02")]
    public void A_date_is_written_as_yaml_writes_it(int year, int? month, int? day, string expected)
    {
        Assert.Equal(expected, PartialDates.Text(new BoundDate(year, month, day)));
    }
}
