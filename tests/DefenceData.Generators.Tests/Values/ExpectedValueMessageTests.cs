using System.Globalization;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests.Values;

/// <summary>DD0004 says what each kind of key expects, and for a number too large, the range it must be in.</summary>
public sealed class ExpectedValueMessageTests
{
    private static string MessageOf(string id, string line, string source = FixtureSource)
    {
        var result = Run([new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\n" + line + "\n")], source).Result;
        return Assert.Single(result.Diagnostics, d => d.Id == id).GetMessage(CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("active: [x]", "Key 'active' expects true or false,")]
    [InlineData("weight: [x]", "Key 'weight' expects a whole number,")]
    [InlineData("ratio: [x]", "Key 'ratio' expects a finite number,")]
    [InlineData("price: [x]", "Key 'price' expects a decimal number,")]
    [InlineData("when: [x]", "Key 'when' expects a date,")]
    [InlineData("tags: x", "Key 'tags' expects a sequence,")]
    [InlineData("notes: [x]", "Key 'notes' expects a mapping,")]
    [InlineData("parentId: [x]", "Key 'parentId' expects text,")]
    [InlineData("colour: [x]", "Key 'colour' expects one of red, dark-blue,")]
    public void A_value_of_the_wrong_shape_is_told_what_its_key_expects(string line, string expected)
    {
        Assert.StartsWith(expected, MessageOf("DD0004", line), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("weight: 9223372036854775808", "expects a whole number from -9223372036854775808 to 9223372036854775807,")]
    [InlineData("ratio: 1e999", "expects a finite number of at most about 1.8e308 either side of 0,")]
    [InlineData("price: 1e99", "expects a decimal number from -79228162514264337593543950335 to 79228162514264337593543950335,")]
    public void A_number_too_large_for_its_key_is_told_the_range(string line, string expected)
    {
        Assert.Contains(expected, MessageOf("DD0004", line), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_for_an_enum_without_members_is_told_it_has_none()
    {
        var source = FixtureSource.Replace("public enum Colour { Red, DarkBlue }", "public enum Colour { }");
        Assert.EndsWith("Colour has no values.", MessageOf("DD0006", "colour: red", source), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_for_an_enum_without_members_expects_a_value_of_the_enum()
    {
        var source = FixtureSource.Replace("public enum Colour { Red, DarkBlue }", "public enum Colour { }");
        Assert.StartsWith("Key 'colour' expects a value of Colour,", MessageOf("DD0004", "colour: [x]", source), StringComparison.Ordinal);
    }
}
