using NodaTime;

namespace Negotiation.Model;

/// <summary>One holder's time in a role of the negotiation as a whole: a mediator, a host, an observer, the coordinator of
/// a group (the chair of the G77 for a year, the EU presidency for six months), from the day they took it to the day they
/// left it.</summary>
/// <remarks>
/// <para>Recorded by <see cref="RoleTaken"/> and ended by <see cref="RoleLeft"/>; a holder who takes the same role again
/// later has a second tenure. The day a holder leaves belongs to the successor: a tenure covers its first day up to, not
/// including, the day it ended. Roles in one round only are <see cref="Round.Roles"/>.</para>
/// <para>Equality is by value.</para>
/// </remarks>
/// <param name="Role">The role and its holder (and the group it is held for, if any).</param>
/// <param name="Began">When the holder took the role.</param>
public sealed record RoleTenure(RoundRole Role, Moment Began)
{
    /// <summary>Gets the role and its holder.</summary>
    public RoundRole Role { get; init => field = Guard.NotNull(value, nameof(Role)); } = Guard.NotNull(Role, nameof(Role));

    /// <summary>Gets when the holder left the role, or <see langword="null"/> while they hold it.</summary>
    public Moment? Ended { get; init; }

    /// <summary>Gets whether the holder still holds the role.</summary>
    public bool IsCurrent => Ended is null;

    /// <summary>Did the holder hold the role on <paramref name="date"/>?</summary>
    /// <param name="date">The day.</param>
    /// <returns>Yes when the tenure certainly began by that day and certainly had not ended; undetermined when an
    /// approximately dated start or end may fall either side of it.</returns>
    public Truth HeldOn(LocalDate date) =>
        Began.IsOnOrBefore(date) & (Ended is { } ended ? !ended.IsOnOrBefore(date) : Truth.Yes);

    /// <summary>Gets the role, its holder and its period in one culture-invariant line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{RoleText.Of(Role)} from {Began}{(Ended is { } ended ? $" to {ended}" : string.Empty)}";
}

/// <summary>The words for a role and its holder.</summary>
internal static class RoleText
{
    public static string Of(RoundRole role) =>
        $"{role.Kind.ToString().ToLowerInvariant()}{(role.For is { } group ? $" for {group}" : string.Empty)}: {(object?)role.Party ?? role.Person}";
}
