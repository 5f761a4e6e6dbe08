namespace DefenceData.PackageTests;

/// <summary>
/// The public API of both packages is tracked in PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt:
/// a public change not listed there fails the build. Shown on a scratch copy of the generator
/// package (the smaller of the two; both get the analyzer from Directory.Build.targets).
/// </summary>
[Collection(ScratchBuildsCollection.Name)]
public sealed class PublicApiTests
{
    [Theory]
    [InlineData("src/DefenceData")]
    [InlineData("generators/DefenceData.Generators")]
    public void Each_package_project_has_its_public_api_files(string project)
    {
        foreach (var file in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
        {
            var path = Path.Combine(PackageFeed.RepositoryRoot, project, file);
            Assert.True(File.Exists(path), path);
            Assert.StartsWith("#nullable enable\n", File.ReadAllText(path).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Renaming_a_public_member_without_updating_the_api_files_fails_the_build()
    {
        using var scratch = new ScratchRepository();
        var project = Path.Combine(scratch.Root, "generators", "DefenceData.Generators");
        var declaration = Path.Combine(project, "TrackingNames.cs");
        Assert.Contains("public const string Shapes = nameof(Shapes);", File.ReadAllText(declaration), StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, File.ReadAllText(file)
                .Replace("public const string Shapes = nameof(Shapes);", "public const string ShapeModels = \"Shapes\";", StringComparison.Ordinal)
                .Replace("TrackingNames.Shapes", "TrackingNames.ShapeModels", StringComparison.Ordinal));
        }

        var build = DotnetProcess.Run(scratch.Root, ScratchRepository.UserPackagesFolder,
            "build", "generators/DefenceData.Generators", "-p:NuGetAudit=false", "--disable-build-servers");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error RS0016: Symbol 'const DefenceData.Generators.TrackingNames.ShapeModels", build.Output, StringComparison.Ordinal);
        Assert.Contains("error RS0017: Symbol 'const DefenceData.Generators.TrackingNames.Shapes", build.Output, StringComparison.Ordinal);
    }
}
