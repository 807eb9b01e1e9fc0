namespace Negotiation.Model;

/// <summary>A role a party or a person holds in one round: host, observer, mediator, facilitator, coordinator, chair.</summary>
/// <remarks>Exactly one of <see cref="Party"/> and <see cref="Person"/> is set; a case refuses a role that names neither or
/// both, or names someone unknown. <see cref="For"/> names the group or side the holder coordinates, if any. Equality is by
/// value.</remarks>
/// <param name="Kind">The role.</param>
/// <param name="Party">The party holding it, when a party does.</param>
/// <param name="Person">The person holding it, when a person does.</param>
public sealed record RoundRole(RoleKind Kind, PartyId? Party = null, RepresentativeId? Person = null)
{
    /// <summary>Gets the party or group the holder acts for (the group a coordinator coordinates), if any.</summary>
    public PartyId? For { get; init; }

    /// <summary>A role held by a party.</summary>
    /// <param name="kind">The role.</param>
    /// <param name="party">The party.</param>
    /// <returns>The role.</returns>
    public static RoundRole OfParty(RoleKind kind, PartyId party) => new(kind, Guard.Id(party, party.IsValid, nameof(party)));

    /// <summary>A role held by a person.</summary>
    /// <param name="kind">The role.</param>
    /// <param name="person">The person.</param>
    /// <returns>The role.</returns>
    public static RoundRole OfPerson(RoleKind kind, RepresentativeId person) => new(kind, null, Guard.Id(person, person.IsValid, nameof(person)));
}
