namespace Negotiation.Model;

/// <summary>One stance a statement takes on one demand, document or proposal, with its own extent and condition: one
/// statement can reject one demand, be open on another and accept a third on a condition.</summary>
/// <remarks>An acceptance with a <see cref="Condition"/> is a conditional acceptance
/// (<see cref="Stance.AcceptsConditionally"/>). Equality is by value.</remarks>
/// <param name="Subject">The demand, document or proposal.</param>
/// <param name="Stance">The stance taken (not <see cref="Stance.NoStance"/>).</param>
/// <param name="Extent">Whether it covers the subject whole or in part.</param>
public sealed record StanceTaken(SubjectRef Subject, Stance Stance, Extent Extent = Extent.Whole)
{
    /// <summary>Gets the condition attached ("if the other side does the same"), if any.</summary>
    public string? Condition { get; init; }

    /// <summary>Gets the stance as a position records it: an acceptance on a condition is a conditional acceptance.</summary>
    public Stance Effective => Stance == Stance.Accepts && Condition is not null ? Stance.AcceptsConditionally : Stance;
}
