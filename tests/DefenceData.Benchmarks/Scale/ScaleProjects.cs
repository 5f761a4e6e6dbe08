namespace DefenceData.Benchmarks.Scale;

/// <summary>The four throwaway console projects the scale command builds and runs, one per way of shipping the data.</summary>
internal static class ScaleProjects
{
    public const string Generated = "generated";
    public const string Naive = "naiveInitializers";
    public const string SystemTextJson = "systemTextJson";
    public const string YamlDotNet = "yamlDotNet";
    public const string Floor = "allocationFloor";

    public static readonly string[] All = [Generated, Naive, SystemTextJson, YamlDotNet, Floor];

    /// <summary>The record types, shared by every variant (the generator reads their shape).</summary>
    private const string Model = """
        using DefenceData;
        using DefenceData.Annotations;

        namespace Scale;

        public enum EventKind { Visit, Meeting, Signing, Statement, Attack }

        public sealed record Citation
        {
            [Reference(typeof(Source))]
            public required string SourceId { get; init; }

            [VerbatimQuote(nameof(SourceId))]
            public required string Quote { get; init; }
        }

        public sealed record Source
        {
            public required string Id { get; init; }
            public required string Title { get; init; }
            [EvidenceFile]
            public required string Text { get; init; }
        }

        public sealed record Person
        {
            public required string Id { get; init; }
            public required string Name { get; init; }
        }

        public sealed record Ev
        {
            public required string Id { get; init; }
            public required string Title { get; init; }
            public required EventKind Type { get; init; }
            public PartialDate? Date { get; init; }
            [Reference(typeof(Person))]
            public IReadOnlyList<string> ParticipantIds { get; init; } = [];
            public string? Summary { get; init; }
            public long? Casualties { get; init; }
            public required IReadOnlyList<Citation> Citations { get; init; }
        }
        """;

    /// <summary>
    /// The measurement, the same in every variant: from the first line of Main (the runtime's own
    /// start, the same for all, is not counted) to the end of the first full scan, then retained
    /// memory and, where a lookup is given, nanoseconds per lookup by id.
    /// </summary>
    private const string Probe = """
        using System.Diagnostics;
        using System.Globalization;

        namespace Scale;

        public static class Probe
        {
            public static long Scan(IReadOnlyList<Ev> all)
            {
                long check = 0;
                foreach (var e in all)
                {
                    check += e.Id.Length + e.Title.Length + (int)e.Type + (e.Date?.Year ?? 0) + (e.Date?.Day ?? 0) + (e.Summary?.Length ?? 0) + (e.Casualties ?? 0);
                    foreach (var p in e.ParticipantIds)
                    {
                        check += p.Length;
                    }

                    foreach (var c in e.Citations)
                    {
                        check += c.SourceId.Length + c.Quote.Length;
                    }
                }

                return check;
            }

            public static void Report(long start, long baseline, IReadOnlyList<Ev> all, long check, Func<string, Ev>? lookup)
            {
                var coldMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                var retained = GC.GetTotalMemory(true) - baseline;
                var lookupNs = -1.0;
                if (lookup is not null)
                {
                    var random = new Random(7);
                    var ids = Enumerable.Range(0, 4096).Select(_ => all[random.Next(all.Count)].Id).ToArray();
                    var sink = 0;
                    for (var round = 0; round < 3; round++)
                    {
                        var t = Stopwatch.GetTimestamp();
                        const int lookups = 1_000_000;
                        for (var i = 0; i < lookups; i++)
                        {
                            sink += lookup(ids[i & 4095]).Id.Length;
                        }

                        lookupNs = Stopwatch.GetElapsedTime(t).TotalNanoseconds / lookups;
                    }

                    GC.KeepAlive(sink);
                }

                GC.KeepAlive(all);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{{\"coldStartMs\":{coldMs:F3},\"retainedBytes\":{retained},\"lookupNs\":{lookupNs:F1},\"check\":{check}}}"));
            }
        }
        """;

    private static readonly Dictionary<string, string> s_programs = new()
    {
        [Generated] = """
            using System.Diagnostics;
            using DefenceData.Annotations;

            namespace Scale;

            [DataCollection(typeof(Ev), "events")]
            public static partial class Events;

            [DataCollection(typeof(Person), "people")]
            public static partial class People;

            [DataCollection(typeof(Source), "sources")]
            public static partial class Sources;

            public static class Program
            {
                public static void Main(string[] args)
                {
                    var start = Stopwatch.GetTimestamp();
                    var baseline = GC.GetTotalMemory(false);
                    if (args.Length > 0)
                    {
                        // The time to one record by id in a fresh process, without a full scan.
                        var record = Events.Get(args[0]);
                        Console.WriteLine("{\"firstLookupMs\":" + Stopwatch.GetElapsedTime(start).TotalMilliseconds.ToString("F3", System.Globalization.CultureInfo.InvariantCulture) + ",\"id\":\"" + record.Id + "\"}");
                        return;
                    }

                    var all = Events.All;
                    var check = Probe.Scan(all);
                    Probe.Report(start, baseline, all, check, Events.Get);
                }
            }
            """,
        [Naive] = """
            using System.Diagnostics;

            namespace Scale;

            public static class Program
            {
                public static void Main()
                {
                    var start = Stopwatch.GetTimestamp();
                    var baseline = GC.GetTotalMemory(false);
                    var all = NaiveEvents.All;
                    var check = Probe.Scan(all);
                    Probe.Report(start, baseline, all, check, null);
                }
            }
            """,
        [SystemTextJson] = """
            using System.Diagnostics;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using DefenceData;

            namespace Scale;

            public sealed class PartialDateConverter : JsonConverter<PartialDate>
            {
                public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => PartialDate.Parse(reader.GetString()!);

                public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
            }

            [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, Converters = [typeof(PartialDateConverter)])]
            [JsonSerializable(typeof(List<Ev>))]
            public sealed partial class EventsJson : JsonSerializerContext;

            public static class Program
            {
                public static void Main()
                {
                    var start = Stopwatch.GetTimestamp();
                    var baseline = GC.GetTotalMemory(false);
                    using var stream = typeof(Program).Assembly.GetManifestResourceStream("events.json")!;
                    var all = JsonSerializer.Deserialize(stream, EventsJson.Default.ListEv)!;
                    var check = Probe.Scan(all);
                    Probe.Report(start, baseline, all, check, null);
                }
            }
            """,
        [YamlDotNet] = """
            using System.Diagnostics;
            using DefenceData;
            using YamlDotNet.Core;
            using YamlDotNet.Core.Events;
            using YamlDotNet.Serialization;
            using YamlDotNet.Serialization.NamingConventions;

            namespace Scale;

            public sealed class PartialDateConverter : IYamlTypeConverter
            {
                public bool Accepts(Type type) => type == typeof(PartialDate) || type == typeof(PartialDate?);

                public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer) => PartialDate.Parse(parser.Consume<Scalar>().Value);

                public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) => emitter.Emit(new Scalar(value?.ToString() ?? ""));
            }

            public static class Program
            {
                public static void Main()
                {
                    var start = Stopwatch.GetTimestamp();
                    var baseline = GC.GetTotalMemory(false);
                    using var stream = typeof(Program).Assembly.GetManifestResourceStream("events.yaml")!;
                    using var reader = new StreamReader(stream);
                    var deserializer = new DeserializerBuilder()
                        .WithNamingConvention(CamelCaseNamingConvention.Instance)
                        .WithTypeConverter(new PartialDateConverter())
                        .WithTypeMapping<IReadOnlyList<string>, List<string>>()
                        .WithTypeMapping<IReadOnlyList<Citation>, List<Citation>>()
                        .Build();
                    var all = deserializer.Deserialize<List<Ev>>(reader);
                    var check = Probe.Scan(all);
                    Probe.Report(start, baseline, all, check, null);
                }
            }
            """,
        [Floor] = """
            using System.Diagnostics;
            using System.Runtime.CompilerServices;
            using System.Text;
            using DefenceData;

            namespace Scale;

            public static class Program
            {
                public static void Main()
                {
                    // Before the timer: the text read and split into offsets and numbers (large arrays,
                    // so no small-object garbage warms the heap the timed part allocates into).
                    var input = FloorInput.Load();
                    var start = Stopwatch.GetTimestamp();
                    var baseline = GC.GetTotalMemory(false);
                    var all = input.Build();
                    var check = Probe.Scan(all);
                    Probe.Report(start, baseline, all, check, null);
                    GC.KeepAlive(input);
                }
            }

            /// <summary>The events as offsets into one string and numbers; <see cref="Build"/> allocates the records from them.</summary>
            public sealed class FloorInput
            {
                private string _text = "";
                private byte[] _bytes = []; // Kept, so the baseline and the end count it alike.
                private int[] _sharedStart = [], _sharedLength = [], _citationSource = [], _citationQuote = [];
                private int[] _idStart = [], _idLength = [], _titleStart = [], _titleLength = [], _type = [], _year = [], _month = [], _day = [];
                private int[] _summaryStart = [], _summaryLength = [], _participantStart = [], _participantCount = [], _citationStart = [], _citationCount = [];
                private int[] _participantRefs = [], _citationRefs = [];
                private long[] _casualties = [];
                private bool[] _hasCasualties = [];

                /// <summary>Every record allocated, distinct participant ids, source ids, quotes and citations once each.</summary>
                [MethodImpl(MethodImplOptions.AggressiveOptimization)]
                public Ev[] Build()
                {
                    var text = _text;
                    var shared = new string[_sharedStart.Length];
                    for (var i = 0; i < shared.Length; i++)
                    {
                        shared[i] = new string(text.AsSpan(_sharedStart[i], _sharedLength[i]));
                    }

                    var citations = new Citation[_citationSource.Length];
                    for (var i = 0; i < citations.Length; i++)
                    {
                        citations[i] = new Citation { SourceId = shared[_citationSource[i]], Quote = shared[_citationQuote[i]] };
                    }

                    var all = new Ev[_idStart.Length];
                    for (var i = 0; i < all.Length; i++)
                    {
                        var participants = _participantCount[i] == 0 ? [] : new string[_participantCount[i]];
                        for (var j = 0; j < participants.Length; j++)
                        {
                            participants[j] = shared[_participantRefs[_participantStart[i] + j]];
                        }

                        var cited = new Citation[_citationCount[i]];
                        for (var j = 0; j < cited.Length; j++)
                        {
                            cited[j] = citations[_citationRefs[_citationStart[i] + j]];
                        }

                        all[i] = new Ev
                        {
                            Id = new string(text.AsSpan(_idStart[i], _idLength[i])),
                            Title = new string(text.AsSpan(_titleStart[i], _titleLength[i])),
                            Type = (EventKind)_type[i],
                            Date = _year[i] == 0 ? null : new PartialDate(_year[i], _month[i] == 0 ? null : _month[i], _day[i] == 0 ? null : _day[i]),
                            ParticipantIds = participants,
                            Summary = _summaryStart[i] < 0 ? null : new string(text.AsSpan(_summaryStart[i], _summaryLength[i])),
                            Casualties = _hasCasualties[i] ? _casualties[i] : null,
                            Citations = cited,
                        };
                    }

                    return all;
                }

                /// <summary>Reads the embedded text (layout in the benchmarks' FloorData) into arrays.</summary>
                public static FloorInput Load()
                {
                    using var stream = typeof(FloorInput).Assembly.GetManifestResourceStream("events.floor")!;
                    var bytes = new byte[stream.Length];
                    stream.ReadExactly(bytes);
                    var text = Encoding.UTF8.GetString(bytes);
                    var at = 0;
                    ReadOnlySpan<char> Next(char end)
                    {
                        var rest = text.AsSpan(at);
                        var length = rest.IndexOf(end);
                        at += length + 1;
                        return rest[..length];
                    }

                    int Number(char end) => int.Parse(Next(end));

                    var events = Number('\t');
                    var sharedCount = Number('\t');
                    var citationCount = Number('\t');
                    var participantRefs = Number('\t');
                    var citationRefs = Number('\n');
                    var f = new FloorInput { _text = text, _bytes = bytes };
                    f._sharedStart = new int[sharedCount];
                    f._sharedLength = new int[sharedCount];
                    for (var i = 0; i < sharedCount; i++)
                    {
                        f._sharedStart[i] = at;
                        f._sharedLength[i] = Next('\n').Length;
                    }

                    f._citationSource = new int[citationCount];
                    f._citationQuote = new int[citationCount];
                    for (var i = 0; i < citationCount; i++)
                    {
                        f._citationSource[i] = Number('\t');
                        f._citationQuote[i] = Number('\n');
                    }

                    int[] Ints() => new int[events];
                    (f._idStart, f._idLength, f._titleStart, f._titleLength, f._type, f._year, f._month, f._day) = (Ints(), Ints(), Ints(), Ints(), Ints(), Ints(), Ints(), Ints());
                    (f._summaryStart, f._summaryLength, f._participantStart, f._participantCount, f._citationStart, f._citationCount) = (Ints(), Ints(), Ints(), Ints(), Ints(), Ints());
                    f._participantRefs = new int[participantRefs];
                    f._citationRefs = new int[citationRefs];
                    f._casualties = new long[events];
                    f._hasCasualties = new bool[events];
                    var participantAt = 0;
                    var citationAt = 0;
                    for (var i = 0; i < events; i++)
                    {
                        f._idStart[i] = at;
                        f._idLength[i] = Next('\t').Length;
                        f._titleStart[i] = at;
                        f._titleLength[i] = Next('\t').Length;
                        f._type[i] = Number('\t');
                        f._year[i] = Number('\t');
                        f._month[i] = Number('\t');
                        f._day[i] = Number('\t');
                        f._participantStart[i] = participantAt;
                        foreach (var range in Next('\t') is var participants && participants.IsEmpty ? default : participants.Split(','))
                        {
                            f._participantRefs[participantAt++] = int.Parse(participants[range]);
                        }

                        f._participantCount[i] = participantAt - f._participantStart[i];
                        var summaryAt = at;
                        var summary = Next('\t');
                        (f._summaryStart[i], f._summaryLength[i]) = summary.IsEmpty ? (-1, 0) : (summaryAt + 1, summary.Length - 1);
                        var casualties = Next('\t');
                        f._hasCasualties[i] = !casualties.IsEmpty;
                        f._casualties[i] = casualties.IsEmpty ? 0 : long.Parse(casualties);
                        f._citationStart[i] = citationAt;
                        var cited = Next('\n');
                        foreach (var range in cited.Split(','))
                        {
                            f._citationRefs[citationAt++] = int.Parse(cited[range]);
                        }

                        f._citationCount[i] = citationAt - f._citationStart[i];
                    }

                    return f;
                }
            }
            """,
    };

    /// <summary>Writes the projects under <paramref name="root"/>; the generated variant's data is in <c>root/data</c>.</summary>
    public static void Write(string root, SyntheticData data, ScalePaths paths)
    {
        var shared = Path.Combine(root, "shared");
        Directory.CreateDirectory(shared);
        File.WriteAllText(Path.Combine(shared, "Model.cs"), Model);
        File.WriteAllText(Path.Combine(shared, "Probe.cs"), Probe);
        foreach (var variant in All)
        {
            var dir = Path.Combine(root, variant);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "Program.cs"), s_programs[variant]);
            File.WriteAllText(Path.Combine(dir, "Scale." + variant + ".csproj"), Project(variant, paths)); // Not "YamlDotNet": a project named like a package it references cannot restore.
        }

        File.WriteAllText(Path.Combine(root, Naive, "NaiveEvents.cs"), data.NaiveInitializers());
        File.WriteAllText(Path.Combine(root, SystemTextJson, "events.json"), data.EventsJson());
        File.WriteAllText(Path.Combine(root, YamlDotNet, "events.yaml"), SyntheticData.EventsYaml(data.Events));
        File.WriteAllText(Path.Combine(root, Floor, "events.floor"), FloorData.Write(data));
        // Not under the projects' own folders, so no default glob picks the data up twice.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />\n");
    }

    private static string Project(string variant, ScalePaths paths)
    {
        var items = variant switch
        {
            Generated => $"""
                    <Analyzer Include="{paths.Generator}" />
                    <Analyzer Include="{paths.GeneratorYamlDotNet}" />
                    <AdditionalFiles Include="../data/**/*.yaml" />
                    <AdditionalFiles Include="../data/sources/articles/*.txt" />
                    <CompilerVisibleProperty Include="DefenceDataDirectory" />
                    <CompilerVisibleProperty Include="DefenceDataEmitMode" />
                """,
            SystemTextJson => """
                    <EmbeddedResource Include="events.json" LogicalName="events.json" />
                """,
            YamlDotNet => """
                    <EmbeddedResource Include="events.yaml" LogicalName="events.yaml" />
                    <PackageReference Include="YamlDotNet" Version="16.3.0" />
                """,
            Floor => """
                    <EmbeddedResource Include="events.floor" LogicalName="events.floor" />
                """,
            _ => "",
        };
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <LangVersion>latest</LangVersion>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
                <DefenceDataDirectory>$(MSBuildThisFileDirectory)../data</DefenceDataDirectory>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="../shared/*.cs" />
                <Reference Include="{paths.DefenceData}" />
            {items}  </ItemGroup>
            </Project>

            """;
    }
}

/// <summary>Where the built generator, its YamlDotNet and the DefenceData assembly (attributes, PartialDate) are.</summary>
internal sealed record ScalePaths(string Generator, string GeneratorYamlDotNet, string DefenceData);
