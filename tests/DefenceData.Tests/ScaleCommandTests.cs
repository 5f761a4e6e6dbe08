using DefenceData.Benchmarks.Scale;

namespace DefenceData.Tests;

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
    [InlineData("--records")]
    [InlineData("--records", "many")]
    [InlineData("--runs", "0")]
    [InlineData("--per-file", "-5")]
    public void A_number_option_without_a_positive_number_is_refused(params string[] args)
    {
        var error = new StringWriter();
        Assert.Equal(2, ScaleCommand.Run(args, TextWriter.Null, error));
        Assert.StartsWith($"{args[0]} needs a positive whole number.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Known_options_are_read()
    {
        var options = ScaleOptions.Parse(["--records", "200", "--runs", "2", "--build-runs", "1", "--per-file", "10", "--keep"], out var error);
        Assert.Null(error);
        Assert.Equal(new ScaleOptions(200, 2, 1, 10, true), options);
    }
}
