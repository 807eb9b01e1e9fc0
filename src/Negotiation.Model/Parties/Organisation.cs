using NodaTime;

namespace Negotiation.Model;

/// <summary>An international organisation (alliance, union, forum) whose membership changes over time.</summary>
/// <remarks>
/// <para>Membership is a list of dated periods, so "members of NATO on 2021-12-22" is a question
/// (<see cref="MembersOn(LocalDate)"/>). A case checks when the organisation is registered, or a membership change is
/// recorded, that members exist, that one member's periods do not overlap and that the organisation is not its own member.</para>
/// <para>An organisation may be a body, organ or unit of another party (<see cref="PartOf"/>): the European Council and the
/// Commission of the European Union, a department of a state's government, a chamber of a parliament, a subsidiary body
/// of a conference. What a body says or does is recorded as the body's own (its statements, its documents, its votes);
/// <see cref="PartyQueries.PartsOf"/> and <see cref="PartyQueries.EnclosingParties"/> read the structure.</para>
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

    /// <summary>Gets the party this organisation is a body, organ or unit of (the European Union for the European Council,
    /// a state for its government, a parliament for one of its chambers), or <see langword="null"/> when it is not part
    /// of another party.</summary>
    /// <remarks>A case checks that it names a state or organisation registered before this one, never this one itself
    /// (<see cref="ErrorCodes.PartOfItself"/>) nor a named group (<see cref="ErrorCodes.PartOfGroup"/>);
    /// since the whole is registered first, the parts of a case form a forest: no party is, through others, part of itself.</remarks>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public PartyId? PartOf { get; init => field = value is { } id ? Guard.Id(id, id.IsValid, nameof(PartOf)) : null; }

    // A persistent list: a member joining or leaving shares the rest of the periods (see SharedList).
    private readonly SharedList<Membership> periods = SharedList<Membership>.Empty;

    /// <summary>Gets every membership period, current and past.</summary>
    public EquatableArray<Membership> Memberships { get => periods.Array; init => periods = SharedList<Membership>.From(value); }

    /// <summary>Gets the membership periods as the persistent list the engine changes.</summary>
    internal SharedList<Membership> Periods { get => periods; init => periods = value; }

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
}
