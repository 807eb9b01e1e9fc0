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
/// is the <see cref="StatementValidator"/> against the case, as <c>Record</c> runs it; <c>ApplyTrusted</c> is the
/// change to the collections without validators (as "as of" re-records a fact); <c>Apply</c> adds the validators;
/// <c>IndexAndHistory</c> is the query-index and history upkeep after the change; <c>PersistentWrite</c> is one write to
/// the statements dictionary, for scale; <c>MutableFloor</c> is the same change in place with the same checks.</para>
/// </remarks>
[MemoryDiagnoser]
public class RecordPartsBenchmarks
{
    private NegotiationCase negotiation = null!;
    private StatementMade fact = null!;
    private Statement statement = null!;
    private CaseData applied = null!;
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
        var editor = new CaseEditor(negotiation, fact);
        fact.Apply(editor);
        applied = editor.Data with { Log = negotiation.Data.Log.Add(fact) };
        mutable = MutableCase.Build(generated.Facts);
    }

    [Benchmark(Baseline = true)]
    public ChangeResult Record() => negotiation.Record(fact);

    [Benchmark]
    public bool LogEntryValidation()
    {
        var editor = new CaseEditor(negotiation, fact);
        editor.CheckLogEntry();
        return editor.HasErrors;
    }

    [Benchmark]
    public bool StatementValidation()
    {
        var editor = new CaseEditor(negotiation, fact);
        editor.Validate(StatementValidator.Instance, statement);
        return editor.HasErrors;
    }

    [Benchmark]
    public object Apply()
    {
        var editor = new CaseEditor(negotiation, fact);
        fact.Apply(editor);
        return editor.Data;
    }

    [Benchmark]
    public object ApplyTrusted()
    {
        var editor = new CaseEditor(negotiation, fact, trusted: true);
        fact.Apply(editor);
        return editor.Data;
    }

    [Benchmark]
    public object IndexAndHistory() => CaseIndexer.Update(negotiation.Data, applied, fact);

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
