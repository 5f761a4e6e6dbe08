using System.Text.RegularExpressions;

namespace DefenceData.Tests;

/// <summary>The curation rules of docs/DATA.md that hold across records, checked over the whole dataset.</summary>
public sealed partial class CurationRuleTests
{
    [Fact]
    public void An_uncertain_day_is_never_also_a_span_and_its_latest_day_comes_after_its_earliest()
    {
        Assert.All(Dataset.Events.Where(e => e.LatestDate is not null), e =>
        {
            Assert.Null(e.EndDate);
            Assert.True(e.Date!.Value.End < e.LatestDate!.Value.Start, e.Id);
        });
        Assert.All(Dataset.Agreements.Where(a => a.LatestDate is not null), a => Assert.True(a.Date!.Value.End < a.LatestDate!.Value.Start, a.Id));
    }

    [Fact]
    public void Every_figure_names_its_fact_and_a_fact_belongs_to_one_event()
    {
        var owners = Dataset.Events
            .SelectMany(e => e.Figures.Select(f => (f.FactId, Event: e.Id)))
            .ToList();

        Assert.All(owners, o => Assert.False(string.IsNullOrEmpty(o.FactId), o.Event));
        Assert.All(owners.GroupBy(o => o.FactId), g => Assert.Single(g.Select(o => o.Event).Distinct()));
    }

    [Fact]
    public void A_figure_is_part_of_a_fact_of_its_own_event()
    {
        Assert.All(Dataset.Events, e =>
        {
            var facts = e.Figures.Select(f => f.FactId).ToHashSet();
            Assert.All(e.Figures.Where(f => f.PartOf is not null), f => Assert.Contains(f.PartOf, facts));
        });
    }

    [Fact]
    public void Related_topics_are_linked_both_ways()
    {
        Assert.All(Dataset.Topics, t => Assert.All(t.RelatedTopics, r => Assert.Contains(t.Id, r.RelatedTopicIds)));
    }

    [Fact]
    public void A_date_in_an_id_is_the_records_own_date()
    {
        var dated = Dataset.Events.Select(e => (e.Id, e.Date))
            .Concat(Dataset.Statements.Select(s => (s.Id, s.Date)))
            .Concat(Dataset.Agreements.Select(a => (a.Id, a.Date)));

        Assert.All(dated, r =>
        {
            if (DateInId().Match(r.Id) is { Success: true } m)
            {
                Assert.True(r.Date is not null, $"{r.Id} carries a date its record does not hold");
                var text = r.Date!.Value.ToString()!;
                Assert.True(text.StartsWith(m.Groups[1].Value, StringComparison.Ordinal), $"{r.Id}: date {text}");
            }
        });
    }

    [Fact]
    public void A_role_is_as_of_the_publication_date_of_the_one_article_that_states_it()
    {
        Assert.All(Dataset.People.SelectMany(p => p.Roles), role =>
        {
            var source = Assert.Single(role.Citations.Select(c => c.Source).Distinct());
            Assert.Equal(source.Published, role.AsOf);
        });
    }

    [Fact]
    public void The_two_ministries_of_defence_have_different_names()
    {
        var names = Dataset.Organisations.Where(o => o.Kind == OrganisationKind.Ministry).Select(o => o.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_event_and_statement_has_a_cameo_code()
    {
        Assert.All(Dataset.Events, e => Assert.Matches("^[0-9]{3,4}$", e.CameoCode));
        Assert.All(Dataset.Statements, s => Assert.Matches("^[0-9]{3,4}$", s.CameoCode));
    }

    [GeneratedRegex(@"-(\d{4}(?:-\d{2}(?:-\d{2})?)?)$")]
    private static partial Regex DateInId();
}
