namespace Negotiation.Model;

/// <summary>One change of a round's preconditions after the round was first planned: added, replaced or dropped.</summary>
/// <remarks>When the change became known to the model is its fact's record time, so "as known on" a day shows the
/// preconditions then known. Equality is by value.</remarks>
/// <param name="Before">The preconditions before the change, or <see langword="null"/> when there were none (added).</param>
/// <param name="After">The preconditions after the change, or <see langword="null"/> when they were dropped.</param>
/// <param name="Changed">When the change was made.</param>
/// <param name="Reason">Why, if stated.</param>
public sealed record PreconditionChange(Precondition? Before, Precondition? After, Moment Changed, string? Reason = null)
{
    /// <summary>Gets whether the change added preconditions to a round that had none.</summary>
    public bool IsAddition => Before is null && After is not null;

    /// <summary>Gets whether the change dropped every precondition.</summary>
    public bool IsDrop => Before is not null && After is null;
}
