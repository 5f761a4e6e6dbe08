namespace DefenceData.PackageTests;

/// <summary>
/// README's "Adding a record", followed in a scratch copy of the repository: a YAML file added to a
/// collection's folder builds with no other step (a record's member is data, not a public-API line).
/// </summary>
[Collection(ScratchBuildsCollection.Name)]
public sealed class NewRecordTests
{
    [Fact]
    public void A_record_added_as_a_yaml_file_builds_with_no_other_step()
    {
        using var scratch = new ScratchRepository();
        var people = Path.Combine(scratch.Root, "data", "people");
        File.WriteAllText(Path.Combine(people, "amir-baram-again.yaml"),
            File.ReadAllText(Path.Combine(people, "amir-baram.yaml")).Replace("id: amir-baram\n", "id: amir-baram-again\n", StringComparison.Ordinal));

        var build = DotnetProcess.Run(scratch.Root, ScratchRepository.UserPackagesFolder, "build", "src/DefenceData", "-c", "Release", "-p:NuGetAudit=false", "--disable-build-servers");

        build.EnsureSuccess();
        Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("RS0016", build.Output, StringComparison.Ordinal);
    }
}
