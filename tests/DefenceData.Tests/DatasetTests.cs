using DefenceData.Testing;

namespace DefenceData.Tests;

/// <summary>The dataset as users query it: typed collections, lookups and navigation.</summary>
public sealed class DatasetTests
{
    [Fact]
    public void The_five_articles_are_the_sources()
    {
        Assert.Equal(5, Dataset.Sources.Count);
        Assert.All(Dataset.Sources, s => Assert.StartsWith("sources/articles/", s.EvidenceFile, StringComparison.Ordinal));
    }

    [Fact]
    public void Collections_are_ordered_by_id_ordinally()
    {
        var ids = Dataset.People.Select(p => p.Id).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Named_member_and_lookup_by_id_give_the_same_record()
    {
        Assert.Same(People.AmirBaram, People.Get("amir-baram"));
        Assert.Same(People.AmirBaram, People.ById["amir-baram"]);

        // And it is the record of data/people/amir-baram.yaml, not merely the same wrong one twice.
        var file = DataFiles.Record("people", "amir-baram");
        Assert.Equal((DataFiles.Text(file["id"]), DataFiles.Text(file["name"])), (People.AmirBaram.Id, People.AmirBaram.Name));
    }

    [Fact]
    public void Unknown_id_throws_a_key_not_found_exception_naming_the_id()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => People.Get("nobody"));
        Assert.Contains("nobody", e.Message, StringComparison.Ordinal);
        Assert.False(People.TryGet("nobody", out _));
    }

    [Fact]
    public void Dataset_find_looks_in_every_collection()
    {
        Assert.Same(Countries.Israel, Dataset.Find("israel"));
        Assert.Null(Dataset.Find("nobody"));
    }

    [Fact]
    public void Singh_and_Baram_met_in_New_Delhi_on_23_July_2025()
    {
        var meeting = Events.Get("singh-baram-meeting-2025-07-23");
        Assert.Equal(new PartialDate(2025, 7, 23), meeting.Date);
        Assert.Equal(["amir-baram", "rajesh-kumar-singh"], meeting.Participants.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_MoU_signing_date_is_derived_from_the_weekday_and_says_so()
    {
        var signing = Events.Get("mou-signing-2025-11-04");
        Assert.Equal(new PartialDate(2025, 11, 4), signing.Date);
        Assert.Equal(DayOfWeek.Tuesday, signing.Date!.Value.Start.DayOfWeek);
        Assert.Contains("Tuesday", signing.DateDerivation, StringComparison.Ordinal);
    }

    [Fact]
    public void Baram_rank_is_kept_as_each_source_gives_it()
    {
        var ranks = People.AmirBaram.Roles.Select(r => (r.Rank, r.Citations[0].SourceId)).ToList();
        Assert.Contains(("Major General (Res)", "article-000"), ranks);
        Assert.Contains(("Major General (Retd)", "article-001"), ranks);
    }

    [Fact]
    public void Every_event_Baram_took_part_in_in_date_order()
    {
        var events = Dataset.Events
            .Where(e => e.ParticipantIds.Contains(People.AmirBaram.Id))
            .OrderBy(e => e.Date)
            .Select(e => e.Id)
            .ToList();

        // The event files' own dates, compared as ISO text: a year sorts before its months and a
        // month before its days, which is PartialDate's order (start day, then the less precise first).
        var files = DataFiles.Collections.Single(c => c.Folder == "events").Records
            .Where(e => e["participantIds"] is System.Text.Json.Nodes.JsonArray ids && ids.Any(p => DataFiles.Text(p) == "amir-baram"))
            .OrderBy(e => DataFiles.Text(e["date"]), StringComparer.Ordinal)
            .ThenBy(e => DataFiles.Text(e["id"]), StringComparer.Ordinal)
            .Select(e => DataFiles.Text(e["id"])!)
            .ToList();
        Assert.True(files.Count > 1, "Baram takes part in more than one event");
        Assert.Equal(files, events);
    }

    [Fact]
    public void Every_citation_leads_to_the_source_it_names()
    {
        var citations = Dataset.People.SelectMany(p => p.Citations)
            .Concat(Dataset.Events.SelectMany(e => e.Citations))
            .Concat(Dataset.Countries.SelectMany(c => c.Citations));
        Assert.All(citations, c => Assert.Same(Sources.Get(c.SourceId), c.Source));
    }

    [Fact]
    public void A_collection_first_used_by_many_threads_at_once_is_built_as_one_instance()
    {
        // Each round loads a fresh copy of the assembly, so the collection is built for the first
        // time while the threads, released together, are all asking for it.
        for (var round = 0; round < 40; round++)
        {
            var context = new System.Runtime.Loader.AssemblyLoadContext("dataset-" + round, isCollectible: true);
            try
            {
                var all = context.LoadFromAssemblyPath(typeof(Dataset).Assembly.Location)
                    .GetType("DefenceData.Events", throwOnError: true)!.GetProperty(nameof(Events.All))!;
                var seen = Threads.AllAtOnce(Threads.Many, () => all.GetValue(null));
                Assert.All(seen, s => Assert.Same(seen[0], s));
            }
            finally
            {
                context.Unload();
            }
        }
    }
}
