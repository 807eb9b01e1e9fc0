using NodaTime;

namespace Negotiation.Model;

/// <summary>Day and instant arithmetic that stops at the ends of NodaTime's range instead of throwing: a query over a
/// period reaching <see cref="LocalDate.MinIsoValue"/> or <see cref="LocalDate.MaxIsoValue"/>, or a fact dated there, must
/// answer like any other.</summary>
/// <remarks>Within two days of either end, day boundaries are taken in UTC, since a zone's offset could carry them out of
/// range; nothing that can be dated there is affected in practice.</remarks>
internal static class TimeBounds
{
    /// <summary>Gets <paramref name="date"/> moved by <paramref name="days"/>, stopping at the first or last ISO day.</summary>
    public static LocalDate PlusDays(LocalDate date, int days)
    {
        var room = days >= 0 ? Period.DaysBetween(date, LocalDate.MaxIsoValue) : Period.DaysBetween(date, LocalDate.MinIsoValue);
        return Math.Abs((long)days) <= Math.Abs((long)room) ? date.PlusDays(days) : days >= 0 ? LocalDate.MaxIsoValue : LocalDate.MinIsoValue;
    }

    /// <summary>Gets <paramref name="date"/> moved by <paramref name="period"/> (a delay, a notice period, a deadline's
    /// length), stopping at the first or last ISO day: a milestone a year after a deadline due in December 9999 falls on
    /// 31 December 9999 instead of throwing from every query that reads it.</summary>
    public static LocalDate Plus(LocalDate date, Period period)
    {
        try
        {
            return date.Plus(period);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            // NodaTime throws when the result leaves its range; which end follows from the period's leading sign.
            return Forward(period) ? LocalDate.MaxIsoValue : LocalDate.MinIsoValue;
        }
    }

    /// <summary>Gets the instant <paramref name="date"/> starts in <paramref name="zone"/>.</summary>
    public static Instant StartOfDay(LocalDate date, DateTimeZone zone) =>
        NearAnEnd(date) ? date.AtMidnight().InUtc().ToInstant() : date.AtStartOfDayInZone(zone).ToInstant();

    /// <summary>Gets the instant after <paramref name="date"/> ends in <paramref name="zone"/>: the next day's start, or
    /// <see cref="Instant.MaxValue"/> after the last day.</summary>
    public static Instant AfterDay(LocalDate date, DateTimeZone zone) =>
        date == LocalDate.MaxIsoValue ? Instant.MaxValue : StartOfDay(date.PlusDays(1), zone);

    /// <summary>Gets <paramref name="instant"/> moved by <paramref name="by"/>, stopping at the first or last instant.</summary>
    public static Instant Plus(Instant instant, Duration by)
    {
        if (by >= Duration.Zero)
        {
            return Instant.MaxValue - instant < by ? Instant.MaxValue : instant + by;
        }

        return instant - Instant.MinValue < -by ? Instant.MinValue : instant + by;
    }

    private static bool Forward(Period period) =>
        (period.Years, period.Months, period.Weeks, period.Days) switch
        {
            ( > 0, _, _, _) or (0, > 0, _, _) or (0, 0, > 0, _) or (0, 0, 0, >= 0) => true,
            _ => false,
        };

    private static bool NearAnEnd(LocalDate date) =>
        Period.DaysBetween(LocalDate.MinIsoValue, date) < 2 || Period.DaysBetween(date, LocalDate.MaxIsoValue) < 2;
}
