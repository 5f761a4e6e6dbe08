namespace DefenceData.PackageTests;

/// <summary>A copy of tests/PackageConsumer built from the feed, and what its program printed when run.</summary>
/// <param name="Directory">The copy's folder.</param>
/// <param name="Build">The build.</param>
/// <param name="Run">The program's run without arguments, or <see langword="null"/> when the build failed.</param>
public sealed record BuiltConsumer(string Directory, DotnetResult Build, DotnetResult? Run)
{
    /// <summary>The program the build wrote.</summary>
    public string Program => Path.Combine(Directory, "bin", PackageFeed.Configuration, "net10.0", "PackageConsumer.dll");

    /// <summary>The lines the program printed; fails the calling test when the build or the run failed.</summary>
    public string[] Lines => (Run ?? Build.EnsureSuccess()).EnsureSuccess().Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Copies the consumer into <paramref name="name"/> beside the feed, changes it, builds it and, when it builds, runs it.</summary>
    /// <param name="feed">The packed feed.</param>
    /// <param name="name">The copy's folder name.</param>
    /// <param name="change">Changes the copy (given its folder) before it is built.</param>
    /// <returns>The built consumer.</returns>
    public static BuiltConsumer Of(PackageFeed feed, string name, Action<string> change)
    {
        var directory = feed.CopyConsumer(name);
        change(directory);
        var build = feed.Build(directory);
        var consumer = new BuiltConsumer(directory, build, null);
        return build.ExitCode == 0 ? consumer with { Run = DotnetProcess.Run(directory, feed.PackagesFolder, consumer.Program) } : consumer;
    }

    /// <summary>Runs the built program with arguments in its folder.</summary>
    /// <param name="feed">The packed feed.</param>
    /// <param name="arguments">The program's arguments.</param>
    /// <returns>The run.</returns>
    public DotnetResult RunWith(PackageFeed feed, params string[] arguments) =>
        DotnetProcess.Run(Directory, feed.PackagesFolder, [Program, .. arguments]);
}
