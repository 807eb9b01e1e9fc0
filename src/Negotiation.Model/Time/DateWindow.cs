using System.Globalization;
using NodaTime;

namespace Negotiation.Model;

/// <summary>
/// An approximate date: a window of calendar days, both ends inclusive, with the precision it was stated in
/// ("early January 2022", "the week of 13 December 2021", "21 December 2021").
/// </summary>
/// <remarks>
/// <para>Relative phrases ("last week", "next January", "at the very beginning of next year") are resolved once, against
/// the date they were said, by the <c>Last…</c>/<c>Next…</c> factories, and stored as absolute windows.</para>
/// <para>Invariant: <see cref="Start"/> is on or before <see cref="End"/>, both in the ISO calendar. Equality compares
/// start, end and precision. <c>default</c> is the single day 1 January 1 (ISO) and is not meaningful.</para>
/// <para>Comparisons between windows are three-valued (<see cref="Truth"/>): "is early January before January?" is
/// undetermined, never false.</para>
/// </remarks>
/// <example>
/// <code>
/// var bilateral = DateWindow.EarlyIn(new YearMonth(2022, 1));
/// var withNato = DateWindow.In(new YearMonth(2022, 1));
/// Truth first = bilateral.IsBefore(withNato); // Undetermined
/// </code>
/// </example>
public readonly record struct DateWindow
{
    private DateWindow(LocalDate start, LocalDate end, DatePrecision precision)
    {
        Start = start;
        End = end;
        Precision = precision;
    }

    /// <summary>Gets the first day the window allows.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day the window allows (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Gets the precision the date was stated in.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Gets whether the window is a single, known day.</summary>
    public bool IsExactDay => Start == End;

    /// <summary>Gets the number of days the window spans.</summary>
    public int LengthInDays => Period.DaysBetween(Start, End) + 1;

    /// <summary>Gets the window as a NodaTime <see cref="DateInterval"/> (both ends inclusive).</summary>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>A single known day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The window of that day.</returns>
    public static DateWindow On(LocalDate date) => new(Iso(date), Iso(date), DatePrecision.Day);

    /// <summary>The ISO week (Monday to Sunday) that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any day of the week.</param>
    /// <returns>The week's window.</returns>
    public static DateWindow WeekOf(LocalDate date)
    {
        // Stopping at the ends of time: the first and last weeks of NodaTime's range are shorter.
        date = Iso(date);
        var monday = TimeBounds.PlusDays(date, IsoDayOfWeek.Monday - date.DayOfWeek);
        return new(monday, TimeBounds.PlusDays(monday, 6), DatePrecision.Week);
    }

    /// <summary>A whole month ("in January 2022").</summary>
    /// <param name="month">The month.</param>
    /// <returns>The month's window.</returns>
    public static DateWindow In(YearMonth month)
    {
        var days = month.ToDateInterval();
        return new(Iso(days.Start), Iso(days.End), DatePrecision.Month);
    }

    /// <summary>Days 1 to 10 of a month ("early January", "the very beginning of January").</summary>
    /// <param name="month">The month.</param>
    /// <returns>The window.</returns>
    public static DateWindow EarlyIn(YearMonth month) => PartOf(month, 1, 10, DatePrecision.EarlyMonth);

    /// <summary>Days 11 to 20 of a month ("mid-January").</summary>
    /// <param name="month">The month.</param>
    /// <returns>The window.</returns>
    public static DateWindow MidIn(YearMonth month) => PartOf(month, 11, 20, DatePrecision.MidMonth);

    /// <summary>Day 21 to the end of a month ("late January").</summary>
    /// <param name="month">The month.</param>
    /// <returns>The window.</returns>
    public static DateWindow LateIn(YearMonth month) => PartOf(month, 21, 31, DatePrecision.LateMonth);

    /// <summary>A calendar quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is not 1 to 4.</exception>
    public static DateWindow InQuarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var first = new YearMonth(year, ((quarter - 1) * 3) + 1);
        return new(first.OnDayOfMonth(1), first.PlusMonths(2).ToDateInterval().End, DatePrecision.Quarter);
    }

    /// <summary>A whole calendar year ("next year").</summary>
    /// <param name="year">The year.</param>
    /// <returns>The window.</returns>
    public static DateWindow InYear(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year);

    /// <summary>January to April of a year ("early 2022").</summary>
    /// <param name="year">The year.</param>
    /// <returns>The window.</returns>
    public static DateWindow EarlyInYear(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 4, 30), DatePrecision.EarlyYear);

    /// <summary>May to August of a year ("mid-2022").</summary>
    /// <param name="year">The year.</param>
    /// <returns>The window.</returns>
    public static DateWindow MidYear(int year) => new(new LocalDate(year, 5, 1), new LocalDate(year, 8, 31), DatePrecision.MidYear);

    /// <summary>September to December of a year ("late 2022").</summary>
    /// <param name="year">The year.</param>
    /// <returns>The window.</returns>
    public static DateWindow LateInYear(int year) => new(new LocalDate(year, 9, 1), new LocalDate(year, 12, 31), DatePrecision.LateYear);

    /// <summary>Any range of days, both ends inclusive.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns>The window; a range of one day has <see cref="DatePrecision.Day"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static DateWindow Between(LocalDate start, LocalDate end)
    {
        start = Iso(start);
        end = Iso(end);
        return end < start
            ? throw new ArgumentException($"The window ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}); swap the dates.", nameof(end))
            : new(start, end, start == end ? DatePrecision.Day : DatePrecision.Range);
    }

    /// <summary>"Last week", said on <paramref name="saidOn"/>: the ISO week before the one containing that day.</summary>
    /// <param name="saidOn">The day the phrase was said or written.</param>
    /// <returns>The absolute window.</returns>
    public static DateWindow LastWeek(LocalDate saidOn) => WeekOf(TimeBounds.PlusDays(Iso(saidOn), -7));

    /// <summary>"Next week", said on <paramref name="saidOn"/>.</summary>
    /// <param name="saidOn">The day the phrase was said or written.</param>
    /// <returns>The absolute window.</returns>
    public static DateWindow NextWeek(LocalDate saidOn) => WeekOf(TimeBounds.PlusDays(Iso(saidOn), 7));

    /// <summary>"Next year", said on <paramref name="saidOn"/>.</summary>
    /// <param name="saidOn">The day the phrase was said or written.</param>
    /// <returns>The absolute window.</returns>
    public static DateWindow NextYear(LocalDate saidOn) => InYear(saidOn.Year + 1);

    /// <summary>"At the very beginning of next year", said on <paramref name="saidOn"/>: early January of the next year.</summary>
    /// <param name="saidOn">The day the phrase was said or written.</param>
    /// <returns>The absolute window.</returns>
    public static DateWindow VeryBeginningOfNextYear(LocalDate saidOn) => EarlyIn(new YearMonth(saidOn.Year + 1, 1));

    /// <summary>"In January" (or any month), said on <paramref name="saidOn"/>: the next such month that has not ended.</summary>
    /// <param name="month">The month of the year, 1 to 12.</param>
    /// <param name="saidOn">The day the phrase was said or written.</param>
    /// <returns>The absolute window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12.</exception>
    public static DateWindow NextMonthNamed(int month, LocalDate saidOn)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return In(new YearMonth(month >= saidOn.Month ? saidOn.Year : saidOn.Year + 1, month));
    }

    /// <summary>Gets whether <paramref name="date"/> falls in the window.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when the window allows that day.</returns>
    public bool Contains(LocalDate date) => Start <= Iso(date) && Iso(date) <= End;

    /// <summary>Gets whether the two windows share at least one day.</summary>
    /// <param name="other">The other window.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(DateWindow other) => Start <= other.End && other.Start <= End;

    /// <summary>Is what happens in this window before what happens in <paramref name="other"/>?</summary>
    /// <param name="other">The other window.</param>
    /// <returns>Yes when every day here precedes every day there; no when no day here precedes any day there;
    /// otherwise undetermined (two events on the same day are undetermined: the time of day is unknown).</returns>
    public Truth IsBefore(DateWindow other) =>
        End < other.Start ? Truth.Yes : Start > other.End ? Truth.No : Truth.Undetermined;

    /// <summary>Has what happens in this window happened by the end of <paramref name="date"/>?</summary>
    /// <param name="date">The day.</param>
    /// <returns>Yes when the window ends on or before that day, no when it starts after it, otherwise undetermined.</returns>
    public Truth IsOnOrBefore(LocalDate date)
    {
        date = Iso(date);
        return End <= date ? Truth.Yes : Start > date ? Truth.No : Truth.Undetermined;
    }

    /// <summary>Does what happens in this window happen on or after <paramref name="date"/>?</summary>
    /// <param name="date">The day.</param>
    /// <returns>Yes when the window starts on or after that day, no when it ends before it, otherwise undetermined.</returns>
    public Truth IsOnOrAfter(LocalDate date)
    {
        date = Iso(date);
        return Start >= date ? Truth.Yes : End < date ? Truth.No : Truth.Undetermined;
    }

    /// <summary>Describes the window the way a reporter would: "early January 2022", "week of 13 December 2021".</summary>
    /// <returns>The description, in English.</returns>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        return Precision switch
        {
            DatePrecision.Day => Start.ToString("d MMMM uuuu", c),
            DatePrecision.Week => "week of " + Start.ToString("d MMMM uuuu", c),
            DatePrecision.EarlyMonth => "early " + Start.ToString("MMMM uuuu", c),
            DatePrecision.MidMonth => "mid " + Start.ToString("MMMM uuuu", c),
            DatePrecision.LateMonth => "late " + Start.ToString("MMMM uuuu", c),
            DatePrecision.Month => Start.ToString("MMMM uuuu", c),
            DatePrecision.Quarter => $"Q{((Start.Month - 1) / 3) + 1} {Start.Year}",
            DatePrecision.EarlyYear => $"early {Start.Year}",
            DatePrecision.MidYear => $"mid {Start.Year}",
            DatePrecision.LateYear => $"late {Start.Year}",
            DatePrecision.Year => Start.Year.ToString(c),
            _ => Start.ToString("d MMMM uuuu", c) + " to " + End.ToString("d MMMM uuuu", c),
        };
    }

    private static DateWindow PartOf(YearMonth month, int firstDay, int lastDay, DatePrecision precision)
    {
        var days = month.ToDateInterval();
        var end = Math.Min(lastDay, days.End.Day);
        return new(Iso(month.OnDayOfMonth(firstDay)), Iso(month.OnDayOfMonth(end)), precision);
    }

    private static LocalDate Iso(LocalDate date) => IsoDates.Iso(date);
}
