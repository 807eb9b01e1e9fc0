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
/// <para><see cref="LibraryFull"/> is <see cref="NegotiationCase.Validate()"/>: every entity and the precondition graph,
/// and the logged facts' own rules only where the log was not checked fact by fact (a per-party view): the generated
/// case, built through <c>Record</c>, passed them once. The library has no separate entry point for incremental validation: <see cref="LibraryIncremental"/>
/// is <c>Record</c>, which validates what the change touches and applies it (so it also pays for the change itself,
/// indexes and history included).</para>
/// </remarks>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private NegotiationCase negotiation = null!;
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

    [GlobalSetup(Targets = [nameof(LibraryFull), nameof(LibraryIncremental)])]
    public void SetUpLibrary()
    {
        var generated = CaseGenerator.Get(Size);
        (negotiation, statement) = (generated.Case, generated.Probes.NextStatement);
    }

    [Benchmark(Baseline = true)]
    public ValidationResult NaiveFull() => naive.Validate();

    [Benchmark]
    public ValidationResult LibraryFull() => negotiation.Validate();

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
