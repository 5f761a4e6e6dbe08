using DefenceData.Testing;
using Xunit.Sdk;

namespace DefenceData.Tests;

/// <summary>The snapshot assertion every snapshot test relies on: a mismatch fails, and accepting is refused under CI.</summary>
public sealed class SnapshotTests : IDisposable
{
    private const string Name = "Example.Test";

    private readonly string _directory = Directory.CreateTempSubdirectory("defencedata-snapshot-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Verified => Path.Combine(_directory, Name + ".verified.txt");

    private string Received => Path.Combine(_directory, Name + ".received.txt");

    private static Func<string, string?> Environment(string? accept = null, string? ci = null) =>
        name => name switch
        {
            Snapshot.AcceptVariable => accept,
            Snapshot.CiVariable => ci,
            _ => null,
        };

    [Fact]
    public void A_matching_snapshot_passes_and_leaves_no_received_file()
    {
        File.WriteAllText(Verified, "same\n");
        File.WriteAllText(Received, "stale\n");
        Snapshot.Verify("same", _directory, Name, Environment());
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void A_changed_snapshot_fails_with_a_diff_and_writes_the_received_file()
    {
        File.WriteAllText(Verified, "one\ntwo\n");
        var failure = Assert.Throws<XunitException>(() => Snapshot.Verify("one\nthree\n", _directory, Name, Environment()));
        Assert.Contains("- two", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+ three", failure.Message, StringComparison.Ordinal);
        Assert.Equal("one\nthree\n", File.ReadAllText(Received));
        Assert.Equal("one\ntwo\n", File.ReadAllText(Verified));
    }

    [Fact]
    public void Accepting_outside_CI_promotes_the_received_text_to_verified()
    {
        File.WriteAllText(Verified, "old\n");
        Snapshot.Verify("new", _directory, Name, Environment(accept: "1"));
        Assert.Equal("new\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    [InlineData("1")]
    public void Accepting_under_CI_is_refused_and_the_changed_snapshot_fails(string ci)
    {
        File.WriteAllText(Verified, "old\n");
        var failure = Assert.Throws<XunitException>(() => Snapshot.Verify("new", _directory, Name, Environment(accept: "1", ci: ci)));
        Assert.Contains("refused under CI", failure.Message, StringComparison.Ordinal);
        Assert.Equal("old\n", File.ReadAllText(Verified));
        Assert.Equal("new\n", File.ReadAllText(Received));
    }

    [Fact]
    public void Accepting_under_CI_cannot_create_a_missing_snapshot_either()
    {
        Assert.Throws<XunitException>(() => Snapshot.Verify("new", _directory, Name, Environment(accept: "1", ci: "true")));
        Assert.False(File.Exists(Verified));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("")]
    [InlineData(null)]
    public void A_CI_variable_that_does_not_mean_CI_leaves_accepting_on(string? ci)
    {
        File.WriteAllText(Verified, "old\n");
        Snapshot.Verify("new", _directory, Name, Environment(accept: "1", ci: ci));
        Assert.Equal("new\n", File.ReadAllText(Verified));
    }
}
