using System.Diagnostics;
using Negotiation.Model.Benchmarks.Generation;

namespace Negotiation.Model.Benchmarks.Cases;

/// <summary>
/// The `view` command: the per-party view of the benchmarks' busiest round party (<c>AsSeenBy</c>, as QueryBenchmarks
/// measures it) taken apart by taking parts out: the redaction's sets of hidden things, the redacted log, and the
/// evolution of the kept facts, with the time and allocation of evolving each kind of fact. Stopwatch figures for
/// locating the cost, not for publishing.
/// </summary>
internal static class ViewProfile
{
    public static void Run(CaseSize size, int times, TextWriter output)
    {
        var generated = CaseGenerator.Generate(size);
        var negotiation = generated.Case;
        var party = generated.Probes.RoundParty;
        for (var round = 0; round < times; round++)
        {
            var (paused, allocated) = (GC.GetTotalPauseDuration(), GC.GetAllocatedBytesForCurrentThread());
            var clock = Stopwatch.StartNew();
            var view = negotiation.AsSeenBy(party);
            output.WriteLine($"AsSeenBy({party}): {view.Version:N0} of {negotiation.Version:N0} facts kept, {clock.Elapsed.TotalMilliseconds:N0} ms, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / view.Version:N0} B per fact kept, GC paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms");

            clock.Restart();
            var redaction = new Redaction(negotiation.Data, party);
            var sets = clock.Elapsed;
            clock.Restart();
            var kept = negotiation.Log.Select(fact => fact.Redact(redaction)).OfType<Fact>().ToList();
            var redacted = clock.Elapsed;
            var original = new HashSet<Fact>(negotiation.Log, ReferenceEqualityComparer.Instance);
            var restated = kept.Count(f => !original.Contains(f));
            output.WriteLine($"  redaction sets {sets.TotalMilliseconds:N1} ms; redacting the log {redacted.TotalMilliseconds:N1} ms ({restated:N0} facts restated)");
            var firstChanged = Enumerable.Range(0, negotiation.Log.Count).FirstOrDefault(i => !ReferenceEquals(negotiation.Log[i].Redact(redaction), negotiation.Log[i]), -1);
            output.WriteLine($"  the first fact the view leaves out or restates: {firstChanged:N0} of {negotiation.Log.Count:N0}");

            clock.Restart();
            var all = CaseEngine.EvolveAll(kept);
            output.WriteLine($"  EvolveAll of the kept facts {clock.Elapsed.TotalMilliseconds:N0} ms");
            clock.Restart();
            CaseIndexer.Completed(all);
            output.WriteLine($"    of which, about: the indexes built once from the final data {clock.Elapsed.TotalMilliseconds:N0} ms");

            // A lower bound for the evolution: no index upkeep and no history at all (membership ends, which read an
            // index, left out), the log appended.
            clock.Restart();
            var bare = CaseData.Empty;
            var bareBytes = GC.GetAllocatedBytesForCurrentThread();
            foreach (var fact in kept)
            {
                if (fact is MembershipEnded)
                {
                    continue;
                }

                var evolution = new CaseEvolution(bare, fact);
                fact.Evolve(evolution);
                bare = evolution.Data with { Log = bare.Log.Add(fact) };
            }

            output.WriteLine($"  evolution alone, no indexes or history (lower bound) {clock.Elapsed.TotalMilliseconds:N0} ms, {(GC.GetAllocatedBytesForCurrentThread() - bareBytes) / kept.Count:N0} B per fact");

            // The same evolution one step at a time, by fact kind (evolve and index, no history).
            var byKind = new Dictionary<string, (long Ticks, long Bytes, int Count)>();
            var data = CaseData.Empty;
            foreach (var fact in kept)
            {
                var start = Stopwatch.GetTimestamp();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                data = CaseEngine.Step(data, fact).Data;
                var kind = fact.GetType().Name;
                var (t, b, c) = byKind.GetValueOrDefault(kind);
                byKind[kind] = (t + Stopwatch.GetTimestamp() - start, b + GC.GetAllocatedBytesForCurrentThread() - bytes, c + 1);
            }

            foreach (var (kind, (ticks, bytes, count)) in byKind.OrderByDescending(p => p.Value.Ticks))
            {
                output.WriteLine($"   {kind,-28} {count,7:N0} facts {ticks * 1000.0 / Stopwatch.Frequency,8:N1} ms {ticks * 1e6 / Stopwatch.Frequency / count,7:N2} µs/fact {bytes / count,7:N0} B/fact");
            }

            // The bulk evolution taken apart: evolution into builders with the indexes kept fact by fact (which later
            // evolutions read), then with the log, then with the time axes.
            for (var parts = 0; parts < 3; parts++)
            {
                GC.Collect();
                clock.Restart();
                var gcBefore = GC.GetTotalPauseDuration();
                var builder = new CaseDataBuilder();
                CaseEvolution? step = null;
                var position = 0;
                foreach (var fact in kept)
                {
                    step = step?.Next(fact) ?? new CaseEvolution(builder, fact);
                    fact.Evolve(step);
                    builder.Indexes = CaseIndexer.BulkStep(builder.Indexes, step, position++);
                    if (parts >= 1)
                    {
                        builder.Log = builder.Log.Add(fact);
                    }

                    if (parts >= 2)
                    {
                        builder.History = CaseHistory.Advance(builder.History, position, fact);
                    }
                }

                var frozen = builder.ToData();
                output.WriteLine($"  bulk, {(parts == 0 ? "evolve and the indexes fact by fact" : parts == 1 ? "and the log" : "and the time axes")}: {clock.Elapsed.TotalMilliseconds:N0} ms (GC paused {(GC.GetTotalPauseDuration() - gcBefore).TotalMilliseconds:N0} ms), {frozen.Statements.Count:N0} statements");
            }

            // What the bulk evolution allocates, by type (sampled).
            using (var listener = new AllocationListener())
            {
                listener.On = true;
                CaseEngine.EvolveAll(kept);
                listener.On = false;
                var sampled = listener.Bytes.Values.Sum();
                output.WriteLine($"  allocated by EvolveAll, by type (sampled, {sampled / 1e6:N0} MB seen):");
                foreach (var (type, bytes) in listener.Bytes.OrderByDescending(p => p.Value).Take(20))
                {
                    output.WriteLine($"   {bytes * 100.0 / sampled,5:N1} %  {type}");
                }
            }

            // What the evolution of the statements allocates, by type (sampled about every 100 KB by the runtime).
            using (var listener = new AllocationListener())
            {
                var statements = CaseData.Empty;
                var total = GC.GetAllocatedBytesForCurrentThread();
                var count = 0;
                foreach (var fact in kept)
                {
                    if (fact is StatementMade)
                    {
                        listener.On = true;
                        count++;
                    }

                    statements = CaseEngine.Step(statements, fact).Data;
                    listener.On = false;
                }

                var sampled = listener.Bytes.Values.Sum();
                output.WriteLine($"  allocated while evolving statements, by type (sampled, scaled to {count:N0} statements):");
                foreach (var (type, bytes) in listener.Bytes.OrderByDescending(p => p.Value).Take(25))
                {
                    output.WriteLine($"   {bytes * 100.0 / sampled,5:N1} %  {type}");
                }
            }
        }
    }
}

/// <summary>Counts the runtime's allocation samples by type while <see cref="On"/>.</summary>
internal sealed class AllocationListener : System.Diagnostics.Tracing.EventListener
{
    public bool On { get; set; }

    public Dictionary<string, long> Bytes { get; } = [];

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
    {
        if (!On || eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames!.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
    }
}
