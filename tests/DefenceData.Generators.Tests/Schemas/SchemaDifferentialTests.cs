using DefenceData.Generators.Tests.Hostile;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests.Schemas;

/// <summary>
/// The generated JSON Schema and the generator agree: over the bad-input corpus, the schema rejects a
/// file exactly when the generator reports a rule a schema can state, and it accepts what the
/// generator accepts. Rules a schema cannot state (self references, duplicate ids, C# name
/// collisions, quotes, unsafe characters, size limits) stay the generator's alone.
/// </summary>
public sealed class SchemaDifferentialTests
{
    /// <summary>Unknown key, missing key, wrong type, date, enum value, dangling reference, id pattern, null, no records, too few items, out of range.</summary>
    private static readonly HashSet<string> s_statedBySchema = ["DD0002", "DD0003", "DD0004", "DD0005", "DD0006", "DD0008", "DD0009", "DD0020", "DD0023", "DD0027", "DD0028"];

    /// <summary>Faults of the YAML text itself: an editor's YAML parser reports them before any schema is applied.</summary>
    private static readonly HashSet<string> s_yamlFaults = ["DD0001", "DD0013", "DD0014", "DD0022", "DD0024", "DD0025"];

    // The size cases (DD0015) hold megabytes and test limits, not rules; files outside the collection's folder have no schema.
    public static TheoryData<string> CaseNames() => new(HostileCorpus.All
        .Where(c => !c.Expected.Contains("DD0015", StringComparison.Ordinal) && !c.Expected.Contains("DD0019", StringComparison.Ordinal))
        .Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Schema_rejects_a_corpus_case_exactly_when_the_generator_reports_a_rule_it_states(string name)
    {
        var hostile = HostileCorpus.Get(name);
        var files = hostile.Files();
        var (result, _) = Run(files, FixtureSource, DataDirectory);
        var ids = result.Diagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var schemas = GeneratedSchemas.Of(result);
        string? SchemaOf(string path) =>
            path.StartsWith("/repo/data/things/", StringComparison.Ordinal) ? schemas["Things"]
            : path.StartsWith("/repo/data/books/", StringComparison.Ordinal) ? schemas["Books"]
            : null;

        var verdicts = new List<(bool Valid, string Errors)>();
        // Each collection's files against its own schema (things/ and books/); evidence texts have none.
        foreach (var file in files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal) && SchemaOf(f.Path) is not null))
        {
            try
            {
                verdicts.Add(GeneratedSchemas.Validate(SchemaOf(file.Path)!, file.GetText()!.ToString()));
            }
            catch (Exception e) when (e is YamlException or NotSupportedException or ArgumentException or InvalidOperationException)
            {
                // The editor's YAML parser refuses it too (duplicate or complex key, undefined alias): no schema applies.
                Assert.True(ids.Overlaps(s_yamlFaults), $"{name}: YAML refused ({e.Message}) but the generator reports {string.Join(", ", ids)}");
                return;
            }
        }

        var schemaRejects = verdicts.Any(v => !v.Valid);
        var generatorRejects = ids.Overlaps(s_statedBySchema);
        if (!generatorRejects && ids.Overlaps(s_yamlFaults))
        {
            // A fault of the text (a merge key, a tag, an unsafe character) stops the generator before the
            // rules; an editor reads the same text as ordinary keys and values, which may break a rule too.
            return;
        }

        Assert.True(schemaRejects == generatorRejects,
            $"{name}: generator reports [{string.Join(", ", ids.Order(StringComparer.Ordinal))}], schema {(schemaRejects ? "rejects: " + string.Join(" | ", verdicts.Select(v => v.Errors)) : "accepts")}");
    }

    [Theory]
    [InlineData("id: a\nname: A\n")]
    [InlineData("- id: a\n  name: A\n- id: b\n  name: B\n  parentId: a\n  friendIds: [a]\n")]
    [InlineData("id: a\nname: 0123\n")]
    [InlineData("id: a\nname: true\n")]
    [InlineData("id: a\nname: 2025-07-23\n")]
    [InlineData("id: 2nd\nname: A\n")]
    [InlineData("id: a\nname: A\nwhen: 2025\n")]
    [InlineData("id: a\nname: A\nwhen: 2025-07\n")]
    [InlineData("id: a\nname: A\nwhen: 2024-02-29\n")]
    [InlineData("id: a\nname: A\nwhen: 2000-02-29\n")]
    [InlineData("id: a\nname: A\nwhen: ~\nsize: ~\nprice: null\nparentId:\n")]
    [InlineData("id: a\nname: A\ntags: ~\nfriendIds: []\nnotes: ~\n")]
    [InlineData("id: a\nname: A\ncolour: dark-blue\nsize: -2147483648\nweight: 9223372036854775807\nratio: 1e300\nprice: 0.5\nactive: false\n")]
    [InlineData("id: a\nname: \"A\"\ntags: [x, 'y', 3, true]\n")]
    public void Schema_accepts_what_the_generator_accepts(string yaml)
    {
        var (result, _) = Run([new InMemoryText(HostileCorpus.Thing, yaml)], FixtureSource, DataDirectory);
        Assert.Empty(result.Diagnostics);
        var (valid, errors) = GeneratedSchemas.Validate(GeneratedSchemas.Of(result)["Things"], yaml);
        Assert.True(valid, errors);
    }

    [Theory]
    [InlineData("id: a\nname: A\nwhen: 2100-02-29\n", "DD0005")]
    [InlineData("id: a\nname: A\nwhen: 2025-04-31\n", "DD0005")]
    [InlineData("id: a\nname: A\nsize: 2147483648\n", "DD0004")]
    [InlineData("id: a\nname: A\nactive: \"true\"\n", "DD0004")]
    [InlineData("id: a\nname: A\ncolour: DarkBlue2\n", "DD0006")]
    [InlineData("id: a\nname: A\nfriendIds: [b]\n", "DD0008")]
    [InlineData("id: a-\nname: A\n", "DD0009")]
    [InlineData("id: a\n", "DD0003")]
    public void Schema_rejects_what_the_generator_rejects_for_a_rule_it_states(string yaml, string id)
    {
        var (result, _) = Run([new InMemoryText(HostileCorpus.Thing, yaml)], FixtureSource, DataDirectory);
        Assert.Contains(result.Diagnostics, d => d.Id == id);
        Assert.False(GeneratedSchemas.Validate(GeneratedSchemas.Of(result)["Things"], yaml).Valid);
    }
}
