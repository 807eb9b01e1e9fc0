using System.Collections.Immutable;
using System.Diagnostics;
using Negotiation.Model.Benchmarks.Generation;

namespace Negotiation.Model.Benchmarks.Cases;

/// <summary>
/// The `transient` command: what writing a case's entities and log costs in the three ways an engine could do it, with
/// the writes of a real case (every entity each fact of the generated case writes, in log order, and one log entry per
/// fact). It measures the storage part of evolving a fact, not the checks or the indexes, to size the bulk path that
/// issue 10 asks for before building it.
/// </summary>
/// <remarks>
/// <para>Persistent: one <c>SetItem</c> per write on immutable sorted dictionaries and one <c>Add</c> on the log's
/// immutable list, as the engine does today. With checkpoints: the same, keeping the maps and the log every
/// <see cref="CaseHistory.BlockSize"/> facts, as the history does (so the replaced nodes stay alive). Transient: the
/// immutable collections' builders, which change their own nodes in place, frozen once at the end. Mutable: hash
/// dictionaries and a list, converted to the immutable collections once at the end.</para>
/// <para>Every kind is an <c>ImmutableSortedDictionary&lt;string, object&gt;</c> keyed by the entity's id with ordinal
/// comparison (the ids are slugs compared ordinally, so the comparisons cost the same); a position's key is its
/// "party → subject" name. The values are the entities of the final case: the same objects each time, which is what
/// the maps hold in any case (a reference).</para>
/// </remarks>
internal static class TransientExperiment
{
    public static void Run(CaseSize size, int times, TextWriter output)
    {
        var generated = CaseGenerator.Generate(size);
        var data = generated.Case.Data;
        var clock = Stopwatch.StartNew();
        var changes = CaseHistory.ChangesAfter(data, 0).ToList();
        var writes = changes.Select(c => c.Written.Select(key => (Map: (int)key.Kind, key.Id, Value: key.Lookup(data) ?? key.Id)).ToArray()).ToArray();
        var facts = data.Log;
        var kinds = Enum.GetValues<EntityKind>().Length;
        output.WriteLine($"{generated}: {writes.Sum(w => w.Length):N0} entity writes over {facts.Count:N0} facts (found by replaying the log in {clock.Elapsed.TotalSeconds:N1} s)");

        for (var round = 0; round < times; round++)
        {
            Measure("persistent", () =>
            {
                var maps = Enumerable.Repeat(ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal), kinds).ToArray();
                var log = ImmutableList<Fact>.Empty;
                for (var i = 0; i < writes.Length; i++)
                {
                    foreach (var (map, id, value) in writes[i])
                    {
                        maps[map] = maps[map].SetItem(id, value);
                    }

                    log = log.Add(facts[i]);
                }

                return maps.Sum(m => m.Count) + log.Count;
            });

            Measure("persistent + checkpoints", () =>
            {
                var maps = Enumerable.Repeat(ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal), kinds).ToArray();
                var log = ImmutableList<Fact>.Empty;
                var checkpoints = new List<(ImmutableSortedDictionary<string, object>[] Maps, ImmutableList<Fact> Log)>();
                for (var i = 0; i < writes.Length; i++)
                {
                    foreach (var (map, id, value) in writes[i])
                    {
                        maps[map] = maps[map].SetItem(id, value);
                    }

                    log = log.Add(facts[i]);
                    if (log.Count % CaseHistory.BlockSize == 0)
                    {
                        checkpoints.Add(([.. maps], log));
                    }
                }

                return maps.Sum(m => m.Count) + log.Count + checkpoints.Count;
            });

            Measure("transient, frozen once", () =>
            {
                var maps = Enumerable.Range(0, kinds).Select(_ => ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal)).ToArray();
                var log = ImmutableList.CreateBuilder<Fact>();
                for (var i = 0; i < writes.Length; i++)
                {
                    foreach (var (map, id, value) in writes[i])
                    {
                        maps[map][id] = value;
                    }

                    log.Add(facts[i]);
                }

                var frozen = maps.Select(m => m.ToImmutable()).ToArray();
                return frozen.Sum(m => m.Count) + log.ToImmutable().Count;
            });

            Measure("mutable, converted once", () =>
            {
                var maps = Enumerable.Range(0, kinds).Select(_ => new Dictionary<string, object>(StringComparer.Ordinal)).ToArray();
                var log = new List<Fact>();
                for (var i = 0; i < writes.Length; i++)
                {
                    foreach (var (map, id, value) in writes[i])
                    {
                        maps[map][id] = value;
                    }

                    log.Add(facts[i]);
                }

                var frozen = maps.Select(m => m.ToImmutableSortedDictionary(StringComparer.Ordinal)).ToArray();
                return frozen.Sum(m => m.Count) + log.ToImmutableList().Count;
            });
        }

        void Measure(string name, Func<int> run)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var (paused, bytes) = (GC.GetTotalPauseDuration(), GC.GetAllocatedBytesForCurrentThread());
            var clock = Stopwatch.StartNew();
            var count = run();
            var elapsed = clock.Elapsed;
            output.WriteLine($"   {name,-26} {elapsed.TotalMilliseconds,8:N1} ms ({elapsed.TotalMilliseconds * 1000 / facts.Count,5:N2} µs per fact), {(GC.GetAllocatedBytesForCurrentThread() - bytes) / facts.Count,6:N0} B per fact, GC paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds,5:N0} ms ({count:N0} entries)");
        }
    }
}
