namespace DefenceData.Tests;

/// <summary>Counts.OnePerFact: alternative reports of one figure are counted once.</summary>
public sealed class CountsTests
{
    private static Count Figure(long value, string what, string? factId = null, string? partOf = null) =>
        new() { Value = value, Qualifier = CountQualifier.Exact, What = what, FactId = factId, PartOf = partOf, Citations = [] };

    [Fact]
    public void Alternative_reports_of_one_fact_give_its_first_report_only()
    {
        var first = Figure(26, "people killed", "attack-killed");
        var second = Figure(26, "civilians killed", "attack-killed");

        Assert.Equal([first], new[] { first, second }.OnePerFact());
    }

    [Fact]
    public void Figures_without_a_fact_id_are_each_a_fact_of_their_own()
    {
        var a = Figure(26, "people killed");
        var b = Figure(26, "people killed");

        Assert.Equal([a, b], new[] { a, b }.OnePerFact());
    }

    [Fact]
    public void Different_facts_keep_their_order()
    {
        var killed = Figure(1200, "people killed", "attack-killed");
        var hostages = Figure(250, "people taken hostage", "attack-hostages");
        var again = Figure(1200, "people killed", "attack-killed");

        Assert.Equal([killed, hostages], new[] { killed, hostages, again }.OnePerFact());
    }

    [Fact]
    public void A_part_of_another_fact_is_a_fact_of_its_own()
    {
        var killed = Figure(26, "people killed", "attack-killed");
        var foreign = Figure(1, "foreign nationals killed", "attack-foreign-killed", partOf: "attack-killed");

        Assert.Equal([killed, foreign], new[] { killed, foreign }.OnePerFact());
    }

    [Fact]
    public void A_null_sequence_is_refused_at_the_call()
    {
        Assert.Throws<ArgumentNullException>(() => Counts.OnePerFact(null!));
    }
}
