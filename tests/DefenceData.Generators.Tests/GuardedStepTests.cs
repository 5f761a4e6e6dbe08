using DefenceData.Generators.Model;
using DefenceData.Generators.Shapes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests;

/// <summary>
/// A step that fails on something it did not foresee reports one DD0018 at the file or class it was
/// working on (GuardedStep), never a CS8785 from the compiler and never nothing.
/// </summary>
public sealed class GuardedStepTests
{
    [Fact]
    public void A_data_file_that_cannot_be_read_is_DD0018_at_the_file()
    {
        var result = Run([new UnreadableText("/repo/data/things/a.yaml")]).Result;
        Assert.Equal(["a.yaml(1,1): DD0018"], Describe(result.Diagnostics));
        Assert.Contains("disk on fire", result.Diagnostics.Single().GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_evidence_file_that_cannot_be_read_is_DD0018_at_the_file()
    {
        var result = Run([new UnreadableText("/repo/data/texts/b1.txt")]).Result;
        Assert.Equal(["b1.txt(1,1): DD0018"], Describe(result.Diagnostics));
    }

    [Fact]
    public void A_failing_step_over_the_whole_dataset_is_DD0018_at_the_first_collection_class()
    {
        var driver = CreateDriver([]).RunGenerators(Compilation());
        var shapes = driver.GetRunResult().Results[0].TrackedSteps[TrackingNames.Shapes]
            .SelectMany(s => s.Outputs).Select(o => (CollectionShape)o.Value)
            .OrderBy(s => s.ClassFullyQualifiedName, StringComparer.Ordinal).ToEquatableArray();

        var outcome = GuardedStep.Run<int>(GuardedStep.DatasetLocation(shapes), "the test step", () => throw new InvalidOperationException("no such luck"), fallback: -1);

        Assert.Equal(-1, outcome.Value);
        var diagnostic = outcome.Diagnostics.Single().ToDiagnostic();
        Assert.Equal([LocationOf("Books;") + ": DD0018"], Describe([diagnostic]));
        Assert.Equal("The generator failed on 'the test step': no such luck", diagnostic.GetMessage());
    }

    [Fact]
    public void A_step_that_succeeds_reports_nothing_and_keeps_its_value()
    {
        var outcome = GuardedStep.Run<int>(LocationInfo.FileStart("/repo/data/things/a.yaml"), "the test step", () => 7, fallback: -1);
        Assert.Equal(7, outcome.Value);
        Assert.Empty(outcome.Diagnostics);
    }

    /// <summary>An additional file whose text the host fails to read.</summary>
    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("disk on fire");
    }
}
