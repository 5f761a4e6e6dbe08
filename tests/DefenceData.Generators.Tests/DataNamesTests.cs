using System.Text.Json;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Tests;

/// <summary>One naming rule: the generator's YAML keys and enum texts are the run-time exports' JSON and CSV names.</summary>
public sealed class DataNamesTests
{
    public static TheoryData<string> Names =>
    [
        "Id", "CameoCode", "URL", "IOSVersion", "ID", "X", "ABc", "SHA512Hash", "XMLReader", "HTTPServer2Go",
        "WorkingGroupMeeting", "already", "A1", "Snake_Case", "MoreThan", "PublishedTime", "Ü", "ÄrgerXML",
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_key_is_the_property_name_as_the_json_export_writes_it(string name)
    {
        Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(name), DataNames.Key(name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void An_enum_text_is_the_member_name_as_the_json_export_writes_it(string name)
    {
        Assert.Equal(JsonNamingPolicy.KebabCaseLower.ConvertName(name), DataNames.EnumText(name));
    }

    [Theory]
    [InlineData("CameoCode", "cameoCode")]
    [InlineData("URL", "url")]
    [InlineData("IOSVersion", "iosVersion")]
    public void Acronyms_are_lowered_as_a_word(string name, string key)
    {
        Assert.Equal(key, DataNames.Key(name));
    }

    [Fact]
    public void Yaml_keys_of_acronym_properties_bind_and_compile()
    {
        const string source = """
            using DefenceData.Annotations;

            namespace Fixture;

            public enum Platform { IOSDevice, WebApp }

            public sealed partial record Link
            {
                public required string Id { get; init; }
                public string? URL { get; init; }
                public string? IOSVersion { get; init; }
                public string? CameoCode { get; init; }
                public Platform Platform { get; init; }
            }

            [DataCollection(typeof(Link), "links")]
            public static partial class Links;
            """;
        var (result, output) = GeneratorHarness.Run(
            [new InMemoryText("/repo/data/links/a.yaml", "id: a\nurl: https://example.org\niosVersion: '17'\ncameoCode: '042'\nplatform: ios-device\n")],
            source, GeneratorHarness.DataDirectory);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }
}
