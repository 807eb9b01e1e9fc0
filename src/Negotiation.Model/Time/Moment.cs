using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Negotiation.Model;

/// <summary>
/// When something happened or is planned: an exact <see cref="NodaTime.Instant"/>, a wall-clock time in a named zone,
/// or an approximate <see cref="DateWindow"/>.
/// </summary>
/// <remarks>
/// <para>Every moment reduces to a window of calendar days (<see cref="Window"/>): an instant falls on its UTC day, a zoned
/// time on its local day. Comparisons use exact instants when both sides have one, and calendar days otherwise, so
/// they are three-valued: "is early January before January?" is <see cref="Truth.Undetermined"/>.</para>
/// <para>Zoned times keep the local time and the IANA zone id (zone rules can change before a planned meeting); the
/// instant is resolved with the tz database shipped with NodaTime, leniently across daylight-saving gaps.</para>
/// <para>Equality compares the kind and the stated values. <c>default</c> is the approximate day 1 January 1 (ISO) and is
/// not meaningful.</para>
/// </remarks>
/// <example>
/// <code>
/// Moment talks = Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich");
/// Moment said = Moment.At(Instant.FromUtc(2021, 12, 22, 12, 0));
/// Moment drafts = DateWindow.LastWeek(new LocalDate(2021, 12, 22));
/// </code>
/// </example>
public readonly record struct Moment
{
    private readonly Instant instant;
    private readonly LocalDateTime local;

    private Moment(MomentKind kind, DateWindow window, Instant instant, LocalDateTime local, string? zoneId)
    {
        Kind = kind;
        Window = window;
        this.instant = instant;
        this.local = local;
        ZoneId = zoneId;
    }

    /// <summary>Gets how the moment was stated.</summary>
    public MomentKind Kind { get; }

    /// <summary>Gets the calendar days the moment may fall on (one day for exact and zoned moments).</summary>
    public DateWindow Window { get; }

    /// <summary>Gets the IANA zone id of a zoned moment; otherwise <see langword="null"/>.</summary>
    public string? ZoneId { get; }

    /// <summary>Gets whether the moment is known to the second (exact or zoned).</summary>
    public bool IsPrecise => Kind != MomentKind.Approximate;

    /// <summary>Gets the instant of an exact or zoned moment; <see langword="null"/> for an approximate one.</summary>
    public Instant? Instant => IsPrecise ? instant : null;

    /// <summary>Gets the wall-clock time of a zoned moment; otherwise <see langword="null"/>.</summary>
    public LocalDateTime? LocalDateTime => Kind == MomentKind.Zoned ? local : null;

    /// <summary>Gets the first day the moment may fall on.</summary>
    public LocalDate EarliestDate => Window.Start;

    /// <summary>Gets the last day the moment may fall on.</summary>
    public LocalDate LatestDate => Window.End;

    /// <summary>An exact instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The moment.</returns>
    public static Moment At(Instant instant) =>
        new(MomentKind.Exact, DateWindow.On(instant.InUtc().Date), instant, default, null);

    /// <summary>A wall-clock time in a time zone, such as 09:00 in <c>Europe/Zurich</c>.</summary>
    /// <param name="local">The local date and time.</param>
    /// <param name="zoneId">An IANA time-zone id known to the tz database, such as <c>Europe/Zurich</c>.</param>
    /// <returns>The moment.</returns>
    /// <exception cref="ArgumentException"><paramref name="zoneId"/> is not a known tz database id.</exception>
    public static Moment InZone(LocalDateTime local, string zoneId)
    {
        ArgumentNullException.ThrowIfNull(zoneId);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw new ArgumentException($"'{zoneId}' is not a tz database zone id; use one such as 'Europe/Zurich' or 'America/New_York'.", nameof(zoneId));
        var iso = local.WithCalendar(CalendarSystem.Iso);
        return new(MomentKind.Zoned, DateWindow.On(iso.Date), zone.AtLeniently(iso).ToInstant(), iso, zoneId);
    }

    /// <summary>An approximate date.</summary>
    /// <param name="window">The days the moment may fall on.</param>
    /// <returns>The moment.</returns>
    public static Moment Within(DateWindow window) => new(MomentKind.Approximate, window, default, default, null);

    /// <summary>A known day, time of day unknown.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The moment.</returns>
    public static Moment On(LocalDate date) => Within(DateWindow.On(date));

    /// <summary>Converts an approximate date.</summary>
    /// <param name="window">The window.</param>
    public static implicit operator Moment(DateWindow window) => Within(window);

    /// <summary>Converts an exact instant.</summary>
    /// <param name="instant">The instant.</param>
    public static implicit operator Moment(Instant instant) => At(instant);

    /// <summary>Converts a known day.</summary>
    /// <param name="date">The day.</param>
    public static implicit operator Moment(LocalDate date) => On(date);

    /// <summary>Converts an approximate date; the named twin of the implicit conversion.</summary>
    /// <param name="window">The window.</param>
    /// <returns>The moment.</returns>
    public static Moment FromDateWindow(DateWindow window) => Within(window);

    /// <summary>Converts an instant; the named twin of the implicit conversion.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The moment.</returns>
    public static Moment FromInstant(Instant instant) => At(instant);

    /// <summary>Converts a day; the named twin of the implicit conversion.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The moment.</returns>
    public static Moment FromLocalDate(LocalDate date) => On(date);

    /// <summary>Is this moment before <paramref name="other"/>?</summary>
    /// <param name="other">The other moment.</param>
    /// <returns>For two precise moments, a certain answer from their instants; otherwise the three-valued comparison of
    /// their calendar days (<see cref="DateWindow.IsBefore(DateWindow)"/>).</returns>
    public Truth IsBefore(Moment other) =>
        IsPrecise && other.IsPrecise ? Truth.From(instant < other.instant) : Window.IsBefore(other.Window);

    /// <summary>Is this moment after <paramref name="other"/>?</summary>
    /// <param name="other">The other moment.</param>
    /// <returns>The three-valued answer; see <see cref="IsBefore(Moment)"/>.</returns>
    public Truth IsAfter(Moment other) => other.IsBefore(this);

    /// <summary>Has this moment passed by the end of <paramref name="date"/>?</summary>
    /// <param name="date">The day.</param>
    /// <returns>The three-valued answer, on calendar days.</returns>
    public Truth IsOnOrBefore(LocalDate date) => Window.IsOnOrBefore(date);

    /// <summary>Has this moment passed by <paramref name="when"/>?</summary>
    /// <param name="when">The instant.</param>
    /// <returns>A certain answer for a precise moment; for an approximate one, yes when its last day ended before
    /// <paramref name="when"/> anywhere on Earth, no when its first day had begun nowhere, otherwise undetermined.</returns>
    public Truth IsOnOrBefore(Instant when)
    {
        if (IsPrecise)
        {
            return Truth.From(instant <= when);
        }

        var bounds = ToInterval();
        return bounds.End <= when ? Truth.Yes : bounds.Start > when ? Truth.No : Truth.Undetermined;
    }

    /// <summary>Gets the instants the moment may fall on.</summary>
    /// <returns>A one-tick interval for a precise moment; for an approximate one, from the first day's start in the
    /// earliest zone (UTC+14) to the last day's end in the latest zone (UTC−12), since an undated zone could be any.</returns>
    public Interval ToInterval()
    {
        if (IsPrecise)
        {
            return new Interval(instant, TimeBounds.Plus(instant, Duration.Epsilon)); // empty at the last instant, never an overflow
        }

        var start = TimeBounds.Plus(TimeBounds.StartOfDay(Window.Start, DateTimeZone.Utc), -Duration.FromHours(14));
        var end = TimeBounds.Plus(TimeBounds.AfterDay(Window.End, DateTimeZone.Utc), Duration.FromHours(12));
        return new Interval(start, end);
    }

    /// <summary>Describes the moment: an ISO instant, a local time with its zone, or the approximate window's words.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        MomentKind.Exact => InstantPattern.General.Format(instant),
        MomentKind.Zoned => local.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + ZoneId,
        _ => Window.ToString(),
    };
}
