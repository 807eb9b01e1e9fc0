using NodaTime;

namespace Negotiation.Model;

/// <summary>One dated step in an agreement's life, per party where the step is a party's own.</summary>
/// <remarks>A step may stand for several parties that are not named one by one (<see cref="Count"/>, "31 countries
/// joined at the event"), and carry the totals a depositary reported after it (<see cref="Tally"/>). Equality is by
/// value.</remarks>
/// <param name="Kind">The step.</param>
/// <param name="On">The day it was taken.</param>
/// <param name="Party">The party that took it, for per-party steps (signature, ratification, withdrawal).</param>
public sealed record AgreementStep(AgreementStepKind Kind, LocalDate On, PartyId? Party = null)
{
    /// <summary>Gets the day it was taken (in the ISO calendar, whatever calendar it was given in).</summary>
    public LocalDate On { get; init => field = IsoDates.Iso(value); } = IsoDates.Iso(On);

    /// <summary>Gets how many parties took the step together: one when it names its party, or more for parties not
    /// named one by one.</summary>
    public int Count { get; init; } = 1;

    /// <summary>Gets the totals reported after the step (parties consenting, their share), if any.</summary>
    public StepTally? Tally { get; init; }

    /// <summary>Gets the milestone a <see cref="AgreementStepKind.MutualConsent"/> step brings forward.</summary>
    public MilestoneKind? Milestone { get; init; }
}
