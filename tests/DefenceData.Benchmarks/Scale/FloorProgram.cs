namespace DefenceData.Benchmarks.Scale;

/// <summary>
/// The allocation floor's program: it loads <see cref="FloorData"/>'s text before its timer starts,
/// then times allocating the records from it and the same scan as every variant.
/// </summary>
internal static class FloorProgram
{
    public const string Source = """
        using System.Diagnostics;
        using System.Runtime.CompilerServices;
        using System.Text;
        using DefenceData;

        namespace Scale;

        public static class Program
        {
            public static void Main()
            {
                // Before the timer: the text read and split into offsets and numbers, kept to the end.
                // Almost nothing is dropped, so no garbage leaves freed (already touched) memory for the timed
                // part to allocate into; the few arrays under 85,000 bytes total about 230 KB.
                var input = FloorInput.Load();
                var start = Probe.Start();
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
        """;
}
