namespace DefenceData.PackageTests;

/// <summary>
/// The tests that share one packed feed (with the tool's native package, whose binary the native CLI
/// tests run, and the consumer built from the feed): made once per test run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "packages";
}
