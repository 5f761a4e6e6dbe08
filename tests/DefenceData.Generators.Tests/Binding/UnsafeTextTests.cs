using DefenceData.Generators.Binding;

namespace DefenceData.Generators.Tests.Binding;

/// <summary>The characters data may not hold, found with their place and code.</summary>
public sealed class UnsafeTextTests
{
    [Theory]
    [InlineData("plain text")]
    [InlineData("tab\tand\nline\r\nbreaks")]
    [InlineData("Tel Aviv \u2014 \u201Cquoted\u201D, \u05EA\u05DC \u05D0\u05D1\u05D9\u05D1")]
    [InlineData("a pair \uD83D\uDE00 of surrogates")]
    public void Text_people_write_is_safe(string text)
    {
        Assert.Null(UnsafeText.Find(text));
    }

    [Theory]
    [InlineData('\u202A')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2069')]
    [InlineData('\u200E')]
    [InlineData('\u200F')]
    [InlineData('\u061C')]
    public void Bidirectional_controls_are_unsafe(char c)
    {
        Assert.Equal("a bidirectional control character", UnsafeText.Find("a" + c)?.Name);
    }

    [Theory]
    [InlineData('\u2029')]
    [InlineData('\u202F')]
    [InlineData('\u2065')]
    [InlineData('\u206A')]
    public void Characters_beside_the_bidirectional_controls_are_safe(char c)
    {
        Assert.Null(UnsafeText.Find("a" + c));
    }

    [Fact]
    public void The_replacement_character_is_unsafe_as_a_sign_of_invalid_utf8()
    {
        Assert.Equal("a replacement character (the file is not valid UTF-8)", UnsafeText.Find("a\uFFFD")?.Name);
    }

    [Theory]
    [InlineData('\uD83D', "")]
    [InlineData('\uD83D', "b")]
    [InlineData('\uDE00', "b")]
    public void An_unpaired_surrogate_is_unsafe(char surrogate, string after)
    {
        // Built here: a lone surrogate does not survive in an attribute's string argument.
        Assert.Equal("an unpaired surrogate", UnsafeText.Find("a" + surrogate + after)?.Name);
    }

    [Theory]
    [InlineData('\0')]
    [InlineData('\u0007')]
    [InlineData('\u007F')]
    public void Control_characters_other_than_tab_and_line_breaks_are_unsafe(char c)
    {
        Assert.Equal("a control character", UnsafeText.Find("a" + c)?.Name);
    }

    [Fact]
    public void The_first_unsafe_character_is_given_with_its_index_and_hex_code()
    {
        Assert.Equal((2, "a control character", "0007"), UnsafeText.Find("ab\u0007c\u202E"));
    }

    [Fact]
    public void The_search_begins_at_the_start_index()
    {
        Assert.Equal(4, UnsafeText.Find("ab\u0007c\u202E", start: 3)?.Index);
    }

    [Fact]
    public void A_surrogate_pair_is_skipped_whole()
    {
        Assert.Equal(3, UnsafeText.Find("\uD83D\uDE00a\u0007")?.Index);
    }
}
