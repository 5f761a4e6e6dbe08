namespace DefenceData.PackageTests;

/// <summary>
/// The tests that build a scratch copy of the repository: one after another (each is a full build
/// of the generator and the package), beside the packed feed's collection rather than four at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ScratchBuildsCollection
{
    public const string Name = "scratch builds";
}
