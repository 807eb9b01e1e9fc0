using NodaTime;

namespace Negotiation.Model;

/// <summary>The rule that defines a deadline's day: a length of time after a dated development ("two years after the
/// notification").</summary>
/// <remarks>A deadline that carries a rule still states its <see cref="Deadline.Due"/>, and the case checks the two agree
/// (<see cref="ErrorCodes.DueNotByRule"/>): the day follows from the recorded development and the rule, so a typed-in day
/// that does not is refused rather than silently believed. Equality is by value.</remarks>
/// <param name="After">The development the length runs from.</param>
/// <param name="Length">The length: whole days, weeks, months or years, more than zero.</param>
public sealed record DueRule(DevelopmentId After, Period Length)
{
    private static readonly LocalDate Probe = new(2000, 1, 1);

    /// <summary>Gets the development the length runs from.</summary>
    public DevelopmentId After { get; init => field = Guard.Id(value, value.IsValid, nameof(After)); } = Guard.Id(After, After.IsValid, nameof(After));

    /// <summary>Gets the length after the development.</summary>
    /// <exception cref="ArgumentNullException">The length is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The length has a time part or is not more than zero.</exception>
    public Period Length { get; init => field = Checked(value); } = Checked(Length);

    /// <summary>Gets the days the rule allows when the development happened at <paramref name="occurred"/>: one day when it
    /// is dated to the day, a window when it is dated approximately.</summary>
    /// <param name="occurred">When the development happened.</param>
    /// <returns>The first and the last day the rule allows.</returns>
    public (LocalDate Earliest, LocalDate Latest) DueFor(Moment occurred) => (TimeBounds.Plus(occurred.EarliestDate, Length), TimeBounds.Plus(occurred.LatestDate, Length));

    private static Period Checked(Period length)
    {
        ArgumentNullException.ThrowIfNull(length);
        return length.HasTimeComponent || Probe.Plus(length) <= Probe
            ? throw new ArgumentOutOfRangeException(nameof(length), length, "A deadline's rule runs whole days, weeks, months or years, more than zero, such as Period.FromYears(2).")
            : length;
    }
}
