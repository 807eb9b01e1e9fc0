using Negotiation.Model.Benchmarks.Baselines;
using NodaTime;

namespace Negotiation.Model.Benchmarks.Queries;

/// <summary>
/// The queries answered with the library's public API as it stands today: walking the case's collections by
/// hand. This is what the query API (branch <c>queries</c>) replaces; until it lands, these are the library's numbers.
/// </summary>
internal static class PublicApiQueries
{
    /// <summary>Demands addressed to <paramref name="addressee"/> that still stand and that it has not accepted.</summary>
    public static IReadOnlyList<DemandId> OpenDemands(NegotiationCase negotiation, PartyId addressee) =>
        [.. negotiation.Demands.Values
            .Where(d => d.Addressees.Contains(addressee) && negotiation.DemandLifecycles[d.Id].IsStanding
                && negotiation.PositionOf(addressee, SubjectRef.Demand(d.Id))?.Stance is not (Stance.Accepts or Stance.AcceptsConditionally))
            .Select(d => d.Id)];

    /// <summary>Rounds <paramref name="party"/> takes part in that may start within <paramref name="month"/>.</summary>
    public static IReadOnlyList<RoundId> RoundsOf(NegotiationCase negotiation, PartyId party, YearMonth month)
    {
        var window = DateWindow.In(month);
        return [.. negotiation.Rounds.Values.Where(r => r.HasSide(party) && r.Start.Window.Overlaps(window)).Select(r => r.Id)];
    }

    /// <summary>Whether every round still to be held can start, with the reasons.</summary>
    public static IReadOnlyList<Baselines.RoundReadiness> Readiness(NegotiationCase negotiation) =>
        [.. negotiation.Rounds.Values
            .Where(r => !r.HasBeenHeld && r.Status != RoundStatus.Cancelled)
            .Select(r => new Baselines.RoundReadiness(r.Id, r.Precondition?.Evaluate(negotiation, r) ?? NaiveCase.NoPreconditions))];
}
