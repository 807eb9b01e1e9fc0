namespace Negotiation.Model;

/// <summary>One change of a round's status, kept in the round's history.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Status">The new status.</param>
/// <param name="At">When the change happened.</param>
/// <param name="Reason">Why, where a reason was given.</param>
public sealed record RoundStatusChange(RoundStatus Status, Moment At, string? Reason = null);
