using DefenceData.Benchmarks.Scale;

namespace DefenceData.Benchmarks.Tests;

/// <summary>The benchmark's scale command reads its options strictly: help prints usage, anything unknown is refused before a run starts.</summary>
public sealed class ScaleCommandTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_prints_usage_and_starts_no_run(string option)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, ScaleCommand.Run([option], output, error));
        Assert.StartsWith("Usage: DefenceData.Benchmarks scale", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData("--records")]
    [InlineData("--variants")]
    [InlineData("--naive-max")]
    [InlineData("--incremental")]
    public void Help_documents_every_option(string option) =>
        Assert.Contains("  " + option + " ", ScaleOptions.Usage, StringComparison.Ordinal);

    [Theory]
    [InlineData("--record", "10")]
    [InlineData("--records", "10", "--fast")]
    [InlineData("extra")]
    public void Unknown_options_are_refused_with_usage(params string[] args)
    {
        var error = new StringWriter();
        Assert.Equal(2, ScaleCommand.Run(args, TextWriter.Null, error));
        Assert.StartsWith($"Unknown option '{args.First(a => a is "--record" or "--fast" or "extra")}'.", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--runs", "0")]
    [InlineData("--per-file", "-5")]
    [InlineData("--naive-max", "lots")]
    public void A_number_option_without_a_positive_number_is_refused(params string[] args)
    {
        var error = new StringWriter();
        Assert.Equal(2, ScaleCommand.Run(args, TextWriter.Null, error));
        Assert.StartsWith($"{args[0]} needs a positive whole number.", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--records")]
    [InlineData("--records", "many")]
    [InlineData("--records", "10000,,50000")]
    [InlineData("--records", "10000,0")]
    public void A_size_list_with_anything_but_positive_numbers_is_refused(params string[] args)
    {
        Assert.Null(ScaleOptions.Parse(args, out var error));
        Assert.StartsWith("--records needs a positive whole number or a comma list", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_options_are_read()
    {
        var options = ScaleOptions.Parse(["--records", "200", "--runs", "2", "--build-runs", "1", "--per-file", "10", "--keep", "--naive-max", "100"], out var error);
        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal([200], options.Sizes);
        Assert.Equal((2, 1, 10, true, 100), (options.Runs, options.BuildRuns, options.PerFile, options.Keep, options.NaiveMax));
        Assert.Equal(ScaleProjects.All, options.Variants);
    }

    [Fact]
    public void A_size_list_is_measured_smallest_first_and_once_each()
    {
        var options = ScaleOptions.Parse(["--records", "200000,10000,50000,10000"], out _);
        Assert.Equal([10_000, 50_000, 200_000], options!.Sizes);
    }

    [Fact]
    public void Variants_are_read_in_the_order_of_the_table()
    {
        var options = ScaleOptions.Parse(["--variants", "allocationFloor,generated"], out _);
        Assert.Equal([ScaleProjects.Generated, ScaleProjects.Floor], options!.Variants);
    }

    [Fact]
    public void An_unknown_variant_is_refused()
    {
        Assert.Null(ScaleOptions.Parse(["--variants", "generated,protobuf"], out var error));
        Assert.StartsWith("Unknown variant 'protobuf' in --variants", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Variants_without_the_generated_one_are_refused()
    {
        Assert.Null(ScaleOptions.Parse(["--variants", "systemTextJson,allocationFloor"], out var error));
        Assert.StartsWith("--variants must include generated", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Naive_initializers_above_naive_max_are_skipped_with_a_reason()
    {
        var options = ScaleOptions.Parse(["--records", "50000,200000"], out _)!;
        Assert.Null(options.SkipReason(ScaleProjects.Naive, 50_000));
        Assert.StartsWith("above --naive-max 50,000", options.SkipReason(ScaleProjects.Naive, 200_000), StringComparison.Ordinal);
        Assert.Null(options.SkipReason(ScaleProjects.Generated, 200_000));
    }

    [Fact]
    public void A_variant_left_out_of_the_list_is_skipped_as_such()
    {
        var options = ScaleOptions.Parse(["--variants", "generated"], out _)!;
        Assert.Equal("not in --variants", options.SkipReason(ScaleProjects.YamlDotNet, 10_000));
    }

    [Theory]
    [InlineData("10000,50000,200000", null, 50_000)]
    [InlineData("2000,4000", null, 4_000)]
    [InlineData("200000", null, null)]
    [InlineData("10000,50000", "20000", 20_000)]
    [InlineData("10000,50000", "none", null)]
    public void The_incremental_edit_is_measured_at_the_largest_size_up_to_50000_unless_told(string sizes, string? incremental, int? expected)
    {
        string[] args = incremental is null ? ["--records", sizes] : ["--records", sizes, "--incremental", incremental];
        Assert.Equal(expected, ScaleOptions.Parse(args, out _)!.IncrementalSize);
    }

    [Fact]
    public void Incremental_needs_a_size_or_none()
    {
        Assert.Null(ScaleOptions.Parse(["--incremental", "all"], out var error));
        Assert.Equal("--incremental needs a positive whole number or none.", error);
    }

    [Fact]
    public void An_edit_changes_the_first_summary_only_and_the_two_edits_differ()
    {
        const string yaml = "- id: e1\n  title: \"A\"\n  summary: \"one\"\n- id: e2\n  title: \"B\"\n  summary: \"two\"\n";
        var first = IncrementalEdit.Edit(yaml, 1);
        var second = IncrementalEdit.Edit(yaml, 2);
        var changed = yaml.Split('\n').Zip(first.Split('\n')).Count(p => p.First != p.Second);
        Assert.Equal(1, changed);
        Assert.Contains("  summary: \"two\"", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void An_edit_of_a_file_without_summaries_changes_a_title()
    {
        var edited = IncrementalEdit.Edit("- id: e1\n  title: \"A\"\n", 1);
        Assert.StartsWith("- id: e1\n  title: \"Edited title 1", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_time_is_read_from_the_compilers_analyzer_report()
    {
        var log = Path.GetTempFileName();
        File.WriteAllText(log, """
                     Total generator execution time: 2.297 seconds.

                     Time (s)    %   Generator
                        0.457   19   Microsoft.Interop.ComInterfaceGenerator, Version=10.0.14.42308, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a
                        1.548   67   DefenceData.Generators, Version=0.2.0.0, Culture=neutral, PublicKeyToken=null
                        1.548   67      DefenceData.Generators.DatasetGenerator
            """);
        try
        {
            Assert.Equal(1.548, AnalyzerReport.GeneratorSeconds(log));
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public void A_build_log_without_the_generator_line_is_an_error_not_a_zero()
    {
        var log = Path.GetTempFileName();
        File.WriteAllText(log, "Total generator execution time: 0.100 seconds.\n");
        try
        {
            Assert.Throws<InvalidOperationException>(() => AnalyzerReport.GeneratorSeconds(log));
        }
        finally
        {
            File.Delete(log);
        }
    }
}
