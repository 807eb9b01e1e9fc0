using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Negotiation.Model.Benchmarks.Baselines;
using Negotiation.Model.Benchmarks.Generation;

namespace Negotiation.Model.Benchmarks.Queries;

/// <summary>
/// The questions an analyst asks of a case: open demands for one addressee; rounds of one party in a month; whether every
/// round still to be held can start, with reasons; the case as of a day in the middle of the log (valid time) and as
/// known at the middle of the log (record time); and as of the day near the middle that is farthest from a checkpoint,
/// the slowest "as of" there; the case as one party may see it; and the statements on the most discussed demand (the
/// first such question on a version builds its look-ups, measured apart).
/// </summary>
/// <remarks>
/// <para>Targets on L (issue 6): open demands and rounds of a party ≥ 1,000× faster than a LINQ scan; every round's
/// readiness ≤ 1 ms; as-of ≥ 1,000× faster than replay; the view of one party (<c>AsSeenBy</c>) ≤ 100 ms (issue 10). The
/// ratio column is against naive (a LINQ scan, or a replay).</para>
/// <para>The <c>Library…</c> benchmarks call the query API: <c>OpenDemands().AddressedTo(a)</c>, <c>RoundsIn(month, "Etc/UTC",
/// party)</c>, <c>Readiness()</c>, <c>AsOf(date)</c> and <c>KnownOn(instant)</c>, on the case the generator recorded (its
/// indexes and as-of checkpoints were built while recording, not in the benchmark). The baselines answer the same
/// questions with the same definitions (<see cref="BaselineQueries"/>); the <c>check</c> command verifies the answers
/// agree. Readiness covers every round, as the API's does (held rounds evaluated too, cancelled ones answered "no").</para>
/// <para>The addressee is the one with a typical number of demands (closest to the mean); the party and month are the
/// busiest; the middle of the log is its middle fact (<see cref="Probes"/>).</para>
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private const string OpenDemands = "OpenDemands";
    private const string RoundsOfParty = "RoundsOfPartyInMonth";
    private const string Readiness = "Readiness";
    private const string AsOf = "AsOf";
    private const string KnownOn = "KnownOn";
    private const string AsOfFarthest = "AsOfFarthestFromCheckpoint";
    private const string AsSeenBy = "AsSeenBy";
    private const string StatementsOn = "StatementsOn";

    private NegotiationCase negotiation = null!;
    private IReadOnlyList<Fact> log = null!;
    private Probes probes = null!;
    private NodaTime.LocalDate farthest;
    private NaiveCase naive = null!;
    private MutableCase mutable = null!;
    private DemandId discussed;

    [ParamsSource(typeof(CaseSizes), nameof(CaseSizes.All))]
    public CaseSize Size { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var generated = CaseGenerator.Get(Size);
        (negotiation, log, probes) = (generated.Case, generated.Facts, generated.Probes);
        farthest = FarthestFromCheckpoint(negotiation, probes.MidDate);
        naive = NaiveCase.Replay(log);
        mutable = MutableCase.Build(log);

        // The demand most statements name or take a stance on; asked once so that its version's look-ups are built.
        discussed = new DemandId(negotiation.Statements.Values
            .SelectMany(s => s.About.Items.Concat(s.Stances.Items.Select(t => t.Subject)))
            .Where(subject => subject.Kind == SubjectKind.Demand)
            .GroupBy(subject => subject.Id, StringComparer.Ordinal)
            .MaxBy(g => g.Count())?.Key ?? negotiation.Demands.Keys.First().Value);
        _ = negotiation.StatementsOn(discussed);
    }

    [Benchmark(Baseline = true), BenchmarkCategory(StatementsOn)]
    public Statement[] NaiveStatementsOn()
    {
        // The definition, as a scan of every statement (what StatementsOn did before its look-ups).
        var demand = negotiation.Demands[discussed];
        var subject = SubjectRef.Demand(discussed);
        var named = demand.Formalises.Items.Concat(demand.Source?.Statement is { } source ? [source] : []).ToHashSet();
        return [.. negotiation.Statements.Values
            .Where(s => named.Contains(s.Id) || s.About.Contains(subject) || s.Stances.Items.Any(t => t.Subject == subject))
            .OrderBy(s => s.Made.EarliestDate).ThenBy(s => s.Id)];
    }

    [Benchmark, BenchmarkCategory(StatementsOn)]
    public ImmutableArray<Statement> LibraryStatementsOn() => negotiation.StatementsOn(discussed);

    /// <summary>The first question of that kind on a version: builds its look-ups (one pass over statements and demands).</summary>
    [Benchmark, BenchmarkCategory(StatementsOn)]
    public object LibraryStatementsOnFirstAsk() => SubjectLookups.Of(negotiation.Data with { }).StatementsOn(SubjectRef.Demand(discussed));

    [Benchmark(Baseline = true), BenchmarkCategory(OpenDemands)]
    public IReadOnlyList<DemandId> NaiveOpenDemands() => naive.OpenDemands(probes.Addressee);

    [Benchmark, BenchmarkCategory(OpenDemands)]
    public IReadOnlyList<DemandId> MutableOpenDemands() => mutable.OpenDemands(probes.Addressee);

    [Benchmark, BenchmarkCategory(OpenDemands)]
    public IReadOnlyList<DemandId> LibraryOpenDemands() => negotiation.OpenDemands().AddressedTo(probes.Addressee).Ids;

    [Benchmark(Baseline = true), BenchmarkCategory(RoundsOfParty)]
    public IReadOnlyList<RoundId> NaiveRoundsOfParty() => naive.RoundsOf(probes.RoundParty, probes.Month);

    [Benchmark, BenchmarkCategory(RoundsOfParty)]
    public IReadOnlyList<RoundId> MutableRoundsOfParty() => mutable.RoundsOf(probes.RoundParty, probes.Month);

    [Benchmark, BenchmarkCategory(RoundsOfParty)]
    public ImmutableArray<RoundInWindow> LibraryRoundsOfParty() => negotiation.RoundsIn(probes.Month.ToDateInterval(), "Etc/UTC", probes.RoundParty);

    [Benchmark(Baseline = true), BenchmarkCategory(Readiness)]
    public IReadOnlyList<Baselines.RoundReadiness> NaiveReadiness() => naive.Readiness();

    [Benchmark, BenchmarkCategory(Readiness)]
    public IReadOnlyList<Baselines.RoundReadiness> MutableReadiness() => mutable.Readiness();

    [Benchmark, BenchmarkCategory(Readiness)]
    public ImmutableArray<RoundReadiness> LibraryReadiness() => negotiation.Readiness();

    [Benchmark(Baseline = true), BenchmarkCategory(AsOf)]
    public NaiveCase NaiveReplayAsOf() => NaiveCase.AsOf(log, probes.MidDate);

    [Benchmark, BenchmarkCategory(AsOf)]
    public NegotiationCase LibraryAsOf() => negotiation.AsOf(probes.MidDate);

    [Benchmark(Baseline = true), BenchmarkCategory(AsOfFarthest)]
    public NaiveCase NaiveReplayAsOfFarthest() => NaiveCase.AsOf(log, farthest);

    [Benchmark, BenchmarkCategory(AsOfFarthest)]
    public NegotiationCase LibraryAsOfFarthest() => negotiation.AsOf(farthest);

    /// <summary>A replay of the whole log: the scale of <see cref="LibraryAsSeenBy"/>, whose target is absolute (≤ 100 ms
    /// on L, issue 10).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(AsSeenBy)]
    public NaiveCase NaiveReplayAll() => NaiveCase.Replay(log);

    /// <summary>The case as the busiest round party may see it (<c>AsSeenBy</c>): every fact it may read, its documents,
    /// the rounds whose preconditions it can state.</summary>
    [Benchmark, BenchmarkCategory(AsSeenBy)]
    public NegotiationCase LibraryAsSeenBy() => negotiation.AsSeenBy(probes.RoundParty);

    [Benchmark(Baseline = true), BenchmarkCategory(KnownOn)]
    public NaiveCase NaiveReplayKnownOn() => NaiveCase.Replay(log, f => f.Recorded <= probes.MidInstant);

    [Benchmark, BenchmarkCategory(KnownOn)]
    public NegotiationCase LibraryKnownOn() => negotiation.KnownOn(probes.MidInstant);

    /// <summary>Finds the day within a month of <paramref name="middle"/> whose "as of" replays the most facts after a
    /// checkpoint: the slowest case of <c>AsOf</c> near the middle, whatever the checkpoint spacing.</summary>
    private static NodaTime.LocalDate FarthestFromCheckpoint(NegotiationCase negotiation, NodaTime.LocalDate middle)
    {
        var axis = negotiation.Data.History.Occurred;
        var count = negotiation.Version;
        return Enumerable.Range(-30, 61)
            .Select(middle.PlusDays)
            .MaxBy(day => axis.PrefixLength(day, count) % CaseHistory.BlockSize);
    }
}
