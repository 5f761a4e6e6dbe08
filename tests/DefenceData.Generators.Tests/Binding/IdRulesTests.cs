using DefenceData.Generators.Binding;

namespace DefenceData.Generators.Tests.Binding;

/// <summary>Ids are kebab-case, and each gives the C# member name its collection class shows it by.</summary>
public sealed class IdRulesTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("amir-baram")]
    [InlineData("17th-jwg")]
    [InlineData("mou-2025")]
    [InlineData("z9")]
    public void Lower_case_words_of_letters_and_digits_joined_by_single_hyphens_are_kebab_case(string id)
    {
        Assert.True(IdRules.IsKebabCase(id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-amir")]
    [InlineData("amir-")]
    [InlineData("amir--baram")]
    [InlineData("Amir-baram")]
    [InlineData("amir_baram")]
    [InlineData("amir baram")]
    [InlineData("amir/baram")]
    [InlineData("amir:baram")]
    [InlineData("amir`baram")]
    [InlineData("amir{baram")]
    public void Anything_else_is_not_kebab_case(string id)
    {
        Assert.False(IdRules.IsKebabCase(id));
    }

    [Fact]
    public void An_id_of_200_characters_is_kebab_case_and_one_of_201_is_not()
    {
        Assert.True(IdRules.IsKebabCase(new string('a', 200)));
        Assert.False(IdRules.IsKebabCase(new string('a', 201)));
    }

    [Theory]
    [InlineData("amir-baram", "AmirBaram")]
    [InlineData("a", "A")]
    [InlineData("mou-2025", "Mou2025")]
    [InlineData("x-y-z", "XYZ")]
    public void A_member_name_capitalises_each_word_and_drops_the_hyphens(string id, string member)
    {
        Assert.Equal(member, IdRules.ToMemberName(id));
    }

    [Fact]
    public void A_member_name_that_would_start_with_a_digit_starts_with_an_underscore()
    {
        Assert.Equal("_17thJwg", IdRules.ToMemberName("17th-jwg"));
    }
}
