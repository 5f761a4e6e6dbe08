namespace DefenceData.PackageTests;

/// <summary>
/// The Native AOT binary of the CLI, as the tool package ships it, does exactly what
/// the JIT build does: the same exit code, standard output and error, and the same files, byte for byte,
/// for every command.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class NativeCliTests(PackageFeed feed)
{
    private readonly NativeCli _native = feed.Native;

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

    // The tool's native package is packed with the native compiler's warnings as errors (PackageFeed),
    // so a trim or AOT warning fails the pack in any configuration, even when its compile is incremental
    // and prints nothing; ToolTests checks the pack printed no warning at all.
    [SkippableFact]
    public void The_native_tool_package_holds_the_native_binary()
    {
        Skip.If(_native.Missing is not null, _native.Missing);
        _native.Pack!.EnsureSuccess();

        Assert.True(File.Exists(_native.Binary), "The tool package holds no native binary.");
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(_native.Binary)[..4]);
    }

    [SkippableTheory]
    [MemberData(nameof(Commands))]
    public void The_native_binary_gives_the_jit_builds_output(string command)
    {
        Skip.If(_native.Missing is not null, _native.Missing);
        _native.Pack!.EnsureSuccess();
        var arguments = command.Split(' ');
        var (nativeRun, nativeFiles) = RunIn("native", command, folder => NativeCli.Run(folder, _native.Binary, arguments));
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
        var folder = Path.Combine(_native.Root, kind, command.Replace(' ', '_').Replace('/', '_'));
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
