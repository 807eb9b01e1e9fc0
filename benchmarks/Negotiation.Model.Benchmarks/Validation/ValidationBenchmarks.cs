using BenchmarkDotNet.Attributes;
using FluentValidation.Results;
using Negotiation.Model.Benchmarks.Baselines;
using Negotiation.Model.Benchmarks.Generation;

namespace Negotiation.Model.Benchmarks.Validation;

/// <summary>
/// Full validation of a whole case against incremental validation of one change (a statement that rejects a demand).
/// </summary>
/// <remarks>
/// <para>Target on L (issue 6): incremental ≥ 1,000× faster than full. The ratio column is against naive full
/// validation (FluentValidation of every entity, <see cref="NaiveValidator"/>); the library's own factor is
/// full / incremental.</para>
/// <para>Main has no full validation yet (<c>NegotiationCase.Validate()</c> comes with branch <c>validation</c>). Until
/// it lands, <see cref="LibraryFullByReplay"/> stands in for it: re-recording every fact from an empty case re-runs every
/// incremental check once, which is what full validation of a case built by <c>Record</c> amounts to today. The
/// incremental figures are <c>Record</c> itself, whose checks are the incremental validation.</para>
/// </remarks>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private NegotiationCase negotiation = null!;
    private NegotiationCase empty = null!;
    private IReadOnlyList<Fact> log = null!;
    private StatementMade statement = null!;
    private NaiveCase naive = null!;
    private MutableCase mutable = null!;

    [ParamsSource(typeof(CaseSizes), nameof(CaseSizes.All))]
    public CaseSize Size { get; set; }

    [GlobalSetup(Targets = [nameof(NaiveFull)])]
    public void SetUpNaive() => naive = NaiveCase.Replay(CaseGenerator.Get(Size).Facts);

    [GlobalSetup(Targets = [nameof(MutableIncremental)])]
    public void SetUpMutable()
    {
        mutable = MutableCase.Build(CaseGenerator.Get(Size).Facts);
        statement = CaseGenerator.Get(Size).Probes.NextStatement;
    }

    [GlobalSetup(Targets = [nameof(LibraryFullByReplay), nameof(LibraryIncremental)])]
    public void SetUpLibrary()
    {
        var generated = CaseGenerator.Get(Size);
        (negotiation, empty, log, statement) = (generated.Case, generated.Empty, [.. generated.Facts], generated.Probes.NextStatement);
    }

    [Benchmark(Baseline = true)]
    public ValidationResult NaiveFull() => naive.Validate();

    [Benchmark]
    public ChangeResult LibraryFullByReplay() => empty.RecordAll(log);

    [Benchmark]
    public bool MutableIncremental()
    {
        var recorded = mutable.Record(statement);
        if (recorded)
        {
            mutable.UndoLast();
        }

        return recorded;
    }

    [Benchmark]
    public ChangeResult LibraryIncremental() => negotiation.Record(statement);
}
