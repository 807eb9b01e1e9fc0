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
/// axes over it and a checkpoint every 64 facts, all built by <c>Record</c> while the generator records the case, so
/// they are in the measured growth. To show they are there (and not rebuilt on demand), the report then times a cold
/// <c>AsOf</c> and <c>KnownOn</c> at the middle of the log and measures the heap again after them.</para>
/// <para>Two JSON sizes: the log (every fact, which is all a case is made of) and the state (every entity, without the
/// log). JSON is compact UTF-8 with System.Text.Json: nulls and computed properties left out, ids, moments and
/// subjects and demand sources written as short strings, enums as names, a <c>$type</c> on polymorphic values. The naive and mutable
/// baselines are measured the same way, for context.</para>
/// </remarks>
internal static class MemoryReport
{
    public static void Run(CaseSize size, TextWriter output)
    {
        // Warm up what generation touches once per process (time zones, JIT, caches), so it does not count as retained.
        CaseGenerator.Generate(CaseSize.S);
        var (negotiation, retained) = Measure(() => CaseGenerator.Generate(size).Case);
        var options = JsonOptions();
        var logJson = JsonSize(negotiation.Log, options);
        var stateJson = JsonSize(State(negotiation), options);
        output.WriteLine($"{size}: {negotiation}");
        output.WriteLine($"   library case retains {Mb(retained)} (log, state, indexes, and the checkpoints and time axes 'as of' uses)");
        output.WriteLine($"   JSON of the log   {Mb(logJson)}  -> retained / JSON = {retained / (double)logJson:N2}");
        output.WriteLine($"   JSON of the state {Mb(stateJson)}  -> retained / JSON = {retained / (double)stateJson:N2}");

        var (_, _, _, midDate, midInstant) = CaseGenerator.CommonProbes(negotiation);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var asOf = negotiation.AsOf(midDate);
        var asOfTime = clock.Elapsed;
        clock.Restart();
        var knownOn = negotiation.KnownOn(midInstant);
        var knownOnTime = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"   cold AsOf({midDate:uuuu-MM-dd}) {asOfTime.TotalMilliseconds:N2} ms ({asOf.Version:N0} facts), KnownOn {knownOnTime.TotalMilliseconds:N2} ms ({knownOn.Version:N0} facts); "
            + $"the case retains {Mb(after - before)} more afterwards (nothing cached)");
        GC.KeepAlive(asOf);
        GC.KeepAlive(knownOn);

        var facts = negotiation.Log;
        var (_, naive) = Measure(() => NaiveCase.Replay(facts));
        var (_, mutable) = Measure(() => MutableCase.Build(facts));
        output.WriteLine($"   for context, beside the shared facts: naive arrays {Mb(naive)}, mutable dictionaries and indexes {Mb(mutable)}");
        GC.KeepAlive(negotiation);
    }

    /// <summary>Builds a value and measures how much the managed heap grew, after full collections, to hold it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (T Value, long Bytes) Measure<T>(Func<T> build)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var value = build();
        var after = GC.GetTotalMemory(forceFullCollection: true);
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
