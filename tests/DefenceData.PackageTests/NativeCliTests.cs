namespace DefenceData.PackageTests;

/// <summary>
/// The Native AOT binary of the CLI publishes without a trim or AOT warning and does exactly what
/// the JIT build does: the same exit code, standard output and error, and the same files, byte for byte,
/// for every command.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class NativeCliTests(NativeCli native)
{
    public static TheoryData<string> Commands => new()
    {
        "help",
        "help export",
        "timeline",
        "list",
        "list people",
        "show amir-baram",
        "show amir-barm",
        "export json",
        "export csv -o out",
        "export parquet -o out",
        "export gdelt -o out",
        "schema -o out",
        "site -o out",
        "site -o out --articles no-such-folder",
        "diff releases/0.1.0.json",
        "diff --format json releases/0.1.0.json",
        "no-such-command",
    };

    // The publish is Release, where every warning is an error (the trim and AOT ones too: the native
    // compiler treats warnings as errors with the build): a warning fails it even when the native
    // compile is incremental and prints nothing, since its last run had to pass the same rule.
    [SkippableFact]
    public void The_native_publish_has_no_trim_or_aot_warning()
    {
        Skip.If(native.Missing is not null, native.Missing);
        var publish = native.Publish!.EnsureSuccess();
        Assert.DoesNotMatch(@"warning IL[23]\d{3}", publish.Output);
        Assert.True(File.Exists(native.Binary), "The publish wrote no native binary.");
    }

    [SkippableTheory]
    [MemberData(nameof(Commands))]
    public void The_native_binary_gives_the_jit_builds_output(string command)
    {
        Skip.If(native.Missing is not null, native.Missing);
        native.Publish!.EnsureSuccess();
        var arguments = command.Split(' ');
        var (nativeRun, nativeFiles) = RunIn("native", command, folder => NativeCli.Run(folder, native.Binary, arguments));
        var (jitRun, jitFiles) = RunIn("jit", command, folder => NativeCli.Run(folder, "dotnet", [NativeCli.JitAssembly, .. arguments]));

        Assert.Equal(jitRun, nativeRun);
        Assert.Equal(jitFiles.Keys, nativeFiles.Keys);
        foreach (var (path, bytes) in jitFiles)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(nativeFiles[path]), $"{path} differs between the native binary and the JIT build.");
        }
    }

    // Runs in a fresh folder holding copies of the repository's releases (diff reads them) and article
    // texts (site reads them), then reads back every file the command wrote under out/.
    private (CommandOutput Run, SortedDictionary<string, byte[]> Files) RunIn(string kind, string command, Func<string, CommandOutput> run)
    {
        var folder = Path.Combine(native.Root, kind, command.Replace(' ', '_').Replace('/', '_'));
        Directory.CreateDirectory(Path.Combine(folder, "releases"));
        foreach (var release in Directory.EnumerateFiles(Path.Combine(PackageFeed.RepositoryRoot, "releases")))
        {
            File.Copy(release, Path.Combine(folder, "releases", Path.GetFileName(release)));
        }

        var articles = Path.Combine(folder, "data", "sources", "articles");
        Directory.CreateDirectory(articles);
        foreach (var article in Directory.EnumerateFiles(Path.Combine(PackageFeed.RepositoryRoot, "data", "sources", "articles")))
        {
            File.Copy(article, Path.Combine(articles, Path.GetFileName(article)));
        }

        var result = run(folder);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var output = Path.Combine(folder, "out");
        if (Directory.Exists(output))
        {
            foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(output, file)] = File.ReadAllBytes(file);
            }
        }

        return (result, files);
    }
}
