using System.Collections.Immutable;
using FluentValidation.Results;

namespace Negotiation.Model;

/// <summary>
/// How a fact changes a case: <b>check</b> (read-only: <see cref="FactCheck"/>), then <b>evolve</b> (pure, cannot fail:
/// <see cref="CaseEvolution"/>), then <b>index</b> (<see cref="CaseIndexer"/>, from the description of the change), then
/// <b>history</b> (<see cref="CaseHistory"/>).
/// </summary>
/// <remarks>
/// <para><see cref="Record"/> runs all four. Replays of facts that passed their check before from the same data ("as of",
/// "as known on", restoring a version) run <see cref="Step"/> only; facts whose premise a replay does not cover (a fact
/// recorded late, which now lands on other data) go through <see cref="Record"/> again.</para>
/// </remarks>
internal static class CaseEngine
{
    /// <summary>Checks a fact against a case and, when no failure is an error, evolves, indexes and extends the history.</summary>
    public static ChangeResult Record(NegotiationCase negotiation, Fact fact)
    {
        var check = new FactCheck(negotiation, fact).Run();
        if (check.HasErrors)
        {
            return ChangeResult.Failure(negotiation, [.. check.Failures]);
        }

        return ChangeResult.Success(negotiation, negotiation.With(Evolved(check, negotiation.Data, fact)), [.. check.Failures]);
    }

    /// <summary>Records facts in order, all or nothing.</summary>
    /// <remarks>Each fact is checked, evolved and indexed as <see cref="Record"/> does, but the checkpoints of the blocks
    /// the facts close are left to be built when the case's past is first asked about (<see cref="CaseHistory.Deferred(CaseData)"/>):
    /// keeping every sixteenth version alive while building was about a quarter of the time of recording the benchmarks'
    /// L and more than half of what the case holds (benchmarks/README.md).</remarks>
    public static ChangeResult RecordAll(NegotiationCase negotiation, IEnumerable<Fact> facts)
    {
        var current = negotiation.With(CaseHistory.Deferred(negotiation.Data));
        var warnings = ImmutableArray.CreateBuilder<ValidationFailure>();
        var position = 0;
        foreach (var fact in facts)
        {
            ArgumentNullException.ThrowIfNull(fact, nameof(facts));
            var check = new FactCheck(current, fact).Run();
            if (check.HasErrors)
            {
                return ChangeResult.Failure(negotiation, [.. check.Failures], position);
            }

            position++;
            warnings.AddRange(check.Failures);
            current = current.With(Evolved(check, current.Data, fact));
        }

        return position == 0
            ? ChangeResult.Success(negotiation, negotiation, warnings.ToImmutable())
            : ChangeResult.Success(negotiation, current.With(CaseHistory.Settled(current.Data)), warnings.ToImmutable());
    }

    /// <summary>Evolves and indexes a fact that needs no check (it passed one from the same data).</summary>
    public static CaseStep Step(CaseData before, Fact fact) => Advance(before, fact, history: false, checkpoint: false);

    /// <summary>Evolves, indexes and extends the history with a fact that needs no check.</summary>
    public static CaseData Replay(CaseData before, Fact fact) => Advance(before, fact, history: true, checkpoint: true).Data;

    /// <summary>Evolves facts that need no check from the empty case, in order, extending the time axes but taking no
    /// checkpoint, and brings the indexes up to date once at the end.</summary>
    /// <remarks>
    /// <para>For data made in bulk whose present is what is asked about (the per-party view). The checkpoints are built
    /// only if a question about the past needs them (<see cref="CaseHistory.Deferred(CaseData, CaseHistory, AppendVector{Fact})"/>): keeping a version every
    /// <see cref="CaseHistory.BlockSize"/> facts made the view of the benchmarks' L cost 1,942 ms instead of 1,154 ms.</para>
    /// <para>The evolution writes to the collections' builders (<see cref="CaseDataBuilder"/>), frozen once at the end,
    /// instead of a persistent version per fact. Per fact, only the indexes that depend on the log's order or that later
    /// evolutions read are updated (<see cref="CaseIndexer.BulkStep"/>); the rest, most of the upkeep, are built once from
    /// the final data (<see cref="CaseIndexer.Completed"/>), with the same result (<c>IndexProperties</c>). The figures are
    /// in benchmarks/README.md.</para>
    /// </remarks>
    public static CaseData EvolveAll(IEnumerable<Fact> facts)
    {
        var evolved = new CaseDataBuilder();
        CaseEvolution? evolution = null;
        foreach (var fact in facts)
        {
            evolution = evolution?.Next(fact) ?? new CaseEvolution(evolved, fact);
            fact.Evolve(evolution);
            evolved.Log = evolved.Log.Add(fact);
            evolved.Indexes = CaseIndexer.BulkStep(evolved.Indexes, evolution, evolved.Log.Count - 1);
            evolved.History = CaseHistory.Advance(evolved.History, evolved.Log.Count, fact);
        }

        // Nothing here ran the fact validator: the data says so, and so do the checkpoints built from it later.
        var data = evolved.ToData() with { LogChecked = false };
        return data with
        {
            Indexes = CaseIndexer.Completed(data),
            History = CaseHistory.Deferred(CaseData.Empty with { LogChecked = false }, data.History, data.Log),
        };
    }

    // The log, the indexes and (when asked) the history are set in one copy of the data.
    private static CaseStep Advance(CaseData before, Fact fact, bool history, bool checkpoint)
    {
        var evolution = new CaseEvolution(before, fact);
        fact.Evolve(evolution);
        var log = before.Log.Add(fact);
        var step = CaseIndexer.Update(before, evolution.Data, log, fact, evolution.Written, history ? CaseHistory.Advance(before.History, log.Count, fact) : null);
        return checkpoint ? step with { Data = CaseHistory.Checkpointed(step.Data) } : step;
    }

    // A fact that passed its check: its evolution, if a rule already made it, with the history; else made now.
    private static CaseData Evolved(FactCheck check, CaseData before, Fact fact) =>
        check.Evolved is { } evolved ? CaseHistory.Update(evolved.Data, fact) : Replay(before, fact);
}
