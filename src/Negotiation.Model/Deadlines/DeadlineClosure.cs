namespace Negotiation.Model;

/// <summary>How and when a deadline was closed without being met.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Outcome">Overtaken or abandoned.</param>
/// <param name="On">When it was closed.</param>
/// <param name="Reason">Why, if reported.</param>
public sealed record DeadlineClosure(DeadlineOutcome Outcome, Moment On, string? Reason = null);
