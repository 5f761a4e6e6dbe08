using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Model;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Validation;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace DefenceData.Generators.Tests.Hostile;

/// <summary>
/// Seeded mutation fuzzing of the repository's real data files: no mutation makes the generator
/// throw, and a mutation that gives no diagnostic still binds every record, key and value (nothing
/// silently dropped). `dotnet test` runs a quick pass over the first mutations of the seed;
/// <c>DEFENCEDATA_FUZZ=long</c> (set by .ci/run) runs the long one. Reproduce a failure with
/// <c>DEFENCEDATA_FUZZ_SEED</c>; set a run's length with <c>DEFENCEDATA_FUZZ_ITERATIONS</c> and
/// <c>DEFENCEDATA_FUZZ_DRIVER_RUNS</c>.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>The switch for the long run, and the value that turns it on.</summary>
    public const string LengthVariable = "DEFENCEDATA_FUZZ";

    private const int DefaultSeed = 20_251_121;

    private static readonly bool s_long = string.Equals(Environment.GetEnvironmentVariable(LengthVariable), "long", StringComparison.OrdinalIgnoreCase);

    private static int DefaultIterations => s_long ? 10_000 : 1_000;

    private static int DefaultDriverRuns => s_long ? 300 : 40;

    private static int CompiledDriverRuns => s_long ? 20 : 3;

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static int Seed => Setting("DEFENCEDATA_FUZZ_SEED", DefaultSeed);

    [Fact]
    public void Mutated_data_files_never_throw_and_valid_mutations_lose_nothing()
    {
        var seed = Seed;
        var iterations = Setting("DEFENCEDATA_FUZZ_ITERATIONS", DefaultIterations);
        var shapes = RealDataset.Shapes;
        var shapeArray = shapes.ToEquatableArray();
        var dataDirectory = RealDataset.DataDirectory;
        var originals = RealDataset.YamlFiles;
        var evidence = RealDataset.TextFiles.Select(t => EvidenceText.From(t.Path, RealDataset.Decode(t.Bytes))).ToImmutableArray();
        var bound = originals.Select(f => RecordBinder.Bind(YamlDocumentParser.Parse(f.Path, RealDataset.Decode(f.Bytes)), shapes, dataDirectory)!).ToArray();
        var checks = new DatasetChecks(evidence, shapeArray, dataDirectory);
        Assert.Empty(checks.Of(bound));

        var mutator = new Mutator(seed);
        var pick = new Random(seed);
        var (valid, faulty) = (0, 0);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            var index = pick.Next(originals.Count);
            var (path, original) = originals[index];
            var (bytes, description) = mutator.Mutate(original);
            var text = RealDataset.Decode(bytes);
            try
            {
                var document = YamlDocumentParser.Parse(path, text);
                var file = RecordBinder.Bind(document, shapes, dataDirectory) ?? throw new InvalidOperationException("A data file bound to nothing.");
                var files = (BoundFile[])bound.Clone();
                files[index] = file;
                var diagnostics = checks.Of(files);
                Assert.All(file.Diagnostics, d => Assert.Equal(path, d.Location?.Path));
                if (diagnostics.Count == 0)
                {
                    valid++;
                    NothingDropped.Assert(document.Root, file);
                }
                else
                {
                    faulty++;
                }
            }
            catch (Exception e)
            {
                throw Failure(seed, i, path, description, text, e);
            }
        }

        output.WriteLine($"seed {seed}: {iterations} mutations ({valid} valid, {faulty} with DD errors) parsed, bound and validated in {clock.ElapsedMilliseconds} ms");
        Assert.Equal(iterations, valid + faulty);
    }

    [Fact]
    public void Mutated_data_files_through_the_whole_generator_give_DD_errors_never_exceptions()
    {
        var seed = Seed + 1;
        var runs = Setting("DEFENCEDATA_FUZZ_DRIVER_RUNS", DefaultDriverRuns);
        var texts = RealDataset.AdditionalTexts();
        var yamlCount = RealDataset.YamlFiles.Count;
        var compilation = GeneratorHarness.Compilation(RealDataset.CollectionsSource);
        var driver = GeneratorHarness.CreateDriver(texts, RealDataset.DataDirectory, track: false);
        driver = driver.RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);

        var mutator = new Mutator(seed);
        var pick = new Random(seed);
        var compiled = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            var index = pick.Next(yamlCount);
            var (path, original) = RealDataset.YamlFiles[index];
            var (bytes, description) = mutator.Mutate(original);
            var mutated = new ByteText(path, bytes);
            try
            {
                driver = driver.ReplaceAdditionalText(texts[index], mutated).RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
                var result = driver.GetRunResult();
                Assert.Null(result.Results[0].Exception);
                Assert.DoesNotContain(result.Diagnostics, d => d.Id is "DD0018" or "CS8785");
                Assert.All(result.Diagnostics, d => Assert.StartsWith("DD", d.Id, StringComparison.Ordinal));
                if (result.Diagnostics.IsEmpty && compiled++ < CompiledDriverRuns)
                {
                    Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
                }

                driver = driver.ReplaceAdditionalText(mutated, texts[index]);
            }
            catch (Exception e)
            {
                throw Failure(seed, i, path, description, mutated.GetText().ToString(), e);
            }
        }

        output.WriteLine($"seed {seed}: {runs} whole-generator runs ({Math.Min(compiled, CompiledDriverRuns)} valid outputs compiled) in {clock.ElapsedMilliseconds} ms");
    }

    /// <summary>The whole dataset's checks, with what no mutation changes (resolution, codebooks) made once.</summary>
    private sealed class DatasetChecks(ImmutableArray<EvidenceText> evidence, EquatableArray<Shapes.CollectionShape> shapes, string dataDirectory)
    {
        private readonly Resolution.ResolutionModel _resolution =
            Resolution.ResolutionModel.Build(shapes, Shapes.TypeGraph.Of(shapes), EquatableArray<Resolution.ReferencedCollection>.Empty);

        private readonly ImmutableArray<CodebookText> _codebooks =
            RealDataset.CodebookFiles.Select(c => CodebookText.From(c.Path, RealDataset.Decode(c.Bytes))).ToImmutableArray();

        public List<DiagnosticInfo> Of(BoundFile[] files)
        {
            var all = files.ToImmutableArray();
            return files.SelectMany(f => f.Diagnostics)
                .Concat(DatasetValidator.Validate(all, evidence, shapes, _resolution, EquatableArray<Resolution.ReferencedCollection>.Empty, dataDirectory, _codebooks))
                .Concat(CollectionModel.Build(all.Select(FileRecords.From), shapes).SelectMany(c => c.Diagnostics))
                .ToList();
        }
    }

    private static XunitException Failure(int seed, int iteration, string path, string description, string text, Exception e) =>
        new($"Fuzz failure with seed {seed} (DEFENCEDATA_FUZZ_SEED), iteration {iteration}, file {path}\nmutations: {description}\n"
            + $"mutated file:\n{Mutator.Show(text.Length > 3000 ? text.Substring(0, 3000) : text).Replace("\\u000A", "\n")}\n{e}");
}
