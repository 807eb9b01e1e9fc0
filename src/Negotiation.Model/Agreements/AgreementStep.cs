using NodaTime;

namespace Negotiation.Model;

/// <summary>One dated step in an agreement's life, per party where the step is a party's own.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Kind">The step.</param>
/// <param name="On">The day it was taken.</param>
/// <param name="Party">The party that took it, for per-party steps (signature, ratification, withdrawal).</param>
public sealed record AgreementStep(AgreementStepKind Kind, LocalDate On, PartyId? Party = null)
{
    /// <summary>Gets the day it was taken (in the ISO calendar, whatever calendar it was given in).</summary>
    public LocalDate On { get; init => field = IsoDates.Iso(value); } = IsoDates.Iso(On);
}
