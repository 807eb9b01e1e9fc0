using System.Collections.Immutable;
using NodaTime;

namespace Negotiation.Model;

/// <summary>
/// Questions about parties: who belongs to an organisation on a date, who takes part in a round, what a party demanded
/// and what was demanded of it.
/// </summary>
/// <remarks>
/// <para>The query API is a set of extension methods on <see cref="NegotiationCase"/>, in the library's one namespace
/// <c>Negotiation.Model</c>, like the model itself: one <c>using</c> gives the model and every question, and the
/// time-travel members (<see cref="NegotiationCase.AsOf(LocalDate)"/>, <see cref="NegotiationCase.KnownOn(Instant)"/>)
/// already live on the aggregate. Every query also works on the cases those return.</para>
/// <para>Answers read indexes kept inside the case, so each costs time in proportion to its answer. Unknown ids are
/// programming errors and throw an <see cref="ArgumentException"/> that names the id.</para>
/// </remarks>
public static class PartyQueries
{
    /// <summary>Gets the members of an organisation on a day.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="organisation">The organisation.</param>
    /// <param name="date">The day.</param>
    /// <returns>The members, ordered by id; empty for a party that is not an organisation.</returns>
    /// <exception cref="ArgumentException">The case has no party <paramref name="organisation"/>; the message names it.</exception>
    /// <example>
    /// <code>
    /// ImmutableArray&lt;PartyId&gt; allies = negotiation.MembersOf(new PartyId("nato"), new LocalDate(2021, 12, 22));
    /// </code>
    /// </example>
    public static ImmutableArray<PartyId> MembersOf(this NegotiationCase negotiation, PartyId organisation, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return Guard.Known(negotiation.Parties, organisation, "party", nameof(organisation)) is Organisation o ? [.. o.MembersOn(IsoDates.Iso(date))] : [];
    }

    /// <summary>Gets the organisations a party belongs to on a day.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="party">The party.</param>
    /// <param name="date">The day.</param>
    /// <returns>The organisations, ordered by id.</returns>
    /// <example>
    /// <code>
    /// var clubs = negotiation.OrganisationsOf(new PartyId("poland"), new LocalDate(2021, 12, 22)); // eu, nato
    /// </code>
    /// </example>
    public static ImmutableArray<PartyId> OrganisationsOf(this NegotiationCase negotiation, PartyId party, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        date = IsoDates.Iso(date);
        return [.. negotiation.Data.Indexes.OrganisationsOf.Get(party)
            .Where(o => negotiation.Parties[o] is Organisation organisation && organisation.HasMember(party, date))];
    }

    /// <summary>Gets the bodies, organs and units registered as directly part of a party
    /// (<see cref="Organisation.PartOf"/>): the institutions of a union, the departments of a government, the chambers of a
    /// parliament.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="whole">The party.</param>
    /// <returns>The parts, ordered by id; empty when it has none. Parts of parts are not included: ask again for each.</returns>
    /// <exception cref="ArgumentException">The case has no party <paramref name="whole"/>; the message names it.</exception>
    /// <example>
    /// <code>
    /// var institutions = negotiation.PartsOf(new PartyId("eu")); // council-eu, european-commission, european-council, ...
    /// </code>
    /// </example>
    public static ImmutableArray<PartyId> PartsOf(this NegotiationCase negotiation, PartyId whole)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        Guard.Known(negotiation.Parties, whole, "party", nameof(whole));
        return [.. negotiation.Data.Indexes.PartsOf.Get(whole)];
    }

    /// <summary>Gets the parties a party is part of (<see cref="Organisation.PartOf"/>), nearest first: for a task force of
    /// the European Commission, the Commission and then the European Union.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="part">The party.</param>
    /// <returns>The enclosing parties, nearest first; empty for a party that is not part of another.</returns>
    /// <exception cref="ArgumentException">The case has no party <paramref name="part"/>; the message names it.</exception>
    /// <example>
    /// <code>
    /// var chain = negotiation.EnclosingParties(new PartyId("tf50")); // european-commission, eu
    /// </code>
    /// </example>
    public static ImmutableArray<PartyId> EnclosingParties(this NegotiationCase negotiation, PartyId part)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var chain = ImmutableArray.CreateBuilder<PartyId>();

        // A whole is registered before its parts, so the chain ends (see Organisation.PartOf).
        for (var party = Guard.Known(negotiation.Parties, part, "party", nameof(part)); party is Organisation { PartOf: { } whole }; party = negotiation.Parties[whole])
        {
            chain.Add(whole);
        }

        return chain.ToImmutable();
    }

    /// <summary>Gets the parties that take part in a round, optionally with the members of the organisations among them.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="round">The round.</param>
    /// <param name="expandOrganisations">Whether to add the members of each organisation that is a side, as they stood on the
    /// first day the round may start.</param>
    /// <returns>The sides in order, then (when expanding) the members not already listed, ordered by id.</returns>
    /// <exception cref="ArgumentException">The case has no round <paramref name="round"/>; the message names it.</exception>
    /// <example>
    /// <code>
    /// var everyone = negotiation.ParticipantsOf(new RoundId("ru-nato-2022-01"), expandOrganisations: true);
    /// // russia, nato, then NATO's members
    /// </code>
    /// </example>
    public static ImmutableArray<PartyId> ParticipantsOf(this NegotiationCase negotiation, RoundId round, bool expandOrganisations = false)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var r = Guard.Known(negotiation.Rounds, round, "round", nameof(round));
        var sides = r.Participants.ToList();
        if (!expandOrganisations)
        {
            return [.. sides];
        }

        var date = r.Start.EarliestDate;
        var members = sides
            .SelectMany(side => negotiation.Parties.TryGetValue(side, out var p) && p is Organisation o ? o.MembersOn(date) : [])
            .Where(member => !sides.Contains(member))
            .Distinct()
            .Order();
        return [.. sides, .. members];
    }

    /// <summary>Gets what a party has demanded: the demands it authored, ready to narrow further.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="author">The party.</param>
    /// <returns>The selection.</returns>
    /// <example>
    /// <code>
    /// var stillOpen = negotiation.DemandsBy(new PartyId("russia")).Open();
    /// </code>
    /// </example>
    public static DemandSelection DemandsBy(this NegotiationCase negotiation, PartyId author) =>
        negotiation.SelectDemands().By(author);

    /// <summary>Gets what has been demanded of a party: the demands addressed to it, ready to narrow further.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="addressee">The party.</param>
    /// <returns>The selection.</returns>
    /// <example>
    /// <code>
    /// var ofNato = negotiation.DemandsAddressedTo(new PartyId("nato"));
    /// </code>
    /// </example>
    public static DemandSelection DemandsAddressedTo(this NegotiationCase negotiation, PartyId addressee) =>
        negotiation.SelectDemands().AddressedTo(addressee);
}
