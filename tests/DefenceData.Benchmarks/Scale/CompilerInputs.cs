using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DefenceData.Benchmarks.Scale;

/// <summary>
/// What csc is given for a project, read the way an IDE reads it: MSBuild's design-time compile
/// (<c>ProvideCommandLineArgs</c>, <c>SkipCompilerExecution</c>) lists the compiler's command line, which
/// Roslyn's own parser turns into the compilation, parse options, additional files, analyzer config
/// (the <c>build_property.*</c> values) and generator path. So the generator runs here over exactly
/// the inputs of the real build. The additional texts are read into memory once, as an IDE holds them.
/// </summary>
internal sealed record CompilerInputs(
    CSharpCompilation Compilation,
    CSharpParseOptions ParseOptions,
    ImmutableArray<AdditionalText> AdditionalTexts,
    AnalyzerConfigOptionsProvider Options,
    string GeneratorPath)
{
    /// <summary>The file name of the generator among the compiler's analyzers.</summary>
    public const string GeneratorFileName = "DefenceData.Generators.dll";

    /// <summary>Asks MSBuild for the compiler's command line of <paramref name="csproj"/> (restored; Release) without compiling.</summary>
    public static IReadOnlyList<string> Capture(string csproj)
    {
        var (output, _) = ProcessRunner.Run("dotnet",
            ["msbuild", csproj, "-nologo", "-p:Configuration=Release", "-t:Compile", "-p:ProvideCommandLineArgs=true", "-p:SkipCompilerExecution=true",
             // Runs CoreCompile even when the project is up to date (as the IDE's design-time build does).
             "-p:NonExistentFile=__NonExistentSubDir__/__NonExistentFile__",
             "-getItem:CscCommandLineArgs"],
            Path.GetDirectoryName(csproj)!);
        var items = JsonDocument.Parse(output).RootElement.GetProperty("Items").GetProperty("CscCommandLineArgs");
        var args = items.EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!).ToList();
        return args.Count > 0 ? args : throw new InvalidOperationException("MSBuild listed no compiler arguments for " + csproj);
    }

    /// <summary>Builds the inputs from a compiler command line captured by <see cref="Capture"/>, paths relative to <paramref name="projectDirectory"/>.</summary>
    public static CompilerInputs Load(IReadOnlyList<string> commandLine, string projectDirectory)
    {
        var args = CSharpCommandLineParser.Default.Parse(commandLine, projectDirectory, sdkDirectory: null);
        if (args.Errors.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException("The captured compiler command line does not parse: " + error);
        }

        var trees = args.SourceFiles.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f.Path), System.Text.Encoding.UTF8), args.ParseOptions, f.Path));
        var references = args.MetadataReferences.Select(r => (MetadataReference)MetadataReference.CreateFromFile(r.Reference, r.Properties));
        var compilation = CSharpCompilation.Create(args.CompilationName, trees, references, args.CompilationOptions);
        var texts = args.AdditionalFiles.Select(f => (AdditionalText)new MemoryText(f.Path, File.ReadAllText(f.Path))).ToImmutableArray();
        var generator = args.AnalyzerReferences.Select(a => a.FilePath).FirstOrDefault(p => Path.GetFileName(p) == GeneratorFileName)
            ?? throw new InvalidOperationException($"{GeneratorFileName} is not among the compiler's analyzers.");
        return new CompilerInputs(compilation, args.ParseOptions, texts, ConfigOptions.Read(args.AnalyzerConfigPaths), generator);
    }

    /// <summary>The source generators in the generator assembly (loaded beside this process's Roslyn and YamlDotNet, the versions it was built against).</summary>
    public ImmutableArray<ISourceGenerator> LoadGenerators() =>
        Assembly.LoadFrom(GeneratorPath).GetTypes()
            .Where(t => t.GetCustomAttribute<GeneratorAttribute>() is not null && !t.IsAbstract)
            .Select(t => Activator.CreateInstance(t) switch
            {
                IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
                ISourceGenerator source => source,
                _ => throw new InvalidOperationException(t + " is marked [Generator] but is no generator."),
            })
            .ToImmutableArray();
}
