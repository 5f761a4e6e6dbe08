using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests.Schemas;

/// <summary>
/// A reference key lists the ids of its target collection for completion up to
/// <c>JsonSchemaWriter.MaxEnumeratedIds</c> (1,000); above that it gets the id pattern and the build
/// alone checks that the id exists.
/// </summary>
public sealed class IdListLimitTests
{
    private static JsonObject ThingIdDefinition(int things)
    {
        var files = Enumerable.Range(0, things)
            .Select(i => (AdditionalText)new InMemoryText($"/repo/data/things/t{i}.yaml", $"id: t{i}\nname: Thing {i}\n"));
        var (result, _) = Run(files);
        var schema = JsonNode.Parse(GeneratedSchemas.Of(result)["Things"])!.AsObject();
        return schema["$defs"]!["ThingId"]!.AsObject();
    }

    [Fact]
    public void A_reference_to_a_collection_of_a_thousand_records_lists_every_id()
    {
        var definition = ThingIdDefinition(1000);
        Assert.Equal(1000, definition["enum"]!.AsArray().Count);
        Assert.Null(definition["pattern"]);
    }

    [Fact]
    public void A_reference_to_a_larger_collection_gets_the_id_pattern_instead_of_a_list()
    {
        var definition = ThingIdDefinition(1001);
        Assert.Null(definition["enum"]);
        Assert.Equal("^[a-z0-9]+(-[a-z0-9]+)*$", (string?)definition["pattern"]);
    }
}
