namespace Negotiation.Model;

/// <summary>The people a side sends to a round: a head, where one is named, and members. Each is a representative of that
/// side's party or, for a side that is an organisation or group, of one of its members (member states' delegates on the
/// group's side).</summary>
/// <remarks>Equality is by value. A delegation without a named head has <see cref="Head"/> <see langword="null"/>.</remarks>
/// <param name="Head">The head of the delegation, or <see langword="null"/> when none is named.</param>
/// <param name="Members">The other members.</param>
public sealed record Delegation(RepresentativeId? Head, EquatableArray<RepresentativeId> Members = default)
{
    /// <summary>Gets every person in the delegation, head first when there is one.</summary>
    public IEnumerable<RepresentativeId> Everyone => Head is { } head ? Members.Prepend(head) : Members;

    /// <summary>A delegation without a named head.</summary>
    /// <param name="members">The members.</param>
    /// <returns>The delegation.</returns>
    public static Delegation WithoutHead(params IEnumerable<RepresentativeId> members) => new(null, [.. members]);
}
