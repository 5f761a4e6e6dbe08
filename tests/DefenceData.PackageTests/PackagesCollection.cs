namespace DefenceData.PackageTests;

/// <summary>The tests that share one packed feed: the solution is packed once per test run.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "packages";
}
