using NodaTime;

namespace Negotiation.Model;

/// <summary>One period in which a party belonged to an organisation.</summary>
/// <remarks>
/// <para><see cref="Joined"/> is the first day of membership; <see cref="Left"/>, when set, is the first day the party was
/// no longer a member. Equality is by value. <c>default</c> has a default member id and is invalid.</para>
/// </remarks>
/// <param name="Member">The member party (a state or another organisation).</param>
/// <param name="Joined">The first day of membership.</param>
/// <param name="Left">The first day after membership ended, or <see langword="null"/> while it lasts.</param>
public readonly record struct Membership(PartyId Member, LocalDate Joined, LocalDate? Left = null)
{
    /// <summary>Gets the first day of membership (in the ISO calendar, whatever calendar it was given in).</summary>
    public LocalDate Joined { get; init => field = IsoDates.Iso(value); } = IsoDates.Iso(Joined);

    /// <summary>Gets the first day after membership ended, or <see langword="null"/> while it lasts (in the ISO calendar).</summary>
    public LocalDate? Left { get; init => field = IsoDates.Iso(value); } = IsoDates.Iso(Left);

    /// <summary>Gets whether the party was a member on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when the day falls in the period.</returns>
    public bool IsActiveOn(LocalDate date)
    {
        date = IsoDates.Iso(date);
        return Joined <= date && (Left is not { } left || date < left);
    }

    /// <summary>Gets whether this period and <paramref name="other"/> share a day (whatever their members).</summary>
    internal bool Overlaps(Membership other) =>
        (Left is not { } left || other.Joined < left) && (other.Left is not { } otherLeft || Joined < otherLeft);
}
