namespace DefenceData.Tests;

/// <summary>The key facts of the five articles, asked as a user would: with LINQ over the dataset.</summary>
public sealed class KeyFactsTests
{
    [Fact]
    public void Every_event_Baram_took_part_in_in_date_order()
    {
        var ids = Dataset.Events
            .Where(e => e.Participants.Contains(People.AmirBaram))
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.Id)
            .ToList();

        Assert.Equal(
            [
                "baram-indian-defence-companies-meeting-2025-07",
                "baram-visit-india-2025-07-22",
                "doval-baram-meeting-2025-07",
                "singh-baram-meeting-2025-07-23",
                "jwg-17-2025-11-04",
            ],
            ids);
    }

    [Fact]
    public void Baram_first_working_visit_is_the_range_22_to_23_July_2025_in_New_Delhi()
    {
        var visit = Events.Get("baram-visit-india-2025-07-22");
        Assert.Equal(EventType.Visit, visit.Type);
        Assert.Equal((new PartialDate(2025, 7, 22), new PartialDate(2025, 7, 23)), (visit.Date!.Value, visit.EndDate!.Value));
        Assert.Equal([Places.NewDelhi], visit.Places);
    }

    [Fact]
    public void On_22_July_2025_only_the_visit_certainly_happened_and_the_meetings_of_unknown_day_possibly()
    {
        var day = new DateOnly(2025, 7, 22);
        var answers = Dataset.Events.Where(e => e.OccurredOn(day) != DateMatch.No)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => (e.Id, e.OccurredOn(day)))
            .ToList();

        Assert.Equal(
            [
                ("baram-indian-defence-companies-meeting-2025-07", DateMatch.Possibly),
                ("baram-visit-india-2025-07-22", DateMatch.Certainly),
                ("doval-baram-meeting-2025-07", DateMatch.Possibly),
            ],
            answers);
    }

    [Fact]
    public void Every_area_the_MoU_names()
    {
        var areas = Agreements.Get("mou-defence-cooperation-2025-11-04").Topics.Select(t => t.Id).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "advanced-research-areas", "artificial-intelligence", "capability-enhancement", "cyber-security",
                "industrial-partnerships", "joint-training", "military-to-military-exchanges", "research-and-development",
                "science-and-technology-collaboration", "strategic-dialogues", "technology-transfer",
            ],
            areas);
    }

    [Fact]
    public void The_MoU_was_signed_in_Tel_Aviv_at_the_17th_Joint_Working_Group()
    {
        var mou = Agreements.Get("mou-defence-cooperation-2025-11-04");
        Assert.Equal("Memorandum of Understanding", mou.Kind);
        Assert.Equal(["india", "israel"], mou.PartyIds);
        Assert.Contains(mou.Citations, c => c.Quote.Contains("in Tel Aviv", StringComparison.Ordinal));
        Assert.Equal(17, Events.Get("jwg-17-2025-11-04").Ordinal);
    }

    [Fact]
    public void Which_statements_condemn_which_attack()
    {
        var condemnations = Dataset.Statements
            .Where(s => s.Type == StatementType.Condemnation)
            .SelectMany(s => s.Subjects.Where(e => e.Type == EventType.Attack).Select(e => (Speaker: s.SpeakerId, Attack: e.Id)))
            .ToHashSet();

        Assert.Contains(("amir-baram", "pahalgam-attack-2025-04-22"), condemnations);
        Assert.Contains(("rajesh-kumar-singh", "october-7-attacks-2023-10-07"), condemnations);
    }

    [Fact]
    public void Singh_called_for_the_release_of_the_hostages()
    {
        var appeal = Statements.Get("singh-calls-for-hostage-release");
        Assert.Equal(StatementType.Appeal, appeal.Type);
        Assert.Equal("0253", appeal.CameoCode);
        Assert.Equal(People.RajeshKumarSingh, appeal.Speaker);
    }

    [Fact]
    public void October_7_figures_keep_their_qualifiers()
    {
        var figures = Events.Get("october-7-attacks-2023-10-07").Figures;
        Assert.Contains(figures, f => f is { Value: 1200, Qualifier: CountQualifier.MoreThan, What: "people killed" });
        Assert.Contains(figures, f => f is { Value: 250, Qualifier: CountQualifier.MoreThan });
    }

    [Fact]
    public void Pahalgam_victims_are_kept_side_by_side_as_each_source_describes_them()
    {
        var killed = Events.Get("pahalgam-attack-2025-04-22").Figures
            .Where(f => f.Value == 26)
            .Select(f => (f.Description, f.Citations.Single().SourceId))
            .ToList();

        Assert.Contains(("including one foreign national", "article-000"), killed);
        Assert.Contains(("primarily tourists", "article-003"), killed);
    }

    [Fact]
    public void Operation_Rising_Lion_has_no_date_because_the_articles_give_none()
    {
        var operation = Events.Get("operation-rising-lion");
        Assert.Equal(EventType.MilitaryOperation, operation.Type);
        Assert.Null(operation.Date);
    }

    [Fact]
    public void The_weapon_systems_named_are_Harop_Harpy_and_Barak_8()
    {
        Assert.Equal(["barak-8", "harop", "harpy"], Dataset.WeaponSystems.Select(w => w.Id));
        Assert.All(Dataset.WeaponSystems, w => Assert.Contains("article-003", w.Citations.Select(c => c.SourceId)));
    }

    [Fact]
    public void Diplomatic_relations_were_formalised_in_1992_known_to_the_year()
    {
        var milestone = Events.Get("india-israel-diplomatic-relations-1992");
        Assert.Equal(DatePrecision.Year, milestone.Date!.Value.Precision);
        Assert.Equal(1992, milestone.Date.Value.Year);
    }

    [Fact]
    public void Weekday_derived_dates_say_how_they_were_derived()
    {
        Assert.All(
            new[] { Events.Get("israel-mod-statement-2025-07-24"), Events.Get("jwg-17-2025-11-04") },
            e => Assert.False(string.IsNullOrWhiteSpace(e.DateDerivation), e.Id));
        Assert.Equal(DayOfWeek.Thursday, Events.Get("israel-mod-statement-2025-07-24").Date!.Value.Start.DayOfWeek);
        Assert.Equal(DayOfWeek.Tuesday, Events.Get("jwg-17-2025-11-04").Date!.Value.Start.DayOfWeek);
    }

    [Fact]
    public void No_record_holds_a_url()
    {
        var json = DefenceData.Export.DatasetJson.ToJson();
        Assert.DoesNotContain("http://", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Both_initiatives_are_named_Make_in_India_and_Aatmanirbhar_Bharat()
    {
        Assert.Equal("make-in-india", Topics.MakeInIndia.Id);
        Assert.Equal("aatmanirbhar-bharat", Topics.AatmanirbharBharat.Id);
    }

    [Fact]
    public void Both_nations_condemned_both_attacks_in_003_beside_each_speakers_own_condemnation()
    {
        var both = Statements.Get("both-nations-condemn-terrorist-attacks");
        Assert.Equal(StatementType.Condemnation, both.Type);
        Assert.Equal("111", both.CameoCode);
        Assert.Equal([Countries.India, Countries.Israel], both.SpeakerCountries);
        Assert.Null(both.SpeakerId);
        Assert.Equal(["october-7-attacks-2023-10-07", "pahalgam-attack-2025-04-22"], both.SubjectIds.Order(StringComparer.Ordinal));
        Assert.Equal(["article-003"], both.Citations.Select(c => c.SourceId));

        // The single speakers' versions stay, cited only with words about their own condemnation.
        Assert.All(
            new[] { Statements.Get("baram-condemns-pahalgam-attack"), Statements.Get("singh-condemns-october-7-attacks") },
            s => Assert.DoesNotContain(s.Citations, c => c.Quote.Contains("both nations", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_MoU_was_signed_on_one_day_of_4_or_5_November_2025_not_known_which()
    {
        var signing = Events.Get("mou-signing-2025-11-04");
        Assert.Equal((new PartialDate(2025, 11, 4), new PartialDate(2025, 11, 5)), (signing.Date!.Value, signing.LatestDate!.Value));
        Assert.Null(signing.EndDate);
        Assert.Contains("not known which", signing.DateDerivation, StringComparison.Ordinal);

        var mou = Agreements.Get("mou-defence-cooperation-2025-11-04");
        Assert.Equal((signing.Date, signing.LatestDate), (mou.Date, mou.LatestDate));
    }

    [Fact]
    public void The_Pahalgam_death_toll_reported_by_two_articles_is_counted_once()
    {
        var killed = Events.Get("pahalgam-attack-2025-04-22").Figures
            .OnePerFact()
            .Where(f => f.PartOf is null)
            .Sum(f => f.Value);

        Assert.Equal(26, killed);
    }

    [Fact]
    public void The_one_foreign_national_is_part_of_the_26_not_added_to_them()
    {
        var figures = Events.Get("pahalgam-attack-2025-04-22").Figures;
        var foreign = Assert.Single(figures, f => f.What == "foreign nationals killed");
        Assert.Equal(1, foreign.Value);
        Assert.Equal("pahalgam-attack-killed", foreign.PartOf);
        Assert.Equal(2, figures.Count(f => f.FactId == "pahalgam-attack-killed"));
    }

    [Fact]
    public void People_killed_in_all_attacks_count_each_attack_once()
    {
        var killed = Dataset.Events
            .Where(e => e.Type == EventType.Attack)
            .SelectMany(e => e.Figures)
            .OnePerFact()
            .Where(f => f.PartOf is null && f.What.EndsWith("killed", StringComparison.Ordinal))
            .ToList();

        Assert.Equal([1200L, 26L], killed.Select(f => f.Value).Order().Reverse());
    }

    [Fact]
    public void The_July_2025_framework_covers_what_it_would_allow_apart_from_the_intent_it_reflects()
    {
        var framework = Agreements.Get("institutional-framework");
        Assert.Equal(
            ["defence-industrial-cooperation", "joint-projects", "regular-dialogues", "research-and-development"],
            framework.TopicIds.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["aatmanirbhar-bharat", "co-development", "co-production", "collaborative-defence-exports"],
            framework.IntentTopicIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Nothing_was_signed_on_23_July_2025_the_framework_is_only_intended()
    {
        Assert.DoesNotContain(Agreements.All, a => a.SignedOn(new DateOnly(2025, 7, 23)) != DateMatch.No);
        var framework = Agreements.Get("institutional-framework");
        Assert.Equal(AgreementStatus.Intended, framework.Status);
        Assert.Null(framework.SignedAtId);
        Assert.Null(framework.When);
        Assert.Equal("singh-baram-meeting-2025-07-23", framework.AgreedAtId);
        Assert.Equal(AgreementStatus.Signed, Agreements.Get("mou-defence-cooperation-2025-11-04").Status);
    }
}
