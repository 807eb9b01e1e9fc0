namespace Negotiation.Model.Testing;

/// <summary>A round together with the case it belongs to, so assertions can evaluate its preconditions.</summary>
/// <param name="Case">The case.</param>
/// <param name="Round">The round.</param>
public sealed record RoundInCase(NegotiationCase Case, Round Round)
{
    /// <summary>Evaluates whether the round can start: its preconditions at its start, met when it has none.</summary>
    /// <returns>Met, not met or undetermined, with the reason tree.</returns>
    public PreconditionResult CanStart() =>
        Round.Precondition?.Evaluate(Case, Round) ?? new PreconditionResult(Truth.Yes, "the round has no preconditions");
}
