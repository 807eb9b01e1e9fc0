namespace Negotiation.Model;

/// <summary>A named group of states without institutions of its own ("former Soviet states", "the West").</summary>
/// <remarks>A group has at least one member; a case checks that the members exist. Equality is by value.</remarks>
public sealed record PartyGroup : Party
{
    /// <summary>Creates a group.</summary>
    /// <param name="id">The party id.</param>
    /// <param name="name">The group's name.</param>
    /// <param name="members">The member parties (at least one, each once).</param>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public PartyGroup(PartyId id, string name, EquatableArray<PartyId> members)
        : base(id, name)
    {
        Members = members;
    }

    /// <summary>Gets the member parties.</summary>
    public EquatableArray<PartyId> Members { get; init; }

    /// <inheritdoc />
    public override PartyKind Kind => PartyKind.Group;
}
