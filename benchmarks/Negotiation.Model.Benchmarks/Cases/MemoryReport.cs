using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Model.Benchmarks.Baselines;
using Negotiation.Model.Benchmarks.Generation;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Negotiation.Model.Benchmarks.Cases;

/// <summary>
/// Measures the memory a case holds against the size of the same case written as JSON (issue 6: ≤ 3× on L, including
/// what "as of" needs). Run with <c>memory [S|M|L]</c>; it is a report, not a BenchmarkDotNet benchmark, because
/// BenchmarkDotNet measures what an operation allocates, not what a value retains.
/// </summary>
/// <remarks>
/// <para>Retained memory is the growth of the managed heap, after full collections, from before the case is built to
/// after, with only the case kept alive. The case holds everything "as of" and "known on" need: its log, the two time
/// axes over it and a checkpoint every <see cref="CaseHistory.BlockSize"/> facts, all built by <c>Record</c> while the generator records the case, so
/// they are in the measured growth. To show they are there (and not rebuilt on demand), the report then times a cold
/// <c>AsOf</c> and <c>KnownOn</c> at the middle of the log and measures the heap again after them.</para>
/// <para>Last, it says where the memory goes (<see cref="Breakdown"/>): the checkpoints against the live case, and the main
/// structures of each, found by taking parts out of the case one after another and measuring the heap after each.</para>
/// <para>Two JSON sizes: the log (every fact, which is all a case is made of) and the state (every entity, without the
/// log). JSON is compact UTF-8 with System.Text.Json: nulls and computed properties left out, ids, moments and
/// subjects and demand sources written as short strings, enums as names, a <c>$type</c> on polymorphic values. The naive and mutable
/// baselines are measured the same way, for context.</para>
/// </remarks>
internal static class MemoryReport
{
    public static void Run(CaseSize size, TextWriter output)
    {
        // Warm up what generation and the breakdown touch once per process (time zones, JIT, caches), so it does not count
        // as retained.
        var warmUp = new Holder();
        Build(warmUp, CaseSize.S);
        Breakdown(warmUp, TextWriter.Null);

        // Only the holder lives in this method's frame: unoptimised (tier-0) code keeps every local alive to the end of the
        // method, so each step that reads the case runs in a method of its own and leaves nothing behind.
        var held = new Holder();
        var before = Heap();
        Build(held, size);
        var retained = Heap() - before;
        Summary(held, size, retained, output);
        Breakdown(held, output);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Build(Holder held, CaseSize size) => held.Case = CaseGenerator.Generate(size).Case;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Summary(Holder held, CaseSize size, long retained, TextWriter output)
    {
        var negotiation = held.Case!;
        var options = JsonOptions();
        var logJson = JsonSize(negotiation.Log, options);
        var stateJson = JsonSize(State(negotiation), options);
        output.WriteLine($"{size}: {negotiation}");
        output.WriteLine($"   library case retains {Mb(retained)} (log, state, indexes, and the checkpoints and time axes 'as of' uses)");
        output.WriteLine($"   JSON of the log   {Mb(logJson)}  -> retained / JSON = {retained / (double)logJson:N2}");
        output.WriteLine($"   JSON of the state {Mb(stateJson)}  -> retained / JSON = {retained / (double)stateJson:N2}");

        var (_, _, _, midDate, midInstant) = CaseGenerator.CommonProbes(negotiation);
        var before = Heap();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var asOf = negotiation.AsOf(midDate);
        var asOfTime = clock.Elapsed;
        clock.Restart();
        var knownOn = negotiation.KnownOn(midInstant);
        var knownOnTime = clock.Elapsed;
        var after = Heap();
        output.WriteLine($"   cold AsOf({midDate:uuuu-MM-dd}) {asOfTime.TotalMilliseconds:N2} ms ({asOf.Version:N0} facts), KnownOn {knownOnTime.TotalMilliseconds:N2} ms ({knownOn.Version:N0} facts); "
            + $"the case retains {Mb(after - before)} more afterwards (nothing cached)");
        GC.KeepAlive(asOf);
        GC.KeepAlive(knownOn);

        var facts = negotiation.Log;
        var (_, naive) = Measure(() => NaiveCase.Replay(facts));
        var (_, mutable) = Measure(() => MutableCase.Build(facts));
        output.WriteLine($"   for context, beside the shared facts: naive arrays {Mb(naive)}, mutable dictionaries and indexes {Mb(mutable)}");
        Bulk(negotiation, midDate, output);
    }

    /// <summary>The same facts through <c>RecordAll</c> (what a case file's load and a store do), whose checkpoints are
    /// built when the past is first asked about: what it retains beside the facts it shares with the generated case, before
    /// and after its first "as of" and once every checkpoint is built.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Bulk(NegotiationCase negotiation, LocalDate midDate, TextWriter output)
    {
        var before = Heap();
        var bulk = NegotiationCase.Create(negotiation.Id, negotiation.Title).RecordAll(negotiation.Log).Case;
        var retained = Heap() - before;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = bulk.AsOf(midDate);
        var firstTime = clock.Elapsed;
        clock.Restart();
        var second = bulk.AsOf(midDate);
        var secondTime = clock.Elapsed;
        var afterFirst = Heap() - before;
        _ = bulk.Data.History.Checkpoints;
        var built = Heap() - before;
        output.WriteLine($"   the same facts through RecordAll (checkpoints deferred), beside the shared facts: retains {Mb(retained).Trim()}; "
            + $"first AsOf({midDate:uuuu-MM-dd}) {firstTime.TotalMilliseconds:N0} ms (builds the checkpoints up to it), the next {secondTime.TotalMilliseconds:N2} ms; "
            + $"{Mb(afterFirst).Trim()} then, {Mb(built).Trim()} with every checkpoint built");
        GC.KeepAlive(first);
        GC.KeepAlive(second);
        GC.KeepAlive(bulk);
    }

    /// <summary>Says where the retained memory goes, by taking parts out of the case one after another and measuring the
    /// heap after each: a line is what its part holds that nothing measured after it shares. Consumes the case.</summary>
    /// <remarks>The checkpoints go first, part by part from every checkpoint at once (their histories first: a
    /// checkpoint's history lists the checkpoints before it, which would keep the originals alive); what is left of them
    /// then is the list itself. The live case follows, with the facts last: every entity is also held by its fact. Sizes
    /// are against the heap once nothing is left, so whatever the steps before left behind does not count.</remarks>
    private static void Breakdown(Holder held, TextWriter output)
    {
        var count = CheckpointCount(held);
        var start = Heap();
        var checkpoints = Steps(held, start, Parts(checkpoints: true), StripCheckpoints);
        ClearCheckpoints(held);
        var live = Heap();
        var parts = Steps(held, live, Parts(checkpoints: false), Strip);

        // The facts move to an array before the log goes; the array's own size is counted with the list it stands in for.
        var array = KeepFactsOnly(held);
        var factsOnly = Heap();
        held.Facts = null;
        var nothing = Heap();

        output.WriteLine($"   where the {Mb(start - nothing).Trim()} go (parts taken out one after another, the heap measured after each; a line is what only that part held):");
        output.WriteLine($"     {$"checkpoints ({count:N0}, every {CaseHistory.BlockSize} facts), beyond the live case",-64} {Mb(start - live)}");
        Print(checkpoints, output);
        output.WriteLine($"       {"the list of checkpoints",-62} {Mb(checkpoints[^1].Left - live)}");
        output.WriteLine($"     {"live case (the latest version alone)",-64} {Mb(live - nothing)}");
        Print(parts, output);
        output.WriteLine($"       {"the log's list",-62} {Mb(parts[^1].Left - factsOnly + array)}");
        output.WriteLine($"       {"the facts themselves (and the entities only they hold)",-62} {Mb(factsOnly - array - nothing)}");
    }

    private static long Heap() => GC.GetTotalMemory(forceFullCollection: true);

    private static List<(string Name, long Freed, long Left)> Steps(Holder held, long start, IEnumerable<(string Name, Func<CaseData, CaseData> Strip)> parts, Action<Holder, Func<CaseData, CaseData>> apply)
    {
        var lines = new List<(string, long, long)>();
        var last = start;
        foreach (var (name, strip) in parts)
        {
            apply(held, strip);
            var now = Heap();
            lines.Add((name, last - now, now));
            last = now;
        }

        return lines;
    }

    private static void Print(List<(string Name, long Freed, long Left)> lines, TextWriter output)
    {
        foreach (var (name, freed, _) in lines)
        {
            output.WriteLine($"       {name,-62} {Mb(freed)}");
        }
    }

    /// <summary>The parts of one version's data, in the order they are taken out (named by their fields).</summary>
    private static IEnumerable<(string Name, Func<CaseData, CaseData> Strip)> Parts(bool checkpoints)
    {
        var empty = CaseData.Empty;
        var none = CaseIndexes.Empty;
        if (checkpoints)
        {
            yield return ("History (older checkpoints' lists, time axes)", d => d with { History = CaseHistory.Empty });
            yield return ("Log (their lists; the facts are the live log's)", d => d with { Log = empty.Log });
        }

        yield return ("Indexes.Statuses", d => d with { Indexes = d.Indexes with { Statuses = none.Statuses } });
        yield return ("Indexes.DemandsByStatus", d => d with { Indexes = d.Indexes with { DemandsByStatus = none.DemandsByStatus } });
        yield return ("Indexes.DemandsByAddressee (all and open), OpenDemands", d => d with
        {
            Indexes = d.Indexes with { DemandsByAddressee = none.DemandsByAddressee, OpenDemands = none.OpenDemands },
        });
        yield return ("Indexes.DemandsBy{Author,Topic,Kind,Document}", d => d with
        {
            Indexes = d.Indexes with
            {
                DemandsByAuthor = none.DemandsByAuthor,
                DemandsByTopic = none.DemandsByTopic,
                DemandsByKind = none.DemandsByKind,
                DemandsByDocument = none.DemandsByDocument,
            },
        });
        yield return ("Indexes.RoundsByStart, RoundsByParticipant", d => d with
        {
            Indexes = d.Indexes with { RoundsByStart = none.RoundsByStart, RoundsByParticipant = none.RoundsByParticipant },
        });
        yield return ("Indexes.FactsByDate", d => d with { Indexes = d.Indexes with { FactsByDate = none.FactsByDate } });
        yield return ("Indexes: the rest (discussed by, readers, proposals, the checks' indexes...)", d => d with { Indexes = none });
        if (!checkpoints)
        {
            yield return ("History (time axes)", d => d with { History = CaseHistory.Empty });
        }

        yield return ("Positions", d => d with { Positions = empty.Positions });
        yield return ("Statements", d => d with { Statements = empty.Statements });
        yield return ("Demands, DemandLifecycles", d => d with { Demands = empty.Demands, DemandLifecycles = empty.DemandLifecycles });
        yield return ("Rounds", d => d with { Rounds = empty.Rounds });
        yield return ("Documents", d => d with { Documents = empty.Documents });
        yield return ("the other entities (parties, people, topics, proposals...)", d => empty with { Log = d.Log });
        if (checkpoints)
        {
            yield return ("anything left", _ => empty);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Strip(Holder held, Func<CaseData, CaseData> strip) => held.Case = held.Case!.With(strip(held.Case.Data));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StripCheckpoints(Holder held, Func<CaseData, CaseData> strip) =>
        Strip(held, d => d with { History = d.History with { Checkpoints = [.. d.History.Checkpoints.Select(strip)] } });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CheckpointCount(Holder held) => held.Case!.Data.History.Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ClearCheckpoints(Holder held) => Strip(held, d => d with { History = d.History with { Checkpoints = [] } });

    /// <summary>Keeps only the case's facts, in an array, and returns the array's own size.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long KeepFactsOnly(Holder held)
    {
        held.Facts = [.. held.Case!.Log];
        held.Case = null;
        return (IntPtr.Size * (long)held.Facts.Length) + (3 * IntPtr.Size);
    }

    /// <summary>Builds a value and measures how much the managed heap grew, after full collections, to hold it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (T Value, long Bytes) Measure<T>(Func<T> build)
    {
        var before = Heap();
        var value = build();
        var after = Heap();
        return (value, after - before);
    }

    private static object State(NegotiationCase c) => new
    {
        c.Id,
        c.Title,
        Parties = c.Parties.Values,
        Representatives = c.Representatives.Values,
        Topics = c.Topics.Values,
        Demands = c.Demands.Values,
        DemandLifecycles = c.DemandLifecycles.Values,
        Proposals = c.Proposals.Values,
        Documents = c.Documents.Values,
        Rounds = c.Rounds.Values,
        Commitments = c.Commitments.Values,
        Statements = c.Statements.Values,
        Deadlines = c.Deadlines.Values,
        Developments = c.Developments.Values,
        Agreements = c.Agreements.Values,
    };

    /// <summary>The SHA-256 of the log written as JSON (as <see cref="Run"/> writes it): equal fingerprints mean the same
    /// facts in the same order, so a change to the generator can show that it generates the same cases.</summary>
    internal static string Fingerprint(IReadOnlyList<Fact> log) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(log, JsonOptions())));

    private static long JsonSize<T>(T value, JsonSerializerOptions options)
    {
        using var counter = new CountingStream();
        JsonSerializer.Serialize(counter, value, options);
        return counter.Length;
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0,8:N2} MB";

    private static JsonSerializerOptions JsonOptions()
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutComputed, TagPolymorphic } },
            Converters = { new JsonStringEnumConverter(), new IdConverterFactory(), new ToStringConverter<SubjectRef>(), new ToStringConverter<DemandSource>(), new ToStringConverter<Moment>(), new ToStringConverter<DateWindow>() },
        };
        return options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    }

    /// <summary>Leaves out properties without any setter (Round.Participants, Document.LatestRevision): they repeat data.</summary>
    private static void LeaveOutComputed(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || type.Type.Assembly != typeof(Fact).Assembly)
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].AttributeProvider is PropertyInfo { SetMethod: null })
            {
                type.Properties.RemoveAt(i);
            }
        }
    }

    /// <summary>Writes the concrete kind of facts, parties and preconditions as <c>$type</c>.</summary>
    private static void TagPolymorphic(JsonTypeInfo type)
    {
        if (type.Type != typeof(Fact) && type.Type != typeof(Party) && type.Type != typeof(Precondition))
        {
            return;
        }

        type.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "$type" };
        foreach (var derived in type.Type.Assembly.GetExportedTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(type.Type)))
        {
            type.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(derived, derived.Name));
        }
    }

    /// <summary>Writes a value by its <see cref="object.ToString"/> ("week of 13 December 2021", "demand:ru-nato-no-new-members").</summary>
    private sealed class ToStringConverter<T> : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException("The memory report only writes.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value?.ToString());
    }

    /// <summary>Writes every strongly typed id (<c>PartyId</c>, <c>RoundId</c>, …) as its slug.</summary>
    private sealed class IdConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsValueType && typeToConvert.Namespace == typeof(PartyId).Namespace && typeToConvert.Name.EndsWith("Id", StringComparison.Ordinal);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(ToStringConverter<>).MakeGenericType(typeToConvert))!;
    }

    /// <summary>The case being measured, and at the end only its facts: the one reference to them, so that no caller's local
    /// keeps a version alive once a part has been taken out of it.</summary>
    private sealed class Holder
    {
        public NegotiationCase? Case { get; set; }

        public Fact[]? Facts { get; set; }
    }

    /// <summary>A stream that only counts what is written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
