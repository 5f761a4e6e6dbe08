namespace DefenceData.PackageTests;

/// <summary>
/// A consumer that references the packages and publishes with Native AOT gets no trim or AOT warning
/// from them, and its native binary prints what its JIT build prints: the packaged dataset, its own
/// records, fixture rows and JSON export, all read through generated metadata.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class AotConsumerTests(PackageFeed feed)
{
    [SkippableFact]
    public void A_consumer_publishing_with_native_aot_gets_no_warning_and_the_jit_builds_results()
    {
        Skip.If(NativeCli.ClangMissing is not null, NativeCli.ClangMissing);
        var directory = feed.CopyConsumer("consumer-aot");
        var project = Path.Combine(directory, "PackageConsumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</OutputType>", "</OutputType>\n    <PublishAot>true</PublishAot>", StringComparison.Ordinal));
        // The native compiler package comes from the registry; DefenceData's packages still only from the feed.
        var config = Path.Combine(directory, "nuget.config");
        File.WriteAllText(config, File.ReadAllText(config).Replace(
            "<add key=\"defencedata-local\"", "<add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" />\n    <add key=\"defencedata-local\"", StringComparison.Ordinal)
            .Replace("<packageSources>", "<packageSourceMapping>\n    <packageSource key=\"defencedata-local\"><package pattern=\"DefenceData*\" /></packageSource>\n    <packageSource key=\"nuget.org\"><package pattern=\"*\" /></packageSource>\n  </packageSourceMapping>\n  <packageSources>", StringComparison.Ordinal));

        var publish = DotnetProcess.RunWithRegistry(directory, feed.PackagesFolder, "publish", "-c", PackageFeed.Configuration, "-r", "linux-x64", "-o", Path.Combine(directory, "native")).EnsureSuccess();

        // The JIT build to compare with: the unchanged consumer the other package tests built.
        Assert.DoesNotMatch(@"warning IL[23]\d{3}", publish.Output);
        var native = NativeCli.Run(directory, Path.Combine(directory, "native", "PackageConsumer"), []);
        var managed = NativeCli.Run(directory, "dotnet", [feed.Consumer.Program]);
        Assert.Equal(managed, native);
        Assert.Contains("own fixture briefings/mou-briefing", native.Output, StringComparison.Ordinal);

        Assert.Equal(0, NativeCli.Run(directory, Path.Combine(directory, "native", "PackageConsumer"), ["export", "native.json"]).ExitCode);
        Assert.Equal(0, NativeCli.Run(directory, "dotnet", [feed.Consumer.Program, "export", "jit.json"]).ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(directory, "jit.json")), File.ReadAllText(Path.Combine(directory, "native.json")));
        Assert.Contains("\"mou-briefing\"", File.ReadAllText(Path.Combine(directory, "native.json")), StringComparison.Ordinal);
    }
}
