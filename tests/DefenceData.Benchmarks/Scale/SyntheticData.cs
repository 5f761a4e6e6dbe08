using System.Globalization;
using System.Text;

namespace DefenceData.Benchmarks.Scale;

/// <summary>A synthetic citation: a source id and a verbatim quote from that source's article.</summary>
internal sealed record SynthCitation(string SourceId, string Quote);

/// <summary>A synthetic event, as all four variants hold it.</summary>
internal sealed record SynthEvent(
    string Id, string Title, string Type, (int Year, int? Month, int? Day)? Date,
    string[] ParticipantIds, string? Summary, long? Casualties, SynthCitation[] Citations);

/// <summary>A synthetic source: its id, title and article file (relative to the data directory).</summary>
internal sealed record SynthSource(string Id, string Title, string ArticleFile, string ArticleText);

/// <summary>
/// Seeded synthetic data of the dataset's kind: N events with participants, dates, figures and
/// citations whose quotes are word runs of the real article texts (so the generator's quote checks pass).
/// </summary>
internal sealed class SyntheticData
{
    public static readonly string[] EventKinds = ["Visit", "Meeting", "Signing", "Statement", "Attack"];

    private static readonly string[] s_words =
    [
        "defence", "cooperation", "joint", "working", "group", "talks", "visit", "delegation", "ministry", "secretary",
        "signing", "memorandum", "technology", "transfer", "research", "production", "security", "strategic", "partnership",
        "review", "dialogue", "exercise", "industry", "innovation", "counter-terrorism", "cyber", "systems", "training",
    ];

    private SyntheticData(IReadOnlyList<SynthSource> sources, IReadOnlyList<(string Id, string Name)> people, IReadOnlyList<SynthEvent> events)
    {
        Sources = sources;
        People = people;
        Events = events;
    }

    public IReadOnlyList<SynthSource> Sources { get; }

    public IReadOnlyList<(string Id, string Name)> People { get; }

    /// <summary>The events in ordinal order of id (the order every variant lists them in).</summary>
    public IReadOnlyList<SynthEvent> Events { get; }

    public static SyntheticData Create(int records, string articlesDirectory, int seed = 20251121)
    {
        var random = new Random(seed);
        var sources = Directory.GetFiles(articlesDirectory, "*.txt").Order(StringComparer.Ordinal)
            .Select((path, i) => new SynthSource($"article-{i:D3}", $"Article {i}", "sources/articles/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        var sourceWords = sources.Select(s => s.ArticleText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToList();

        var people = Enumerable.Range(0, Math.Max(20, records / 20))
            .Select(i => ($"person-{i:D5}", $"{Word(random, true)} {Word(random, true)} {i}"))
            .ToList();

        var events = new List<SynthEvent>(records);
        for (var i = 0; i < records; i++)
        {
            var date = random.Next(10) switch
            {
                0 => ((int Year, int? Month, int? Day)?)null,
                1 => (2000 + random.Next(26), null, null),
                2 => (2000 + random.Next(26), 1 + random.Next(12), null),
                _ => (2000 + random.Next(26), 1 + random.Next(12), 1 + random.Next(28)),
            };
            var participants = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => people[random.Next(people.Count)].Item1).Distinct().ToArray();
            var citations = Enumerable.Range(0, 1 + random.Next(2)).Select(_ =>
            {
                var s = random.Next(sources.Count);
                var words = sourceWords[s];
                var length = 3 + random.Next(6);
                var start = random.Next(Math.Max(1, words.Length - length));
                return new SynthCitation(sources[s].Id, string.Join(' ', words.Skip(start).Take(length)));
            }).ToArray();
            events.Add(new SynthEvent(
                $"event-{i:D6}",
                $"{Word(random, true)} {Word(random, false)} {Word(random, false)} {i}",
                EventKinds[random.Next(EventKinds.Length)],
                date,
                participants,
                random.Next(4) == 0 ? null : string.Join(' ', Enumerable.Range(0, 8 + random.Next(12)).Select(_ => Word(random, false))) + ".",
                random.Next(5) == 0 ? random.Next(2000) : null,
                citations));
        }

        return new SyntheticData(sources, people, events.OrderBy(e => e.Id, StringComparer.Ordinal).ToList());
    }

    private static string Word(Random random, bool capital)
    {
        var word = s_words[random.Next(s_words.Length)];
        return capital ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    }

    /// <summary>YAML double-quoted scalar.</summary>
    public static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>C# regular string literal.</summary>
    public static string CSharp(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string DateText((int Year, int? Month, int? Day) d) =>
        d.Day is { } day ? string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-{d.Month:D2}-{day:D2}")
        : d.Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-{m:D2}")
        : d.Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The events as one YAML sequence (a data file holds a slice; the YamlDotNet variant embeds all).</summary>
    public static string EventsYaml(IEnumerable<SynthEvent> events)
    {
        var b = new StringBuilder();
        foreach (var e in events)
        {
            b.Append("- id: ").Append(e.Id).Append('\n');
            b.Append("  title: ").Append(Yaml(e.Title)).Append('\n');
            b.Append("  type: ").Append(e.Type).Append('\n');
            if (e.Date is { } date)
            {
                b.Append("  date: ").Append(DateText(date)).Append('\n');
            }

            b.Append("  participantIds: [").Append(string.Join(", ", e.ParticipantIds)).Append("]\n");
            if (e.Summary is not null)
            {
                b.Append("  summary: ").Append(Yaml(e.Summary)).Append('\n');
            }

            if (e.Casualties is { } c)
            {
                b.Append("  casualties: ").Append(c.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            b.Append("  citations:\n");
            foreach (var citation in e.Citations)
            {
                b.Append("    - sourceId: ").Append(citation.SourceId).Append('\n');
                b.Append("      quote: ").Append(Yaml(citation.Quote)).Append('\n');
            }
        }

        return b.ToString();
    }

    /// <summary>Writes the data directory the generated variant compiles: sources, people, events in files of <paramref name="perFile"/>.</summary>
    public void WriteDataDirectory(string data, int perFile)
    {
        Directory.CreateDirectory(Path.Combine(data, "sources", "articles"));
        Directory.CreateDirectory(Path.Combine(data, "people"));
        Directory.CreateDirectory(Path.Combine(data, "events"));
        foreach (var s in Sources)
        {
            File.WriteAllText(Path.Combine(data, s.ArticleFile), s.ArticleText);
            File.WriteAllText(Path.Combine(data, "sources", s.Id + ".yaml"), $"id: {s.Id}\ntitle: {Yaml(s.Title)}\ntext: {s.ArticleFile}\n");
        }

        File.WriteAllText(Path.Combine(data, "people", "people.yaml"),
            string.Concat(People.Select(p => $"- id: {p.Id}\n  name: {Yaml(p.Name)}\n")));
        for (var f = 0; f * perFile < Events.Count; f++)
        {
            File.WriteAllText(Path.Combine(data, "events", $"events-{f:D5}.yaml"), EventsYaml(Events.Skip(f * perFile).Take(perFile)));
        }
    }

    /// <summary>The events as a JSON array (camelCase, enums by name, dates as text, absent values as null).</summary>
    public string EventsJson()
    {
        using var stream = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(stream))
        {
            w.WriteStartArray();
            foreach (var e in Events)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("title", e.Title);
                w.WriteString("type", e.Type);
                if (e.Date is { } date)
                {
                    w.WriteString("date", DateText(date));
                }
                else
                {
                    w.WriteNull("date");
                }

                w.WriteStartArray("participantIds");
                foreach (var p in e.ParticipantIds)
                {
                    w.WriteStringValue(p);
                }

                w.WriteEndArray();
                w.WriteString("summary", e.Summary);
                if (e.Casualties is { } c)
                {
                    w.WriteNumber("casualties", c);
                }
                else
                {
                    w.WriteNull("casualties");
                }

                w.WriteStartArray("citations");
                foreach (var citation in e.Citations)
                {
                    w.WriteStartObject();
                    w.WriteString("sourceId", citation.SourceId);
                    w.WriteString("quote", citation.Quote);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The naive baseline: every event in one array initializer.</summary>
    public string NaiveInitializers()
    {
        // Nullable analysis off and array types explicit: with them on, csc took 23 GB over 50,000 records here.
        var b = new StringBuilder("#nullable disable\nnamespace Scale;\n\npublic static class NaiveEvents\n{\n    public static readonly Ev[] All = new Ev[]\n    {\n");
        foreach (var e in Events)
        {
            b.Append("        new Ev { Id = ").Append(CSharp(e.Id)).Append(", Title = ").Append(CSharp(e.Title)).Append(", Type = EventKind.").Append(e.Type);
            if (e.Date is { } d)
            {
                b.Append(", Date = new global::DefenceData.PartialDate(").Append(d.Year.ToString(CultureInfo.InvariantCulture))
                    .Append(d.Month is { } m ? ", " + m.ToString(CultureInfo.InvariantCulture) : "")
                    .Append(d.Day is { } day ? ", " + day.ToString(CultureInfo.InvariantCulture) : "").Append(')');
            }

            b.Append(", ParticipantIds = new string[] { ").Append(string.Join(", ", e.ParticipantIds.Select(CSharp))).Append(" }");
            if (e.Summary is not null)
            {
                b.Append(", Summary = ").Append(CSharp(e.Summary));
            }

            if (e.Casualties is { } c)
            {
                b.Append(", Casualties = ").Append(c.ToString(CultureInfo.InvariantCulture)).Append('L');
            }

            b.Append(", Citations = new Citation[] { ").Append(string.Join(", ", e.Citations.Select(x => $"new Citation {{ SourceId = {CSharp(x.SourceId)}, Quote = {CSharp(x.Quote)} }}"))).Append(" } },\n");
        }

        return b.Append("    };\n}\n").ToString();
    }
}
