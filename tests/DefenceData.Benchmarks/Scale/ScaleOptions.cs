using System.Globalization;

namespace DefenceData.Benchmarks.Scale;

/// <summary>The scale command's options, read strictly: an unknown option, variant or bad number is refused, never ignored.</summary>
/// <param name="Sizes">The record counts of the curve, ascending, each measured in turn.</param>
/// <param name="Runs">Measured cold-start runs per variant and size; also the repetitions of the incremental-edit figure.</param>
/// <param name="BuildRuns">Builds of the generated and naive variants per size.</param>
/// <param name="PerFile">Events per YAML file.</param>
/// <param name="Keep">Keep the temp directory.</param>
/// <param name="Variants">The variants to measure (always including the generated one).</param>
/// <param name="NaiveMax">The largest size at which the naive-initializer variant is measured; above it, it is skipped with the reason printed.</param>
/// <param name="Incremental">The size of the incremental-edit figure, or <see langword="null"/> for the default (the largest size of at most 50,000).</param>
/// <param name="SkipIncremental">No incremental-edit figure (<c>--incremental none</c>).</param>
internal sealed record ScaleOptions(
    IReadOnlyList<int> Sizes, int Runs, int BuildRuns, int PerFile, bool Keep,
    IReadOnlyList<string> Variants, int NaiveMax, int? Incremental, bool SkipIncremental)
{
    /// <summary>The largest size the incremental-edit figure picks by default (the issue's edit is one file of 500 at 50,000 records).</summary>
    public const int DefaultIncrementalMax = 50_000;

    public const string Usage = """
        Usage: DefenceData.Benchmarks scale [--records N[,N...]] [--runs R] [--build-runs B] [--per-file F]
                                            [--variants V[,V...]] [--naive-max M] [--incremental N|none] [--keep]

        Builds one throwaway project per way of shipping N synthetic events and measures them side by side,
        for each size in turn, then the generator's incremental run after a one-file edit (docs/PERFORMANCE.md).
        Takes minutes: each run is a fresh process. The last line of output is one JSON object.

          --records N,...    sizes of the curve, e.g. 10000,50000,200000 (default 50000)
          --runs R           cold-start runs per variant and size, and incremental-edit repetitions (default 5)
          --build-runs B     builds of the generated and naive variants per size (default 3)
          --per-file F       events per YAML file (default 100)
          --variants V,...   variants to measure (default all): generated, naiveInitializers,
                             systemTextJson, yamlDotNet, allocationFloor; generated is required
          --naive-max M      skip naiveInitializers above M records, saying so (default 50000:
                             its build and cold start grow faster than linearly)
          --incremental N    size of the incremental-edit figure (default: the largest size
                             <= 50000 in --records); none to skip it
          --keep             keep the temp directory
          -h, --help         this text
        """;

    private static readonly string[] s_numberOptions = ["--runs", "--build-runs", "--per-file", "--naive-max"];

    /// <summary>The size the incremental-edit figure is measured at, or <see langword="null"/> when there is none.</summary>
    public int? IncrementalSize =>
        SkipIncremental ? null
        : Incremental ?? (Sizes.Where(s => s <= DefaultIncrementalMax).DefaultIfEmpty().Max() is > 0 and var size ? size : null);

    /// <summary>Why a variant is not measured at a size, or <see langword="null"/> when it is.</summary>
    public string? SkipReason(string variant, int size) =>
        !Variants.Contains(variant) ? "not in --variants"
        : variant == ScaleProjects.Naive && size > NaiveMax
            ? string.Create(CultureInfo.InvariantCulture, $"above --naive-max {NaiveMax:N0} (its build and cold start grow faster than linearly; pass --naive-max {size} to measure it)")
            : null;

    /// <summary>Reads the arguments after <c>scale</c>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="error">Why they were refused, when they were.</param>
    /// <returns>The options, or <see langword="null"/> when refused or when help was asked for (then <paramref name="error"/> is null).</returns>
    public static ScaleOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["--runs"] = 5,
            ["--build-runs"] = 3,
            ["--per-file"] = 100,
            ["--naive-max"] = 50_000,
        };
        IReadOnlyList<int> sizes = [50_000];
        IReadOnlyList<string> variants = ScaleProjects.All;
        int? incremental = null;
        var skipIncremental = false;
        var keep = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : null;
            if (arg is "-h" or "--help" or "-?")
            {
                return null;
            }

            if (arg == "--keep")
            {
                keep = true;
                continue;
            }

            error = arg switch
            {
                "--records" => ReadSizes(value, out sizes),
                "--variants" => ReadVariants(value, out variants),
                "--incremental" => ReadIncremental(value, out incremental, out skipIncremental),
                _ when s_numberOptions.Contains(arg) => ReadNumber(arg, value, numbers),
                _ => $"Unknown option '{arg}'.",
            };
            if (error is not null)
            {
                return null;
            }

            i++;
        }

        return new ScaleOptions(sizes, numbers["--runs"], numbers["--build-runs"], numbers["--per-file"], keep,
            variants, numbers["--naive-max"], incremental, skipIncremental);
    }

    private static string? ReadNumber(string option, string? text, Dictionary<string, int> numbers)
    {
        if (!TryPositive(text, out var value))
        {
            return $"{option} needs a positive whole number.";
        }

        numbers[option] = value;
        return null;
    }

    private static string? ReadSizes(string? text, out IReadOnlyList<int> sizes)
    {
        var parts = (text ?? "").Split(',');
        var values = new List<int>();
        foreach (var part in parts)
        {
            if (!TryPositive(part, out var value))
            {
                sizes = [];
                return "--records needs a positive whole number or a comma list of them (e.g. 10000,50000,200000).";
            }

            values.Add(value);
        }

        sizes = values.Distinct().Order().ToList();
        return null;
    }

    private static string? ReadVariants(string? text, out IReadOnlyList<string> variants)
    {
        var names = (text ?? "").Split(',', StringSplitOptions.TrimEntries);
        variants = ScaleProjects.All.Where(names.Contains).ToList();
        if (names.FirstOrDefault(n => !ScaleProjects.All.Contains(n)) is { } unknown)
        {
            return $"Unknown variant '{unknown}' in --variants (known: {string.Join(", ", ScaleProjects.All)}).";
        }

        return variants.Contains(ScaleProjects.Generated) ? null : "--variants must include generated (every ratio is of the generated variant).";
    }

    private static string? ReadIncremental(string? text, out int? size, out bool skip)
    {
        skip = text == "none";
        size = null;
        if (skip)
        {
            return null;
        }

        if (!TryPositive(text, out var value))
        {
            return "--incremental needs a positive whole number or none.";
        }

        size = value;
        return null;
    }

    private static bool TryPositive(string? text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
