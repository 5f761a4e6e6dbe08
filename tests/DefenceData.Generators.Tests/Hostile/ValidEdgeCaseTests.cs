using Microsoft.CodeAnalysis;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests.Hostile;

/// <summary>Inputs that look hostile but are valid data: accepted, and compiled to valid code.</summary>
public sealed class ValidEdgeCaseTests
{
    private static (IReadOnlyList<Diagnostic> Diagnostics, Compilation Output) RunThings(params string[] yaml)
    {
        var (result, output) = Run(yaml.Select((text, i) => (AdditionalText)new InMemoryText($"/repo/data/things/t{i}.yaml", text)), FixtureSource, DataDirectory);
        return (result.Diagnostics, output);
    }

    [Theory]
    [InlineData("class", "Class")]
    [InlineData("namespace", "Namespace")]
    [InlineData("value", "Value")]
    [InlineData("var", "Var")]
    [InlineData("void", "Void")]
    [InlineData("2nd", "_2nd")]
    [InlineData("007", "_007")]
    [InlineData("1-2-3", "_123")]
    public void Id_that_is_a_keyword_or_starts_with_a_digit_gets_a_valid_member(string id, string member)
    {
        var (diagnostics, output) = RunThings($"id: {id}\nname: N\n");
        Assert.Empty(diagnostics);
        var assembly = CompiledFixture.Load(output);
        var record = assembly.GetType("Fixture.Things")!.GetProperty(member)!.GetValue(null)!;
        Assert.Equal(id, CompiledFixture.Property(record, "Id"));
    }

    [Fact]
    public void Byte_order_mark_and_CRLF_line_ends_are_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("id: a\r\nname: \"A\r\n  B\"\r\ntags: [x]\r\n")).ToArray();
        var (result, output) = Run([new ByteText("/repo/data/things/a.yaml", bytes)], FixtureSource, DataDirectory);
        Assert.Empty(result.Diagnostics);
        var record = CompiledFixture.All(CompiledFixture.Load(output), "Fixture.Things").Single();
        Assert.Equal("A B", CompiledFixture.Property(record, "Name"));
    }

    [Fact]
    public void Right_to_left_letters_emoji_and_a_byte_order_mark_inside_text_are_data_not_controls()
    {
        var (diagnostics, output) = RunThings("id: a\nname: \"שלום مرحبا 😀 a\uFEFFb\"\n");
        Assert.Empty(diagnostics);
        var record = CompiledFixture.All(CompiledFixture.Load(output), "Fixture.Things").Single();
        Assert.Equal("שלום مرحبا 😀 a\uFEFFb", CompiledFixture.Property(record, "Name"));
    }
}
