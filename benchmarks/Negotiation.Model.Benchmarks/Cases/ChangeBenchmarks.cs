using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Negotiation.Model.Benchmarks.Baselines;
using Negotiation.Model.Benchmarks.Generation;

namespace Negotiation.Model.Benchmarks.Cases;

/// <summary>
/// One change, including its validation, on a case of each size: table a demand, hold a round (its preconditions
/// evaluated), record a statement that rejects a demand (a position updated).
/// </summary>
/// <remarks>
/// <para>Target on L (issue 6): the library ≥ 500× faster than naive and ≤ 5× the mutable floor. The ratio column is
/// against naive; the factor over the floor is Library / Mutable in the same category.</para>
/// <para>The library and naive records are immutable, so every invocation applies the same fact to the same case. The
/// mutable floor applies the fact in place and undoes it (a few dictionary and list removals, included in its time).</para>
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ChangeBenchmarks
{
    private const string TableDemand = "TableDemand";
    private const string HoldRound = "HoldRound";
    private const string RecordStatement = "RecordStatement";

    private NegotiationCase negotiation = null!;
    private Probes probes = null!;
    private NaiveCase naive = null!;
    private MutableCase mutable = null!;

    [ParamsSource(typeof(CaseSizes), nameof(CaseSizes.All))]
    public CaseSize Size { get; set; }

    [GlobalSetup(Targets = [nameof(LibraryTableDemand), nameof(LibraryHoldRound), nameof(LibraryRecordStatement)])]
    public void SetUpLibrary() => (negotiation, probes) = (CaseGenerator.Get(Size).Case, CaseGenerator.Get(Size).Probes);

    [GlobalSetup(Targets = [nameof(NaiveTableDemand), nameof(NaiveHoldRound), nameof(NaiveRecordStatement)])]
    public void SetUpNaive() => (naive, probes) = (NaiveCase.Replay(CaseGenerator.Get(Size).Facts), CaseGenerator.Get(Size).Probes);

    [GlobalSetup(Targets = [nameof(MutableTableDemand), nameof(MutableHoldRound), nameof(MutableRecordStatement)])]
    public void SetUpMutable() => (mutable, probes) = (MutableCase.Build(CaseGenerator.Get(Size).Facts), CaseGenerator.Get(Size).Probes);

    [Benchmark(Baseline = true), BenchmarkCategory(TableDemand)]
    public NaiveChange NaiveTableDemand() => naive.TableDemand(probes.NextDemand);

    [Benchmark, BenchmarkCategory(TableDemand)]
    public bool MutableTableDemand() => RecordAndUndo(probes.NextDemand);

    [Benchmark, BenchmarkCategory(TableDemand)]
    public ChangeResult LibraryTableDemand() => negotiation.Record(probes.NextDemand);

    [Benchmark(Baseline = true), BenchmarkCategory(HoldRound)]
    public NaiveChange NaiveHoldRound() => naive.HoldRound(probes.NextHeld);

    [Benchmark, BenchmarkCategory(HoldRound)]
    public bool MutableHoldRound() => RecordAndUndo(probes.NextHeld);

    [Benchmark, BenchmarkCategory(HoldRound)]
    public ChangeResult LibraryHoldRound() => negotiation.Record(probes.NextHeld);

    [Benchmark(Baseline = true), BenchmarkCategory(RecordStatement)]
    public NaiveChange NaiveRecordStatement() => naive.RecordStatement(probes.NextStatement);

    [Benchmark, BenchmarkCategory(RecordStatement)]
    public bool MutableRecordStatement() => RecordAndUndo(probes.NextStatement);

    [Benchmark, BenchmarkCategory(RecordStatement)]
    public ChangeResult LibraryRecordStatement() => negotiation.Record(probes.NextStatement);

    private bool RecordAndUndo(Fact fact)
    {
        var recorded = mutable.Record(fact);
        if (recorded)
        {
            mutable.UndoLast();
        }

        return recorded;
    }
}
