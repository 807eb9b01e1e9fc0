using System.Collections.Immutable;
using NodaTime;

namespace Negotiation.Model;

/// <summary>An international organisation (alliance, union, forum) whose membership changes over time.</summary>
/// <remarks>
/// <para>Membership is a list of dated periods, so "members of NATO on 2021-12-22" is a question
/// (<see cref="MembersOn(LocalDate)"/>). A case checks when the organisation is registered, or a membership change is
/// recorded, that members exist, that one member's periods do not overlap and that the organisation is not its own member.</para>
/// <para>Equality is by value, memberships compared in order.</para>
/// </remarks>
public sealed record Organisation : Party
{
    /// <summary>Creates an organisation.</summary>
    /// <param name="id">The party id.</param>
    /// <param name="name">The organisation's name.</param>
    /// <param name="organisationKind">What sort of organisation it is.</param>
    /// <param name="memberships">Its membership periods.</param>
    /// <exception cref="ArgumentException">An argument is malformed.</exception>
    public Organisation(PartyId id, string name, OrganisationKind organisationKind, EquatableArray<Membership> memberships = default)
        : base(id, name)
    {
        OrganisationKind = organisationKind;
        Memberships = memberships;
    }

    /// <summary>Gets what sort of organisation it is.</summary>
    public OrganisationKind OrganisationKind { get; init; }

    // The periods are kept in a persistent list, so a member joining or leaving shares the rest of the list with the
    // organisation as it was (O(log n) per change, not a copy of every period: issue 13, one more member of 100,000).
    // The array the public property shows is made from it on first read and kept; a change makes a new organisation
    // through Periods, which forgets it.
    private readonly ImmutableList<Membership> periods = [];
    private EquatableArray<Membership>[]? shown;

    /// <summary>Gets every membership period, current and past.</summary>
    public EquatableArray<Membership> Memberships
    {
        get
        {
            var cached = shown;
            if (cached is null)
            {
                cached = [[.. periods]];
                shown = cached; // a race makes the same array twice; either is right
            }

            return cached[0];
        }

        init
        {
            periods = [.. value];
            shown = [value];
        }
    }

    /// <summary>Gets the membership periods as the persistent list the engine changes.</summary>
    internal ImmutableList<Membership> Periods
    {
        get => periods;
        init
        {
            periods = value;
            shown = null;
        }
    }

    /// <inheritdoc />
    public override PartyKind Kind => PartyKind.Organisation;

    /// <summary>Gets the members on <paramref name="date"/>, ordered by id.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The members.</returns>
    public IReadOnlyList<PartyId> MembersOn(LocalDate date) =>
        [.. periods.Where(m => m.IsActiveOn(date)).Select(m => m.Member).Distinct().Order()];

    /// <summary>Gets whether <paramref name="party"/> was a member on <paramref name="date"/>.</summary>
    /// <param name="party">The party.</param>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when it was a member.</returns>
    public bool HasMember(PartyId party, LocalDate date)
    {
        foreach (var m in periods)
        {
            if (m.Member == party && m.IsActiveOn(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Compares the id, name, kind and membership periods in order.</summary>
    /// <param name="other">The other organisation.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(Organisation? other) =>
        ReferenceEquals(this, other)
        || (base.Equals(other)
            && OrganisationKind == other.OrganisationKind
            && periods.Count == other.periods.Count
            && (ReferenceEquals(periods, other.periods) || periods.SequenceEqual(other.periods)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), OrganisationKind, periods.Count);
}
