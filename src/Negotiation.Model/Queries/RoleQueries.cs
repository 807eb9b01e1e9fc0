using System.Collections.Immutable;
using NodaTime;

namespace Negotiation.Model;

/// <summary>Queries about the roles parties and people hold in the negotiation as a whole (<see cref="RoleTaken"/>,
/// <see cref="RoleLeft"/>): who held a role on a day, a role's history, the roles one party held.</summary>
public static class RoleQueries
{
    /// <summary>Gets every role tenure of the case, in the order the roles were taken.</summary>
    /// <param name="negotiation">The case.</param>
    /// <returns>The tenures, current and ended.</returns>
    public static ImmutableArray<RoleTenure> Roles(this NegotiationCase negotiation)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return [.. negotiation.Data.Roles];
    }

    /// <summary>Gets the history of one role: every tenure of <paramref name="kind"/> held for <paramref name="group"/>
    /// (or for no group when <paramref name="group"/> is <see langword="null"/>), in the order they were taken.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="kind">The role.</param>
    /// <param name="group">The group the role is held for (the group a coordinator coordinates), or <see langword="null"/>
    /// for a role in the negotiation as a whole (its mediator, its host).</param>
    /// <returns>The tenures, oldest first; empty when nobody held the role.</returns>
    /// <example>
    /// <code>
    /// foreach (var tenure in negotiation.RoleHistory(RoleKind.Coordinator, g77))
    /// {
    ///     Console.WriteLine(tenure); // coordinator for g77: south-africa from 2015-01-01 to 2016-01-01
    /// }
    /// </code>
    /// </example>
    public static ImmutableArray<RoleTenure> RoleHistory(this NegotiationCase negotiation, RoleKind kind, PartyId? group = null)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return [.. negotiation.Data.Roles.Where(t => t.Role.Kind == kind && t.Role.For == group)];
    }

    /// <summary>Gets who held a role on a day: the tenures of <paramref name="kind"/> for <paramref name="group"/> that
    /// certainly or possibly covered <paramref name="date"/> (<see cref="RoleTenure.HeldOn(LocalDate)"/> says which).</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="kind">The role.</param>
    /// <param name="group">The group the role is held for, or <see langword="null"/> for a role in the negotiation as a
    /// whole.</param>
    /// <param name="date">The day.</param>
    /// <returns>The tenures, in the order they were taken; empty when nobody held the role that day.</returns>
    /// <example>
    /// <code>
    /// var coordinator = negotiation.RoleHolders(RoleKind.Coordinator, g77, new LocalDate(2015, 12, 12)).Single().Role.Party;
    /// </code>
    /// </example>
    public static ImmutableArray<RoleTenure> RoleHolders(this NegotiationCase negotiation, RoleKind kind, PartyId? group, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return [.. negotiation.RoleHistory(kind, group).Where(t => t.HeldOn(date).IsPossible)];
    }

    /// <summary>Gets every role tenure <paramref name="party"/> held, or a person speaking for it held, in the order they
    /// were taken.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="party">The party.</param>
    /// <returns>The tenures; empty when it held none.</returns>
    public static ImmutableArray<RoleTenure> RolesOf(this NegotiationCase negotiation, PartyId party)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return [.. negotiation.Data.Roles.Where(t => t.Role.Party == party
            || (t.Role.Person is { } person && negotiation.Representatives.TryGetValue(person, out var r) && r.Party == party))];
    }
}
