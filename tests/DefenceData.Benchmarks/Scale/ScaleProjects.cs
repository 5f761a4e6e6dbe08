namespace DefenceData.Benchmarks.Scale;

/// <summary>The throwaway console projects the scale command builds and runs: one per way of shipping the data, and the allocation floor.</summary>
internal static class ScaleProjects
{
    public const string Generated = "generated";
    public const string Naive = "naiveInitializers";
    public const string SystemTextJson = "systemTextJson";
    public const string YamlDotNet = "yamlDotNet";
    public const string Floor = "allocationFloor";

    public static readonly string[] All = [Generated, Naive, SystemTextJson, YamlDotNet, Floor];

    public static string Csproj(string root, string variant) => Path.Combine(root, variant, "Scale." + variant + ".csproj");

    public static string Dll(string root, string variant) => Path.Combine(root, variant, "bin", "Release", "net10.0", "Scale." + variant + ".dll");

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

        public sealed record Source : IRecord
        {
            public required string Id { get; init; }
            public required string Title { get; init; }
            [EvidenceFile]
            public required string Text { get; init; }
        }

        public sealed record Person : IRecord
        {
            public required string Id { get; init; }
            public required string Name { get; init; }
        }

        public sealed record Ev : IRecord
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
            // Where the cold start goes: the runtime's own counters, taken when the timer starts and after the scan.
            private static System.TimeSpan s_jit;
            private static long s_jitMethods;
            private static System.TimeSpan s_pause;
            private static int s_collections;
            private static long s_allocated;

            public static long Start()
            {
                s_jit = System.Runtime.JitInfo.GetCompilationTime();
                s_jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
                s_pause = GC.GetTotalPauseDuration();
                s_collections = GC.CollectionCount(0);
                s_allocated = GC.GetTotalAllocatedBytes(true);
                return Stopwatch.GetTimestamp();
            }

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
                var jitMs = (System.Runtime.JitInfo.GetCompilationTime() - s_jit).TotalMilliseconds;
                var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - s_jitMethods;
                var pauseMs = (GC.GetTotalPauseDuration() - s_pause).TotalMilliseconds;
                var collections = GC.CollectionCount(0) - s_collections;
                var allocated = GC.GetTotalAllocatedBytes(true) - s_allocated;
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
                    $"{{\"coldStartMs\":{coldMs:F3},\"retainedBytes\":{retained},\"lookupNs\":{lookupNs:F1},\"check\":{check},\"jitMs\":{jitMs:F3},\"jitMethods\":{jitMethods},\"gcPauseMs\":{pauseMs:F3},\"collections\":{collections},\"allocatedBytes\":{allocated}}}"));
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
                    var start = Probe.Start();
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
                    var start = Probe.Start();
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
                    var start = Probe.Start();
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
                    var start = Probe.Start();
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
        [Floor] = FloorProgram.Source,
    };

    /// <summary>Writes the projects of <paramref name="variants"/> under <paramref name="root"/>; the generated variant's data is in <c>root/data</c>.</summary>
    public static void Write(string root, SyntheticData data, ScalePaths paths, IEnumerable<string> variants)
    {
        var shared = Path.Combine(root, "shared");
        Directory.CreateDirectory(shared);
        File.WriteAllText(Path.Combine(shared, "Model.cs"), Model);
        File.WriteAllText(Path.Combine(shared, "Probe.cs"), Probe);
        foreach (var variant in variants)
        {
            var dir = Path.Combine(root, variant);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "Program.cs"), s_programs[variant]);
            File.WriteAllText(Path.Combine(dir, "Scale." + variant + ".csproj"), Project(variant, paths)); // Not "YamlDotNet": a project named like a package it references cannot restore.
            WriteData(dir, variant, data);
        }

        // Not under the projects' own folders, so no default glob picks the data up twice.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />\n");
    }

    /// <summary>A variant's own copy of the data (the generated variant reads the shared data directory).</summary>
    private static void WriteData(string dir, string variant, SyntheticData data)
    {
        switch (variant)
        {
            case Naive:
                File.WriteAllText(Path.Combine(dir, "NaiveEvents.cs"), data.NaiveInitializers());
                break;
            case SystemTextJson:
                File.WriteAllText(Path.Combine(dir, "events.json"), data.EventsJson());
                break;
            case YamlDotNet:
                File.WriteAllText(Path.Combine(dir, "events.yaml"), SyntheticData.EventsYaml(data.Events));
                break;
            case Floor:
                File.WriteAllText(Path.Combine(dir, "events.floor"), FloorData.Write(data));
                break;
        }
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
