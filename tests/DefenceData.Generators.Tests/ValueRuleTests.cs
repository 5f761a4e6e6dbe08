using static DefenceData.Generators.Tests.GeneratorHarness;

namespace DefenceData.Generators.Tests;

/// <summary>
/// The rules the model's annotations put on values, checked at build time against DefenceData's own record
/// types: every citable fact carries a citation ([MinLength(1)]), a count is not negative ([Range]),
/// a range does not end before it begins ([NotBefore]) and a span is not also an uncertain day ([NotWith]).
/// </summary>
public sealed class ValueRuleTests
{
    private const string ModelCollections = """
        using DefenceData;
        using DefenceData.Annotations;

        namespace Fixture;

        [DataCollection(typeof(Event), "events")]
        public static partial class MyEvents;

        [DataCollection(typeof(Person), "people")]
        public static partial class MyPeople;

        [DataCollection(typeof(Topic), "topics")]
        public static partial class MyTopics;
        """;

    private const string Cited = "citations:\n  - sourceId: article-000\n    quote: a quote\n";

    private static IReadOnlyList<string> DiagnosticsOf(string path, string yaml) =>
        Describe(Run([new InMemoryText(path, yaml)], ModelCollections).Result.Diagnostics);

    [Fact]
    public void A_record_with_an_empty_citation_list_is_DD0027_at_the_list()
    {
        Assert.Equal(["x.yaml(3,12): DD0027"], DiagnosticsOf("/repo/data/topics/x.yaml", "id: x\nname: X\ncitations: []\n"));
    }

    [Fact]
    public void A_record_with_a_null_citation_list_is_DD0027_at_the_null()
    {
        Assert.Equal(["x.yaml(3,12): DD0027"], DiagnosticsOf("/repo/data/topics/x.yaml", "id: x\nname: X\ncitations: ~\n"));
    }

    [Fact]
    public void A_role_without_citations_is_DD0027_at_its_empty_list()
    {
        var yaml = "id: x\nname: X\nroles:\n  - title: Minister\n    citations: []\n" + Cited;
        Assert.Equal(["x.yaml(5,16): DD0027"], DiagnosticsOf("/repo/data/people/x.yaml", yaml));
    }

    [Fact]
    public void A_figure_without_citations_is_DD0027_at_its_empty_list()
    {
        var yaml = "id: x\ntitle: X\ntype: attack\nfigures:\n  - value: 26\n    qualifier: exact\n    what: people killed\n    citations: []\n" + Cited;
        Assert.Equal(["x.yaml(8,16): DD0027"], DiagnosticsOf("/repo/data/events/x.yaml", yaml));
    }

    [Fact]
    public void A_claim_with_an_empty_citation_list_is_DD0027_at_its_list()
    {
        var yaml = "id: x\nname: X\ndescription:\n  - text: A field of the joint R&D initiatives.\n    citations: []\n" + Cited;
        Assert.Equal(["x.yaml(5,16): DD0027"], DiagnosticsOf("/repo/data/topics/x.yaml", yaml));
    }

    [Fact]
    public void A_claim_without_citations_is_DD0003_a_missing_required_key_at_the_claim()
    {
        var yaml = "id: x\nname: X\ndescription:\n  - text: Cited.\n    citations:\n      - sourceId: article-000\n        quote: a quote\n  - text: Not cited.\n" + Cited;
        Assert.Equal(["x.yaml(8,5): DD0003"], DiagnosticsOf("/repo/data/topics/x.yaml", yaml));
    }

    [Fact]
    public void A_statement_without_claims_is_DD0027_at_its_empty_summary()
    {
        var yaml = "id: x\ntype: position\nsummary: []\n" + Cited;
        Assert.Equal(["x.yaml(3,10): DD0027"], Describe(Run([new InMemoryText("/repo/data/statements/x.yaml", yaml)],
            "using DefenceData;\nusing DefenceData.Annotations;\nnamespace Fixture;\n[DataCollection(typeof(Statement), \"statements\")]\npublic static partial class MyStatements;\n").Result.Diagnostics));
    }

    private static IReadOnlyList<string> AgreementDiagnostics(string yaml) =>
        Describe(Run([new InMemoryText("/repo/data/agreements/x.yaml", yaml)],
            "using DefenceData;\nusing DefenceData.Annotations;\nnamespace Fixture;\n[DataCollection(typeof(Agreement), \"agreements\")]\npublic static partial class MyAgreements;\n").Result.Diagnostics);

    [Fact]
    public void An_intended_agreement_with_a_signing_date_is_DD0031_at_the_date()
    {
        var yaml = "id: x\ntitle: X\nkind: framework\nstatus: intended\ndate: 2025-07-23\n" + Cited;
        Assert.Equal(["x.yaml(5,7): DD0031"], AgreementDiagnostics(yaml));
    }

    [Fact]
    public void An_agreement_being_drafted_with_a_signing_occasion_is_DD0031_at_it()
    {
        var yaml = "id: x\ntitle: X\nkind: framework\nstatus: being-drafted\nsignedAtId: e\n" + Cited;
        Assert.Contains("x.yaml(5,13): DD0031", AgreementDiagnostics(yaml));
    }

    [Fact]
    public void A_signed_agreement_with_its_date_and_an_intended_one_without_are_accepted()
    {
        Assert.Empty(AgreementDiagnostics("id: x\ntitle: X\nkind: mou\nstatus: signed\ndate: 2025-11-04\nlatestDate: 2025-11-05\n" + Cited));
        Assert.Empty(AgreementDiagnostics("id: x\ntitle: X\nkind: framework\nstatus: intended\n" + Cited));
    }

    [Fact]
    public void A_statement_latest_date_before_its_date_is_DD0029()
    {
        var yaml = "id: x\ntype: praise\ndate: 2025-07-23\nlatestDate: 2025-07-22\nsummary:\n  - text: T.\n    " + Cited.Replace("\n  ", "\n      ", StringComparison.Ordinal) + Cited;
        Assert.Equal(["x.yaml(4,13): DD0029"], Describe(Run([new InMemoryText("/repo/data/statements/x.yaml", yaml)],
            "using DefenceData;\nusing DefenceData.Annotations;\nnamespace Fixture;\n[DataCollection(typeof(Statement), \"statements\")]\npublic static partial class MyStatements;\n").Result.Diagnostics));
    }

    [Fact]
    public void An_end_date_before_the_date_is_DD0029_at_the_end_date()
    {
        var yaml = "id: x\ntitle: X\ntype: visit\ndate: 2025-07-23\nendDate: 2025-07-22\n" + Cited;
        Assert.Equal(["x.yaml(5,10): DD0029"], DiagnosticsOf("/repo/data/events/x.yaml", yaml));
    }

    [Fact]
    public void A_latest_date_before_the_date_is_DD0029_at_the_latest_date()
    {
        var yaml = "id: x\ntitle: X\ntype: visit\ndate: 2025-11\nlatestDate: 2025-10-31\n" + Cited;
        Assert.Equal(["x.yaml(5,13): DD0029"], DiagnosticsOf("/repo/data/events/x.yaml", yaml));
    }

    [Fact]
    public void An_end_date_within_a_month_precise_date_is_accepted()
    {
        var yaml = "id: x\ntitle: X\ntype: visit\ndate: 2025-07\nendDate: 2025-07-05\n" + Cited;
        Assert.Empty(DiagnosticsOf("/repo/data/events/x.yaml", yaml));
    }

    [Fact]
    public void An_end_date_without_a_date_is_DD0029_at_the_end_date()
    {
        var yaml = "id: x\ntitle: X\ntype: visit\nendDate: 2025-07-22\n" + Cited;
        Assert.Equal(["x.yaml(4,10): DD0029"], DiagnosticsOf("/repo/data/events/x.yaml", yaml));
    }

    [Fact]
    public void A_month_precise_end_date_holding_the_last_day_of_its_month_is_accepted()
    {
        var yaml = "id: x\ntitle: X\ntype: visit\ndate: 2025-06-30\nendDate: 2025-06\n" + Cited;
        Assert.Empty(DiagnosticsOf("/repo/data/events/x.yaml", yaml));
    }

    [Fact]
    public void A_month_precise_end_date_before_the_first_day_of_the_next_month_is_DD0029()
    {
        var yaml = "id: x\ntitle: X\ntype: visit\ndate: 2025-07-01\nendDate: 2025-06\n" + Cited;
        Assert.Equal(["x.yaml(5,10): DD0029"], DiagnosticsOf("/repo/data/events/x.yaml", yaml));
    }

    [Theory]
    [InlineData("[NotBefore(\"Start\")] public PartialDate? End { get; init; }", "names 'Start'")]
    [InlineData("public string? Start { get; init; } [NotBefore(nameof(Start))] public PartialDate? End { get; init; }", "not both PartialDate")]
    [InlineData("[NotWith(\"Other\")] public PartialDate? End { get; init; }", "names 'Other'")]
    public void A_rule_between_keys_that_cannot_hold_is_DD0017_at_the_collection(string members, string fault)
    {
        var source = "using DefenceData;\nusing DefenceData.Annotations;\nnamespace Fixture;\n"
            + "public sealed partial record Span { public required string Id { get; init; } " + members + " }\n"
            + "[DataCollection(typeof(Span), \"spans\")]\npublic static partial class Spans;\n";
        var diagnostic = Assert.Single(Run([], source).Result.Diagnostics);
        Assert.Equal("DD0017", diagnostic.Id);
        Assert.Contains(fault, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_date_and_a_latest_date_together_are_DD0030()
    {
        var yaml = "id: x\ntitle: X\ntype: visit\ndate: 2025-11-04\nendDate: 2025-11-05\nlatestDate: 2025-11-05\n" + Cited;
        Assert.Equal(["x.yaml(6,13): DD0030"], DiagnosticsOf("/repo/data/events/x.yaml", yaml));
    }

    [Fact]
    public void A_negative_count_is_DD0028_at_the_value()
    {
        var yaml = "id: x\ntitle: X\ntype: attack\nfigures:\n  - value: -26\n    qualifier: exact\n    what: people killed\n    citations:\n      - sourceId: article-000\n        quote: a quote\n" + Cited;
        Assert.Equal(["x.yaml(5,12): DD0028"], DiagnosticsOf("/repo/data/events/x.yaml", yaml));
    }

    [Fact]
    public void A_zero_count_is_a_count()
    {
        var yaml = "id: x\ntitle: X\ntype: attack\nfigures:\n  - value: 0\n    qualifier: exact\n    what: people killed\n    citations:\n      - sourceId: article-000\n        quote: a quote\n" + Cited;
        Assert.Empty(DiagnosticsOf("/repo/data/events/x.yaml", yaml));
    }

    [Fact]
    public void An_ordinal_of_zero_is_DD0028_at_the_value()
    {
        Assert.Equal(["x.yaml(4,10): DD0028"], DiagnosticsOf("/repo/data/events/x.yaml", "id: x\ntitle: X\ntype: meeting\nordinal: 0\n" + Cited));
    }

    [Fact]
    public void A_cited_record_passes()
    {
        Assert.Empty(DiagnosticsOf("/repo/data/topics/x.yaml", "id: x\nname: X\n" + Cited));
    }

    [Fact]
    public void An_absent_list_that_must_have_items_is_DD0027_at_the_record()
    {
        var source = FixtureSource.Replace(
            "public IReadOnlyList<string> Tags { get; init; } = [];",
            "[System.ComponentModel.DataAnnotations.MinLength(1)] public IReadOnlyList<string> Tags { get; init; } = [];");
        var diagnostics = Run([new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\n")], source).Result.Diagnostics;
        Assert.Equal(["a.yaml(1,1): DD0027"], Describe(diagnostics));
    }

    [Theory]
    [InlineData("[System.ComponentModel.DataAnnotations.Range(1, 10)]", "size: 11", true)]
    [InlineData("[System.ComponentModel.DataAnnotations.Range(1, 10)]", "size: 10", false)]
    [InlineData("[System.ComponentModel.DataAnnotations.Range(1, 10, MaximumIsExclusive = true)]", "size: 10", true)]
    [InlineData("[System.ComponentModel.DataAnnotations.Range(typeof(int), \"1\", \"10\")]", "size: 0", true)]
    [InlineData("[System.ComponentModel.DataAnnotations.Range(0.5, 1.0)]", "size: 1", false)]
    public void A_range_is_read_in_each_of_its_forms(string attribute, string line, bool refused)
    {
        var source = FixtureSource.Replace("public int? Size { get; init; }", attribute + " public int? Size { get; init; }");
        var diagnostics = Describe(Run([new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\n" + line + "\n")], source).Result.Diagnostics);
        Assert.Equal(refused ? ["a.yaml(3,7): DD0028"] : [], diagnostics);
    }

    [Fact]
    public void An_end_date_on_the_day_of_the_date_is_accepted()
    {
        var yaml = "id: x\ntitle: X\ntype: visit\ndate: 2025-07-22\nendDate: 2025-07-22\n" + Cited;
        Assert.Empty(DiagnosticsOf("/repo/data/events/x.yaml", yaml));
    }

    [Fact]
    public void The_DD0029_message_of_an_end_date_before_the_date_names_both_dates_and_both_keys()
    {
        var yaml = "id: x\ntitle: X\ntype: visit\ndate: 2025-07-23\nendDate: 2025-06\n" + Cited;
        Assert.Equal("Key 'endDate' is 2025-06, which ends before 'date' (2025-07-23) begins: give a date on or after it, or swap the two", MessageOf("/repo/data/events/x.yaml", yaml));
    }

    [Fact]
    public void The_DD0029_message_of_an_end_date_without_a_date_asks_for_the_date()
    {
        var yaml = "id: x\ntitle: X\ntype: visit\nendDate: 2025-07-22\n" + Cited;
        Assert.Equal("Key 'endDate' needs 'date', the date it follows: give 'date' or remove 'endDate'", MessageOf("/repo/data/events/x.yaml", yaml));
    }

    [Theory]
    [InlineData("[System.ComponentModel.DataAnnotations.Range(1, 10, MinimumIsExclusive = true)]", "size: 1", true)]
    [InlineData("[System.ComponentModel.DataAnnotations.Range(1, 10, MinimumIsExclusive = true)]", "size: 2", false)]
    [InlineData("[System.ComponentModel.DataAnnotations.Range(1, 10, MaximumIsExclusive = true)]", "size: 9", false)]
    public void An_exclusive_bound_refuses_the_bound_itself_only(string attribute, string line, bool refused)
    {
        var source = FixtureSource.Replace("public int? Size { get; init; }", attribute + " public int? Size { get; init; }");
        var diagnostics = Describe(Run([new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\n" + line + "\n")], source).Result.Diagnostics);
        Assert.Equal(refused ? ["a.yaml(3,7): DD0028"] : [], diagnostics);
    }

    [Theory]
    [InlineData("[System.ComponentModel.DataAnnotations.Range(1, 10)]", "size: 11", "Key 'size' must be at least 1 and at most 10, but is 11")]
    [InlineData("[System.ComponentModel.DataAnnotations.Range(1, 10, MinimumIsExclusive = true, MaximumIsExclusive = true)]", "size: 10", "Key 'size' must be more than 1 and less than 10, but is 10")]
    [InlineData("[System.ComponentModel.DataAnnotations.Range(0, int.MaxValue)]", "size: -1", "Key 'size' must be at least 0, but is -1")]
    [InlineData("[System.ComponentModel.DataAnnotations.Range(0, int.MaxValue - 1)]", "size: -1", "Key 'size' must be at least 0 and at most 2147483646, but is -1")]
    public void The_DD0028_message_states_the_range(string attribute, string line, string message)
    {
        var source = FixtureSource.Replace("public int? Size { get; init; }", attribute + " public int? Size { get; init; }");
        var result = Run([new InMemoryText("/repo/data/things/a.yaml", "id: a\nname: A\n" + line + "\n")], source).Result;
        Assert.Equal(message, Assert.Single(result.Diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string MessageOf(string path, string yaml) =>
        Assert.Single(Run([new InMemoryText(path, yaml)], ModelCollections).Result.Diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
}
