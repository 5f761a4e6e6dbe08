using DefenceData.Generators.Values;

namespace DefenceData.Generators.Tests.Values;

/// <summary>
/// Whether a scalar reads as a number: what lets DD0004 say "remove the quotes" or "out of that range"
/// instead of only "not a number".
/// </summary>
public sealed class NumberTextTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("26")]
    [InlineData("-26")]
    [InlineData("+26")]
    [InlineData("99999999999999999999999")]
    public void Digits_with_an_optional_sign_are_a_whole_number(string text)
    {
        Assert.True(NumberText.IsWholeNumber(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData("2-6")]
    [InlineData("26.0")]
    [InlineData("twenty-six")]
    [InlineData("/")]
    [InlineData(":")]
    public void Anything_else_is_not_a_whole_number(string text)
    {
        Assert.False(NumberText.IsWholeNumber(text));
    }

    [Theory]
    [InlineData("26")]
    [InlineData("2.5")]
    [InlineData("-0.5")]
    [InlineData("1e999")]
    [InlineData("0.0")]
    [InlineData("9.9")]
    public void Whole_and_floating_point_forms_written_with_digits_are_numbers(string text)
    {
        Assert.True(NumberText.IsNumber(text));
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("2.5.1")]
    [InlineData("1,5")]
    [InlineData("")]
    public void Words_and_malformed_numbers_are_not_numbers(string text)
    {
        Assert.False(NumberText.IsNumber(text));
    }
}
