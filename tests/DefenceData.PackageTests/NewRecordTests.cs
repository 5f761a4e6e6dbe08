namespace DefenceData.PackageTests;

/// <summary>
/// README's "Adding a record", followed in a scratch copy of the repository: a YAML file added to a
/// collection's folder builds with no other step (a record's member is data, not a public-API line)
/// and is in the built dataset.
/// </summary>
[Collection(ScratchBuildsCollection.Name)]
public sealed class NewRecordTests(EditedRepository repository)
{
    [Fact]
    public void A_record_added_as_a_yaml_file_builds_with_no_other_step()
    {
        var build = repository.Pack.EnsureSuccess();

        // A release build, where a warning is an error: a record that needed a public-API line would fail it with RS0016.
        Assert.DoesNotMatch(@"warning [A-Z]+\d{4}", build.Output);
        Assert.DoesNotContain("RS0016", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_added_as_a_yaml_file_is_in_the_built_dataset()
    {
        repository.CliBuild.EnsureSuccess();

        var show = NativeCli.Run(repository.Root, "dotnet", [repository.Cli, "show", "amir-baram-again"]);

        Assert.True(show.ExitCode == 0, show.Error);
        Assert.Contains("amir-baram-again", show.Output, StringComparison.Ordinal);
    }
}
