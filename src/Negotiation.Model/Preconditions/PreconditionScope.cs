namespace Negotiation.Model;

/// <summary>What a precondition is evaluated against: the case whose facts decide, the round it guards, and the moment
/// the round starts. Shared by every answer of one evaluation, which words its reason from it when read.</summary>
/// <remarks>Most evaluations are at the round's own start, which the scope then reads from the round instead of keeping
/// a copy (a moment is several times the size of a reference, and readiness makes one scope per round).</remarks>
internal class PreconditionScope
{
    private PreconditionScope(NegotiationCase negotiation, Round round)
    {
        Negotiation = negotiation;
        Round = round;
    }

    /// <summary>Gets the case whose facts decide.</summary>
    public NegotiationCase Negotiation { get; }

    /// <summary>Gets the round the precondition guards.</summary>
    public Round Round { get; }

    /// <summary>Gets the moment the round starts: its actual start once held, otherwise its planned time, unless the
    /// evaluation asked for another.</summary>
    public virtual Moment At => Round.Start;

    /// <summary>Makes the scope of an evaluation of <paramref name="round"/> at its start.</summary>
    public static PreconditionScope AtStart(NegotiationCase negotiation, Round round) => new(negotiation, round);

    /// <summary>Makes the scope of an evaluation of <paramref name="round"/> starting at <paramref name="at"/>.</summary>
    public static PreconditionScope For(NegotiationCase negotiation, Round round, Moment at) =>
        at == round.Start ? new PreconditionScope(negotiation, round) : new AtMoment(negotiation, round, at);

    private sealed class AtMoment(NegotiationCase negotiation, Round round, Moment at) : PreconditionScope(negotiation, round)
    {
        public override Moment At { get; } = at;
    }
}
