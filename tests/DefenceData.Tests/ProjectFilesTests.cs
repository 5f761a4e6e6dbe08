using System.Diagnostics;
using System.Reflection;

namespace DefenceData.Tests;

/// <summary>The DefenceData project hands the generator every record file, whichever YAML extension it has.</summary>
public sealed class ProjectFilesTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("defencedata-files-").FullName;

    [Fact]
    public void The_project_passes_yml_records_to_the_generator_like_yaml_ones()
    {
        Directory.CreateDirectory(Path.Combine(_data, "people"));
        File.WriteAllText(Path.Combine(_data, "people", "a.yml"), "id: a\n");
        File.WriteAllText(Path.Combine(_data, "people", "b.yaml"), "id: b\n");

        var files = AdditionalFiles(_data);

        Assert.Contains(Path.Combine(_data, "people", "a.yml"), files);
        Assert.Contains(Path.Combine(_data, "people", "b.yaml"), files);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    /// <summary>The project's AdditionalFiles as MSBuild evaluates them with the given data directory.</summary>
    private static IReadOnlyList<string> AdditionalFiles(string dataDirectory)
    {
        var project = Path.GetFullPath(Path.Combine(ProjectDirectory(), "../../src/DefenceData/DefenceData.csproj"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        // The restore outputs are looked for in the scratch folder, not in the project's obj/: a
        // publish or pack of the same project elsewhere in the test run may be rewriting those.
        var projectExtensions = Path.Combine(dataDirectory, "obj") + Path.DirectorySeparatorChar;
        foreach (var arg in new[] { "msbuild", project, "-getItem:AdditionalFiles", $"-p:DefenceDataDirectory={dataDirectory}", $"-p:MSBuildProjectExtensionsPath={projectExtensions}", "-nologo" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet msbuild did not finish in 2 minutes");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result + output.Result);

        using var json = System.Text.Json.JsonDocument.Parse(output.Result);
        return json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(i => i.GetProperty("FullPath").GetString()!)
            .ToList();
    }

    private static string ProjectDirectory() =>
        typeof(ProjectFilesTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "ProjectDirectory").Value!;
}
