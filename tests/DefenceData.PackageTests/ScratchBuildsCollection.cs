namespace DefenceData.PackageTests;

/// <summary>
/// The tests that build a scratch copy of the repository: one after another (each is a full build
/// of the generator and the package), beside the packed feed's collection. The tests of a change a
/// contributor makes share one changed copy, built once (<see cref="EditedRepository"/>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ScratchBuildsCollection : ICollectionFixture<EditedRepository>
{
    public const string Name = "scratch builds";
}
