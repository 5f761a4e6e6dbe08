using System.Globalization;

namespace DefenceData.Benchmarks.Scale;

/// <summary>The scale command's options, read strictly: an unknown option or a bad number is refused, never ignored.</summary>
internal sealed record ScaleOptions(int Records, int Runs, int BuildRuns, int PerFile, bool Keep)
{
    public const string Usage = """
        Usage: DefenceData.Benchmarks scale [--records N] [--runs R] [--build-runs B] [--per-file F] [--keep]

        Builds one throwaway project per way of shipping N synthetic events and measures them side by side
        (docs/PERFORMANCE.md). Takes minutes: each run is a fresh process.

          --records N      events to generate (default 50000)
          --runs R         measured runs per variant (default 5)
          --build-runs B   builds of the generated and naive variants (default 3)
          --per-file F     records per YAML file (default 100)
          --keep           keep the temp directory
          -h, --help       this text
        """;

    private static readonly string[] s_numberOptions = ["--records", "--runs", "--build-runs", "--per-file"];

    /// <summary>Reads the arguments after <c>scale</c>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="error">Why they were refused, when they were.</param>
    /// <returns>The options, or <see langword="null"/> when refused or when help was asked for (then <paramref name="error"/> is null).</returns>
    public static ScaleOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["--records"] = 50_000,
            ["--runs"] = 5,
            ["--build-runs"] = 3,
            ["--per-file"] = 100,
        };
        var keep = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help" or "-?")
            {
                return null;
            }

            if (arg == "--keep")
            {
                keep = true;
            }
            else if (s_numberOptions.Contains(arg))
            {
                if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
                {
                    error = $"{arg} needs a positive whole number.";
                    return null;
                }

                numbers[arg] = value;
                i++;
            }
            else
            {
                error = $"Unknown option '{arg}'.";
                return null;
            }
        }

        return new ScaleOptions(numbers["--records"], numbers["--runs"], numbers["--build-runs"], numbers["--per-file"], keep);
    }
}
