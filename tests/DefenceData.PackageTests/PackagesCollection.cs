namespace DefenceData.PackageTests;

/// <summary>
/// The tests that share one packed feed and one native publish of the CLI: each is made once per test
/// run, one after the other (both build the CLI for linux-x64 in the repository, so never at once).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackageFeed>, ICollectionFixture<NativeCli>
{
    public const string Name = "packages";
}
