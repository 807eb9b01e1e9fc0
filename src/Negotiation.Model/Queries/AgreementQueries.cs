using System.Collections.Immutable;
using NodaTime;

namespace Negotiation.Model;

/// <summary>Questions about agreements that need the whole case: milestones whose rules read a deadline's day in force
/// (<see cref="MilestoneRule.After(DeadlineId, Period)"/>), which an agreement read alone cannot date.</summary>
/// <remarks>For rules that read only steps and developments these give the same answers as
/// <see cref="Agreement.MilestoneDate"/>, <see cref="Agreement.EntryIntoForceDate"/> and <see cref="Agreement.PartyPeriods"/>
/// given the case's developments.</remarks>
public static class AgreementQueries
{
    /// <summary>Gets the day a named milestone of an agreement falls on, as far as the facts recorded by
    /// <paramref name="asOf"/> fix it, a deadline's day read as <see cref="DeadlineQueries.DueOn"/> reads it on
    /// <paramref name="asOf"/> (extensions, conditional days and early ends included).</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="agreement">The agreement.</param>
    /// <param name="kind">The milestone.</param>
    /// <param name="asOf">The day the facts are complete up to.</param>
    /// <returns>The day, or <see langword="null"/> while it is not fixed, when the agreement has no such milestone or when
    /// the case has no such agreement.</returns>
    /// <example>
    /// <code>
    /// // "The day after the end of the Art. 50(3) period as extended", once both parties have consented.
    /// var inForce = negotiation.MilestoneDate(new AgreementId("wa"), MilestoneKind.EntryIntoForce, new LocalDate(2021, 1, 1));
    /// </code>
    /// </example>
    public static LocalDate? MilestoneDate(this NegotiationCase negotiation, AgreementId agreement, MilestoneKind kind, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return negotiation.Agreements.TryGetValue(agreement, out var a)
            ? a.MilestoneReadBy(kind, negotiation.Developments.Values, asOf, deadline => negotiation.DueOn(deadline, asOf))
            : null;
    }

    /// <summary>Gets the day an agreement enters (or entered) into force, as <see cref="MilestoneDate"/> reads it.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="agreement">The agreement.</param>
    /// <param name="asOf">The day the facts are complete up to.</param>
    /// <returns>The day, or <see langword="null"/> while it is not fixed or when the case has no such agreement.</returns>
    public static LocalDate? EntryIntoForceDate(this NegotiationCase negotiation, AgreementId agreement, LocalDate asOf) =>
        negotiation.MilestoneDate(agreement, MilestoneKind.EntryIntoForce, asOf);

    /// <summary>Gets the periods in which <paramref name="party"/> is a party to an agreement (see
    /// <see cref="Agreement.PartyPeriods"/>), from its entry into force as <see cref="MilestoneDate"/> reads it.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="agreement">The agreement.</param>
    /// <param name="party">The party.</param>
    /// <param name="asOf">The day the facts are complete up to.</param>
    /// <returns>The periods, oldest first; the last may be open; empty when the case has no such agreement.</returns>
    public static ImmutableArray<PartyPeriod> PartyPeriods(this NegotiationCase negotiation, AgreementId agreement, PartyId party, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return negotiation.Agreements.TryGetValue(agreement, out var a) ? a.PeriodsFrom(party, negotiation.EntryIntoForceDate(agreement, asOf), asOf) : [];
    }
}
