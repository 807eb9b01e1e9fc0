using NodaTime;

namespace Negotiation.Model;

/// <summary>One extension of a deadline ("extended to 30 June").</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="NewDue">The new last day.</param>
/// <param name="Decided">When the extension was decided.</param>
/// <param name="By">The party that extended it, if known.</param>
public sealed record DeadlineExtension(LocalDate NewDue, Moment Decided, PartyId? By = null)
{
    /// <summary>Gets the new last day (in the ISO calendar, whatever calendar it was given in).</summary>
    public LocalDate NewDue { get; init => field = IsoDates.Iso(value); } = IsoDates.Iso(NewDue);

    /// <summary>Gets the other parties that extended it together with <see cref="By"/>, if any.</summary>
    public EquatableArray<PartyId> JointlyWith { get; init; }

    /// <summary>Gets the other days the extension grants on a condition ("to 22 May if the Commons approves the agreement
    /// by 29 March; otherwise to 12 April"); <see cref="NewDue"/> is then the day that applies when no branch's
    /// condition is met. Which branch applies is <see cref="DeadlineQueries.DueBranches"/>.</summary>
    public EquatableArray<DueBranch> Branches { get; init; }

    /// <summary>Gets how the extended period ends early once the deadline's goal is met, if it does ("or earlier, on the
    /// first day of the month after ratification": <see cref="EarlyEnd.EndOfMonthMet"/>). The day that applies is
    /// <see cref="DeadlineQueries.DueOn"/>.</summary>
    public EarlyEnd EarlyEnd { get; init; }
}
