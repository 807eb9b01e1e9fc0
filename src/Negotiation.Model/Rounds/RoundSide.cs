namespace Negotiation.Model;

/// <summary>One side of a round: a party and, where known, its delegation.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Party">The party.</param>
/// <param name="Delegation">Its delegation, if known.</param>
public sealed record RoundSide(PartyId Party, Delegation? Delegation = null)
{
    /// <summary>Gets the party.</summary>
    public PartyId Party { get; init => field = Guard.Id(value, value.IsValid, nameof(Party)); } = Guard.Id(Party, Party.IsValid, nameof(Party));

    /// <summary>Converts a party id to a side without a known delegation.</summary>
    /// <param name="party">The party.</param>
    public static implicit operator RoundSide(PartyId party) => new(party);

    /// <summary>Converts a party id to a side; the named twin of the implicit conversion.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The side.</returns>
    public static RoundSide FromPartyId(PartyId party) => new(party);
}
