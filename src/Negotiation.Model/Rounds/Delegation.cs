namespace Negotiation.Model;

/// <summary>The people a side sends to a round: a head and members, all representatives of that side's party.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Head">The head of the delegation.</param>
/// <param name="Members">The other members.</param>
public sealed record Delegation(RepresentativeId Head, EquatableArray<RepresentativeId> Members = default)
{
    /// <summary>Gets every person in the delegation, head first.</summary>
    public IEnumerable<RepresentativeId> Everyone => Members.Prepend(Head);
}
