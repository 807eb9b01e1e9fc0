using BenchmarkDotNet.Attributes;
using Negotiation.Model.Benchmarks.Baselines;
using Negotiation.Model.Benchmarks.Generation;
using Negotiation.Model.Validation;

namespace Negotiation.Model.Benchmarks.Cases;

/// <summary>
/// Where the time of one <see cref="NegotiationCase.Record(Fact)"/> goes, for the statement of
/// <see cref="ChangeBenchmarks"/> (a rejection that updates a position): the checks FluentValidation runs, the change to
/// the persistent collections, and the index and history upkeep, each against the whole of <c>Record</c>.
/// </summary>
/// <remarks>
/// <para>Not a target of its own: it explains the factor between <c>Record</c> and the mutable floor. The parts are the
/// library's internals, called the way <c>Record</c> calls them, on the same case and fact as ChangeBenchmarks; the
/// baseline is the whole <c>Record</c>, so the Ratio column is each part's share.</para>
/// <para>Parts: <c>LogEntryValidation</c> is the <see cref="FactValidator"/> every fact runs; <c>StatementValidation</c>
/// is the <see cref="StatementValidator"/> against the case, as <c>Record</c> runs it; <c>Check</c> is the whole
/// check (both validations and the change's own rules); <c>Evolve</c> is the change to the collections (all a replay
/// runs); <c>IndexAndHistory</c> is the index and history upkeep after it, from the description of the change; <c>PersistentWrite</c> is one write to
/// the statements dictionary, for scale; <c>MutableFloor</c> is the same change in place with the same checks.</para>
/// </remarks>
[MemoryDiagnoser]
public class RecordPartsBenchmarks
{
    private NegotiationCase negotiation = null!;
    private StatementMade fact = null!;
    private Statement statement = null!;
    private CaseData applied = null!;
    private AppendVector<Fact> log = null!;
    private IReadOnlyList<EntityKey> written = null!;
    private MutableCase mutable = null!;

    [ParamsSource(typeof(CaseSizes), nameof(CaseSizes.All))]
    public CaseSize Size { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var generated = CaseGenerator.Get(Size);
        negotiation = generated.Case;
        fact = generated.Probes.NextStatement;
        statement = fact.Statement with { Made = fact.Occurred };
        var evolution = new CaseEvolution(negotiation.Data, fact);
        fact.Evolve(evolution);
        (applied, log) = (evolution.Data, negotiation.Data.Log.Add(fact));
        written = evolution.Written;
        mutable = MutableCase.Build(generated.Facts);
    }

    [Benchmark(Baseline = true)]
    public ChangeResult Record() => negotiation.Record(fact);

    [Benchmark]
    public bool LogEntryValidation()
    {
        var check = new FactCheck(negotiation, fact);
        check.Validate(FactValidator.Instance, fact);
        return check.HasErrors;
    }

    [Benchmark]
    public bool StatementValidation()
    {
        var check = new FactCheck(negotiation, fact);
        check.Validate(StatementValidator.Instance, statement);
        return check.HasErrors;
    }

    [Benchmark]
    public bool Check() => new FactCheck(negotiation, fact).Run().HasErrors;

    [Benchmark]
    public object Evolve()
    {
        var evolution = new CaseEvolution(negotiation.Data, fact);
        fact.Evolve(evolution);
        return evolution.Data;
    }

    [Benchmark]
    public object IndexAndHistory() =>
        CaseHistory.Checkpointed(CaseIndexer.Update(negotiation.Data, applied, log, fact, written, CaseHistory.Advance(negotiation.Data.History, log.Count, fact)).Data);

    [Benchmark]
    public object PersistentWrite() => negotiation.Data.Statements.SetItem(statement.Id, statement);

    [Benchmark]
    public bool MutableFloor()
    {
        var recorded = mutable.Record(fact);
        if (recorded)
        {
            mutable.UndoLast();
        }

        return recorded;
    }
}
