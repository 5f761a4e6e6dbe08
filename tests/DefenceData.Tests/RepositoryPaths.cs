using System.Reflection;

namespace DefenceData.Tests;

/// <summary>Where this test project and the repository it belongs to are on disk.</summary>
internal static class RepositoryPaths
{
    /// <summary>This test project's folder (recorded at build time).</summary>
    public static string ProjectDirectory { get; } =
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "ProjectDirectory").Value!;

    /// <summary>The repository root.</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));
}
