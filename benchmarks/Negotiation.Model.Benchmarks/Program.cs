using BenchmarkDotNet.Running;
using Negotiation.Model;
using Negotiation.Model.Benchmarks.Cases;
using Negotiation.Model.Benchmarks.Generation;

// `record S|M|L [n]` re-records a case's facts n times, `parts S|M|L [n]` takes RecordAll apart, `validate S|M|L [n]` validates the whole case and `load S|M|L [n]` loads its file n times (for a profiler); `generate [S|M|L]` prints what the generator builds and how long it takes; `check [S|M|L]` also checks that the
// baselines agree with the library; `memory [S|M|L]` compares the memory a case holds with its size as JSON; anything
// else goes to BenchmarkDotNet.
if (args is ["memory", .. var memorySizes])
{
    foreach (var size in memorySizes.Length == 0 ? Enum.GetValues<CaseSize>() : memorySizes.Select(Enum.Parse<CaseSize>))
    {
        MemoryReport.Run(size, Console.Out);
    }

    return 0;
}

if (args is ["record", var recordSize, .. var times])
{
    // For a profiler: records every fact of a case from an empty case, as BuildBenchmarks does, n times (default 3), and
    // prints the time and allocation per fact kind and the GC pauses: where one-at-a-time building spends its time.
    var generated = CaseGenerator.Generate(Enum.Parse<CaseSize>(recordSize));
    var facts = generated.Facts;
    for (var i = 0; i < (times.Length == 0 ? 3 : int.Parse(times[0], System.Globalization.CultureInfo.InvariantCulture)); i++)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = GC.CollectionCount(0);
        var (gen1, gen2, paused) = (GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var negotiation = generated.Empty;
        var byKind = new Dictionary<string, (long Ticks, long Bytes, int Count)>();
        foreach (var fact in facts)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            negotiation = negotiation.Record(fact).Case;
            var kind = fact.GetType().Name;
            var (t, b, c) = byKind.GetValueOrDefault(kind);
            byKind[kind] = (t + System.Diagnostics.Stopwatch.GetTimestamp() - start, b + GC.GetAllocatedBytesForCurrentThread() - bytes, c + 1);
        }

        foreach (var (kind, (ticks, bytes, count)) in byKind.OrderByDescending(p => p.Value.Ticks))
        {
            Console.WriteLine($"   {kind,-28} {count,7:N0} facts {ticks * 1000.0 / System.Diagnostics.Stopwatch.Frequency,9:N1} ms {ticks * 1e6 / System.Diagnostics.Stopwatch.Frequency / count,8:N1} µs/fact {bytes / count,8:N0} B/fact");
        }

        // Bytes allocated per fact do not depend on what else the machine runs, unlike the time.
        var perFact = (GC.GetAllocatedBytesForCurrentThread() - allocated) / facts.Count;
        Console.WriteLine($"recorded {negotiation.Version:N0} facts in {clock.Elapsed.TotalSeconds:N2} s: {facts.Count / clock.Elapsed.TotalSeconds:N0} facts/s, {perFact:N0} bytes allocated per fact, {GC.CollectionCount(0) - collections} gen-0 collections, {GC.CollectionCount(1) - gen1} gen-1, {GC.CollectionCount(2) - gen2} gen-2, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms");
        var party = negotiation.Parties.Keys.First();
        var (viewPaused, viewBytes) = (GC.GetTotalPauseDuration(), GC.GetAllocatedBytesForCurrentThread());
        clock.Restart();
        var view = Negotiation.Model.ViewQueries.AsSeenBy(negotiation, party);
        Console.WriteLine($"AsSeenBy({party}): {view.Version:N0} facts in {clock.Elapsed.TotalMilliseconds:N0} ms, {(GC.GetAllocatedBytesForCurrentThread() - viewBytes) / negotiation.Version:N0} bytes per fact, paused {(GC.GetTotalPauseDuration() - viewPaused).TotalMilliseconds:N0} ms");
    }

    return 0;
}

if (args is ["parts", var partsSize, .. var partsTimes])
{
    // For a profiler: where RecordAll's time goes, by taking parts out. RecordAll itself; a replay of the same facts
    // without checks (evolve, index, time axes, a checkpoint every 16 facts); the same without checkpoints; evolve and
    // index only; the bulk evolution of the per-party view (no checks, indexes built once, no checkpoints); then, per
    // fact kind, the check, the step (evolve and index) and the history as RecordAll runs them.
    var generated = CaseGenerator.Generate(Enum.Parse<CaseSize>(partsSize));
    var facts = generated.Case.Log.ToList();
    for (var i = 0; i < (partsTimes.Length == 0 ? 3 : int.Parse(partsTimes[0], System.Globalization.CultureInfo.InvariantCulture)); i++)
    {
        Measure("RecordAll", () => generated.Empty.RecordAll(facts).Case.Version);
        Measure("Replay (no checks)", () => facts.Aggregate(CaseData.Empty, CaseEngine.Replay).Log.Count);
        Measure("Step+Update no checkpoint", () => facts.Aggregate(CaseData.Empty, (d, f) => { var s = CaseEngine.Step(d, f).Data; return s with { History = CaseHistory.Advance(s.History, s.Log.Count, f) }; }).Log.Count);
        Measure("Step only", () => facts.Aggregate(CaseData.Empty, (d, f) => CaseEngine.Step(d, f).Data).Log.Count);
        Measure("EvolveAll", () => CaseEngine.EvolveAll(facts).Log.Count);
    }

    {
        // Per fact kind: the check, the step (evolve and index) and the history, as RecordAll runs them.
        var current = generated.Empty;
        var byKind = new Dictionary<string, (long Check, long Step, long History, int Count)>();
        foreach (var fact in facts)
        {
            var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            var check = new FactCheck(current, fact).Run();
            var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
            var step = check.Evolved ?? CaseEngine.Step(current.Data, fact);
            var t2 = System.Diagnostics.Stopwatch.GetTimestamp();
            current = current.With(CaseHistory.Update(step.Data, fact));
            var t3 = System.Diagnostics.Stopwatch.GetTimestamp();
            var kind = fact.GetType().Name;
            var (c, st, h, n) = byKind.GetValueOrDefault(kind);
            byKind[kind] = (c + t1 - t0, st + t2 - t1, h + t3 - t2, n + 1);
        }

        double Ms(long ticks) => ticks * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
        foreach (var (kind, (c, st, h, n)) in byKind.OrderByDescending(p => p.Value.Check + p.Value.Step + p.Value.History).Take(8))
        {
            Console.WriteLine($"   {kind,-24} {n,7:N0}: check {Ms(c),6:N0} ms ({Ms(c) * 1000 / n,6:N1} µs), step {Ms(st),6:N0} ms ({Ms(st) * 1000 / n,6:N1} µs), history {Ms(h),5:N0} ms");
        }
    }

    static void Measure(string name, Func<int> run)
    {
        GC.Collect();
        var (paused, bytes) = (GC.GetTotalPauseDuration(), GC.GetAllocatedBytesForCurrentThread());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var n = run();
        Console.WriteLine($"   {name,-28} {n,8:N0} facts in {clock.Elapsed.TotalMilliseconds,7:N0} ms, {(GC.GetAllocatedBytesForCurrentThread() - bytes) / Math.Max(1, n),7:N0} B/fact, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds,5:N0} ms");
    }

    return 0;
}

if (args is ["view", var viewSize, .. var viewTimes])
{
    // For a profiler: the per-party view of a case's busiest party taken apart: the redaction's sets, the redacted log,
    // and the evolution of the kept facts per fact kind.
    ViewProfile.Run(Enum.Parse<CaseSize>(viewSize), viewTimes.Length == 0 ? 3 : int.Parse(viewTimes[0], System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return 0;
}

if (args is ["transient", var transientSize, .. var transientTimes])
{
    // Sizing the bulk path: the storage part of evolving every fact, persistent against transient (TransientExperiment).
    TransientExperiment.Run(Enum.Parse<CaseSize>(transientSize), transientTimes.Length == 0 ? 3 : int.Parse(transientTimes[0], System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return 0;
}

if (args is ["load", var loadSize, .. var loadTimes])
{
    // For a profiler: loads a case's canonical file n times (default 3), and records the same facts with RecordAll, so
    // the difference is what reading the file costs.
    var generated = CaseGenerator.Generate(Enum.Parse<CaseSize>(loadSize));
    var bytes = Negotiation.Model.Json.CaseFile.SaveToUtf8Bytes(generated.Case);
    var facts = generated.Case.Log.ToList();
    for (var i = 0; i < (loadTimes.Length == 0 ? 3 : int.Parse(loadTimes[0], System.Globalization.CultureInfo.InvariantCulture)); i++)
    {
        var (paused, allocated) = (GC.GetTotalPauseDuration(), GC.GetAllocatedBytesForCurrentThread());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var loaded = Negotiation.Model.Json.CaseFile.Load(bytes);
        var load = clock.Elapsed;
        var (loadPaused, loadAllocated) = (GC.GetTotalPauseDuration() - paused, GC.GetAllocatedBytesForCurrentThread() - allocated);
        clock.Restart();
        var recorded = generated.Empty.RecordAll(facts);
        Console.WriteLine($"Load: {loaded.Case?.Version:N0} facts ({bytes.Length / 1e6:N1} MB) in {load.TotalMilliseconds:N0} ms, {loadAllocated / 1e6:N0} MB allocated, paused {loadPaused.TotalMilliseconds:N0} ms; RecordAll of the same facts {clock.Elapsed.TotalMilliseconds:N0} ms ({recorded.Case.Version:N0} facts)");
    }

    return 0;
}

if (args is ["save", var saveSize, .. var saveTimes])
{
    // For a profiler: saves a case as its canonical file n times (default 3), with time, allocation and GC pauses.
    var generated = CaseGenerator.Generate(Enum.Parse<CaseSize>(saveSize));
    for (var i = 0; i < (saveTimes.Length == 0 ? 3 : int.Parse(saveTimes[0], System.Globalization.CultureInfo.InvariantCulture)); i++)
    {
        var (paused, allocated) = (GC.GetTotalPauseDuration(), GC.GetAllocatedBytesForCurrentThread());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var bytes = Negotiation.Model.Json.CaseFile.SaveToUtf8Bytes(generated.Case);
        Console.WriteLine($"Save: {generated.Case.Version:N0} facts ({bytes.Length / 1e6:N1} MB) in {clock.Elapsed.TotalMilliseconds:N0} ms, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6:N0} MB allocated, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms");
    }

    return 0;
}

if (args is ["validate", var validateSize, .. var validateTimes])
{
    // For a profiler: the whole-case Validate() of a case, n times (default 3), with its time, allocation and GC pauses.
    var generated = CaseGenerator.Generate(Enum.Parse<CaseSize>(validateSize));
    for (var i = 0; i < (validateTimes.Length == 0 ? 3 : int.Parse(validateTimes[0], System.Globalization.CultureInfo.InvariantCulture)); i++)
    {
        var (paused, bytes) = (GC.GetTotalPauseDuration(), GC.GetAllocatedBytesForCurrentThread());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = generated.Case.Validate();
        Console.WriteLine($"Validate(): {result.Errors.Count:N0} failures in {clock.Elapsed.TotalMilliseconds:N0} ms, {(GC.GetAllocatedBytesForCurrentThread() - bytes) / 1e6:N1} MB allocated, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms");
    }

    // Where it goes: each concept's validator over its entities on its own (with the case as context), and the log.
    var c = generated.Case;
    Part("log (FactValidator)", c.Log, Negotiation.Model.Validation.FactValidator.Instance);
    Part("statements", c.Statements.Values, Negotiation.Model.Validation.StatementValidator.Instance);
    Part("demands", c.Demands.Values, Negotiation.Model.Validation.DemandValidator.Instance);
    Part("documents", c.Documents.Values, Negotiation.Model.Validation.DocumentValidator.Instance);
    Part("rounds", c.Rounds.Values, Negotiation.Model.Validation.RoundValidator.Instance);
    Part("proposals", c.Proposals.Values, Negotiation.Model.Validation.ProposalValidator.Instance);
    Part("parties", c.Parties.Values, Negotiation.Model.Validation.PartyValidator.Instance);

    void Part<T>(string name, IEnumerable<T> entities, FluentValidation.IValidator<T> validator)
    {
        var items = entities.ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var failures = items.Sum(item => Negotiation.Model.Validation.CaseValidation.Validate(validator, item, c).Errors.Count);
        Console.WriteLine($"   {name,-22} {items.Count,8:N0} in {clock.Elapsed.TotalMilliseconds,6:N0} ms ({clock.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, items.Count),6:N2} µs each), {failures:N0} failures");
    }

    return 0;
}

if (args is [("generate" or "check") and var command, .. var sizes])
{
    foreach (var size in sizes.Length == 0 ? Enum.GetValues<CaseSize>() : sizes.Select(Enum.Parse<CaseSize>))
    {
        var generated = CaseGenerator.Generate(size);
        Console.WriteLine(generated);
        Console.WriteLine($"   probes: {generated.Probes}");
        var log = generated.Case.Log;
        Console.WriteLine("   facts: " + string.Join(", ", log.GroupBy(f => f.GetType().Name).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count():N0}")));
        Console.WriteLine($"   log fingerprint (SHA-256 of its JSON): {MemoryReport.Fingerprint(log)}");
        Console.WriteLine("   rounds: " + string.Join(", ", generated.Case.Rounds.Values.GroupBy(r => r.Status).Select(g => $"{g.Key} {g.Count():N0}")));
        var perDay = log.GroupBy(f => f.Recorded.InUtc().Date).Select(g => g.Count()).ToList();
        var backdated = log.Zip(log.Skip(1)).Count(p => p.Second.Occurred.LatestDate < p.First.Occurred.EarliestDate);
        Console.WriteLine($"   days: {perDay.Count:N0}, facts per day: first {perDay[0]:N0}, max {perDay.Max():N0}, last {perDay[^1]:N0}; occurred before the previous fact: {backdated:N0}");
        if (command == "check")
        {
            BaselineCheck.Run(generated, Console.Out);
        }
    }

    return 0;
}

// A benchmark that throws or fails validation makes the run fail, so CI's dry run catches benchmarks that rot.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
