using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests;

/// <summary>A record file may be named .yaml or .yml: both are compiled, and both get located errors.</summary>
public sealed class DataFileExtensionTests
{
    [Fact]
    public void A_yml_record_is_compiled_like_a_yaml_one()
    {
        var (result, output) = Run(("/repo/data/things/a.yml", "id: a\nname: A\n"), ("/repo/data/things/b.yaml", "id: b\nname: B\n"));
        Assert.Empty(result.Diagnostics);
        Assert.Contains(output.SyntaxTrees, t => t.ToString().Contains("\"a\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_yml_record_is_reported_at_its_line()
    {
        Assert.Equal(["a.yml(3,1): DD0002"], Describe(Run(("/repo/data/things/a.yml", "id: a\nname: A\ncolor: red\n")).Result.Diagnostics));
    }
}
