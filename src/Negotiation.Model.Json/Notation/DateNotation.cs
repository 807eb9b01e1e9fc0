using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;

namespace Negotiation.Model.Json;

/// <summary>
/// The text forms of dates and times in a case file: plain ISO 8601 dates and instants, RFC 9557 zoned times, and
/// EDTF (ISO 8601-2) for approximate dates.
/// </summary>
/// <remarks>
/// <para>Every <see cref="DatePrecision"/> has one canonical form, which <see cref="Format(DateWindow)"/> writes and
/// <see cref="TryParseWindow"/> reads back to an equal value:</para>
/// <list type="table">
/// <listheader><term>precision</term><description>form (example)</description></listheader>
/// <item><term>Day</term><description>ISO 8601 calendar date: <c>2021-12-21</c></description></item>
/// <item><term>Week</term><description>ISO 8601 week date, Monday to Sunday: <c>2021-W50</c></description></item>
/// <item><term>Month</term><description><c>2022-01</c></description></item>
/// <item><term>Year</term><description><c>2022</c></description></item>
/// <item><term>Quarter</term><description>EDTF sub-year grouping 33–36: <c>2022-33</c> is the first quarter</description></item>
/// <item><term>EarlyYear, MidYear, LateYear</term><description>EDTF quadrimesters 37–39 (January–April, May–August,
/// September–December): <c>2022-37</c></description></item>
/// <item><term>Range</term><description>EDTF interval of two days: <c>2021-11-01/2021-12-22</c></description></item>
/// <item><term>EarlyMonth, MidMonth, LateMonth</term><description>days 1–10, 11–20 and 21 to the end of the month. EDTF
/// has no grouping for them, so the format extends it with a word before the month: <c>early 2022-01</c>,
/// <c>mid 2022-01</c>, <c>late 2022-01</c>.</description></item>
/// </list>
/// <para>A <see cref="Moment"/> is one of those windows, an instant in UTC (<c>2021-12-21T10:30:00Z</c>; an offset such
/// as <c>+03:00</c> is read and converted to UTC), or an RFC 9557 zoned time whose offset must be the one the zone has at
/// that local time (<c>2022-01-10T09:00:00+01:00[Europe/Zurich]</c>). Years run from 1 to 9999.</para>
/// </remarks>
public static class DateNotation
{
    private static readonly OffsetDateTimePattern OffsetDateTimeText = OffsetDateTimePattern.ExtendedIso;
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.ExtendedIso;
    private static readonly OffsetPattern OffsetMinutes = OffsetPattern.CreateWithInvariantCulture("+HH:mm");
    private static readonly OffsetPattern OffsetSeconds = OffsetPattern.CreateWithInvariantCulture("+HH:mm:ss");

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date, in years 1 to 9999.</param>
    /// <returns>The ISO 8601 calendar date.</returns>
    public static string Format(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>Writes an instant as an ISO 8601 UTC time such as <c>2021-12-22T12:00:00Z</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text, with as many fractional digits as the instant needs.</returns>
    public static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>Writes a window in its canonical form (see the remarks on <see cref="DateNotation"/>).</summary>
    /// <param name="window">The window.</param>
    /// <returns>The text.</returns>
    public static string Format(DateWindow window)
    {
        var start = window.Start;
        var c = CultureInfo.InvariantCulture;
        return window.Precision switch
        {
            DatePrecision.Day => Format(start),
            DatePrecision.Week => string.Create(c, $"{WeekYearRules.Iso.GetWeekYear(start):D4}-W{WeekYearRules.Iso.GetWeekOfWeekYear(start):D2}"),
            DatePrecision.Month => start.ToString("uuuu'-'MM", c),
            DatePrecision.Year => start.ToString("uuuu", c),
            DatePrecision.Quarter => string.Create(c, $"{start.Year:D4}-{33 + ((start.Month - 1) / 3)}"),
            DatePrecision.EarlyYear => string.Create(c, $"{start.Year:D4}-37"),
            DatePrecision.MidYear => string.Create(c, $"{start.Year:D4}-38"),
            DatePrecision.LateYear => string.Create(c, $"{start.Year:D4}-39"),
            DatePrecision.EarlyMonth => "early " + start.ToString("uuuu'-'MM", c),
            DatePrecision.MidMonth => "mid " + start.ToString("uuuu'-'MM", c),
            DatePrecision.LateMonth => "late " + start.ToString("uuuu'-'MM", c),
            _ => Format(start) + "/" + Format(window.End),
        };
    }

    /// <summary>Writes a moment: an instant, a zoned time or a window.</summary>
    /// <param name="moment">The moment.</param>
    /// <returns>The text.</returns>
    public static string Format(Moment moment) => moment.Kind switch
    {
        MomentKind.Exact => Format(moment.Instant!.Value),
        MomentKind.Zoned => FormatZoned(moment.LocalDateTime!.Value, moment.ZoneId!),
        _ => Format(moment.Window),
    };

    /// <summary>Reads an ISO 8601 calendar date <c>yyyy-MM-dd</c> in years 1 to 9999.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when the text is one.</param>
    /// <returns>Whether the text is such a date.</returns>
    public static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..], out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Reads an instant: an ISO 8601 date and time with <c>Z</c> or an offset, in years 1 to 9999.</summary>
    /// <param name="text">The text.</param>
    /// <param name="instant">The instant, when the text is one.</param>
    /// <returns>Whether the text is such an instant.</returns>
    public static bool TryParseInstant(string text, out Instant instant)
    {
        ArgumentNullException.ThrowIfNull(text);
        instant = default;
        if (text.Length < 20 || !TryParseDate(text.AsSpan(0, 10), out _) || text[10] != 'T')
        {
            return false;
        }

        var parsed = OffsetDateTimeText.Parse(text);
        if (!parsed.Success)
        {
            return false;
        }

        // An offset can push the last hours of 9999 beyond the range of Instant.
        if (parsed.Value.LocalDateTime.Year == 9999 && parsed.Value.LocalDateTime.Date >= new LocalDate(9999, 12, 31) && parsed.Value.Offset < Offset.Zero)
        {
            return false;
        }

        instant = parsed.Value.ToInstant();
        var utcYear = instant.InUtc().Year;
        return utcYear is >= 1 and <= 9999;
    }

    /// <summary>Reads a window in any of the forms in the remarks on <see cref="DateNotation"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="window">The window, when the text is one.</param>
    /// <param name="problem">What is wrong, when it is not; <see langword="null"/> otherwise.</param>
    /// <returns>Whether the text is a window.</returns>
    public static bool TryParseWindow(string text, out DateWindow window, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        window = default;
        problem = null;
        var span = text.AsSpan();
        if (span.IndexOf('/') is var slash and >= 0)
        {
            if (!TryParseDate(span[..slash], out var from) || !TryParseDate(span[(slash + 1)..], out var to))
            {
                problem = $"'{text}' is not an interval of two dates such as 2021-11-01/2021-12-22.";
                return false;
            }

            if (to < from)
            {
                problem = $"The interval '{text}' ends before it starts.";
                return false;
            }

            window = DateWindow.Between(from, to);
            return true;
        }

        foreach (var (word, precision) in MonthParts)
        {
            if (span.StartsWith(word, StringComparison.Ordinal))
            {
                if (!TryYearMonth(span[word.Length..], out var partOf))
                {
                    problem = $"'{text}' names no month: write '{word}2022-01'.";
                    return false;
                }

                window = precision switch
                {
                    DatePrecision.EarlyMonth => DateWindow.EarlyIn(partOf),
                    DatePrecision.MidMonth => DateWindow.MidIn(partOf),
                    _ => DateWindow.LateIn(partOf),
                };
                return true;
            }
        }

        if (TryParseDate(span, out var day))
        {
            window = DateWindow.On(day);
            return true;
        }

        if (span.Length == 4 && TryDigits(span, out var onlyYear) && onlyYear >= 1)
        {
            window = DateWindow.InYear(onlyYear);
            return true;
        }

        if (span.Length == 8 && span[4] == '-' && span[5] == 'W' && TryDigits(span[..4], out var weekYear) && TryDigits(span[6..], out var week)
            && weekYear is >= 2 and <= 9998 && week >= 1 && week <= WeekYearRules.Iso.GetWeeksInWeekYear(weekYear))
        {
            window = DateWindow.WeekOf(WeekYearRules.Iso.GetLocalDate(weekYear, week, IsoDayOfWeek.Monday));
            return true;
        }

        if (span.Length == 7 && span[4] == '-' && TryDigits(span[..4], out var year) && TryDigits(span[5..], out var group) && year >= 1)
        {
            switch (group)
            {
                case >= 1 and <= 12:
                    window = DateWindow.In(new YearMonth(year, group));
                    return true;
                case >= 33 and <= 36:
                    window = DateWindow.InQuarter(year, group - 32);
                    return true;
                case 37:
                    window = DateWindow.EarlyInYear(year);
                    return true;
                case 38:
                    window = DateWindow.MidYear(year);
                    return true;
                case 39:
                    window = DateWindow.LateInYear(year);
                    return true;
                default:
                    break;
            }
        }

        problem = $"'{text}' is not a date or an approximate date: write 2021-12-21, 2021-W50, early 2022-01, 2022-01, 2022-33 (first quarter), 2022-37 (early in the year), 2022 or 2021-11-01/2021-12-22, in years 1 to 9999.";
        return false;
    }

    /// <summary>Reads a moment: an instant, an RFC 9557 zoned time or a window.</summary>
    /// <param name="text">The text.</param>
    /// <param name="moment">The moment, when the text is one.</param>
    /// <param name="problem">What is wrong, when it is not; <see langword="null"/> otherwise.</param>
    /// <returns>Whether the text is a moment.</returns>
    public static bool TryParseMoment(string text, out Moment moment, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        moment = default;
        problem = null;
        if (text.Length <= 10 || text[10] != 'T')
        {
            if (!TryParseWindow(text, out var window, out problem))
            {
                return false;
            }

            moment = Moment.Within(window);
            return true;
        }

        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            if (TryParseInstant(text, out var instant))
            {
                moment = Moment.At(instant);
                return true;
            }

            problem = $"'{text}' is not an instant such as 2021-12-21T10:30:00Z, in years 1 to 9999.";
            return false;
        }

        return TryParseZoned(text, bracket, out moment, out problem);
    }

    private static readonly (string Word, DatePrecision Precision)[] MonthParts =
        [("early ", DatePrecision.EarlyMonth), ("mid ", DatePrecision.MidMonth), ("late ", DatePrecision.LateMonth)];

    private static string FormatZoned(LocalDateTime local, string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var offset = zone.AtLeniently(local).Offset;
        return LocalPattern.Format(local) + FormatOffset(offset) + "[" + zoneId + "]";
    }

    private static bool TryParseZoned(string text, int bracket, out Moment moment, out string? problem)
    {
        moment = default;
        problem = null;
        if (text[^1] != ']' || bracket + 2 > text.Length - 1)
        {
            problem = $"'{text}' is not a zoned time such as 2022-01-10T09:00:00+01:00[Europe/Zurich].";
            return false;
        }

        var zoneId = text[(bracket + 1)..^1];
        if (zoneId.StartsWith('!'))
        {
            zoneId = zoneId[1..];
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
        if (zone is null)
        {
            problem = $"'{zoneId}' is not a tz database zone id; use one such as 'Europe/Zurich'.";
            return false;
        }

        var parsed = OffsetDateTimeText.Parse(text[..bracket]);
        if (!parsed.Success || !TryParseDate(text.AsSpan(0, 10), out _))
        {
            problem = $"'{text}' is not a zoned time such as 2022-01-10T09:00:00+01:00[Europe/Zurich].";
            return false;
        }

        var local = parsed.Value.LocalDateTime;
        if (local.Year is < 2 or > 9998)
        {
            problem = $"'{text}' is too close to the ends of the calendar for a zoned time; use years 2 to 9998.";
            return false;
        }

        var expected = zone.AtLeniently(local).Offset;
        if (parsed.Value.Offset != expected)
        {
            problem = $"In '{text}' the offset {FormatOffset(parsed.Value.Offset)} is not the offset of {zoneId} at that time ({FormatOffset(expected)}).";
            return false;
        }

        moment = Moment.InZone(local, zoneId);
        return true;
    }

    // RFC 9557 keeps "Z" for "local time unknown", so UTC is written +00:00; historical offsets keep their seconds.
    private static string FormatOffset(Offset offset) =>
        offset.Seconds % 60 == 0 ? OffsetMinutes.Format(offset) : OffsetSeconds.Format(offset);

    private static bool TryYearMonth(ReadOnlySpan<char> text, out YearMonth month)
    {
        month = default;
        if (text.Length != 7 || text[4] != '-' || !TryDigits(text[..4], out var year) || !TryDigits(text[5..], out var m) || year < 1 || m is < 1 or > 12)
        {
            return false;
        }

        month = new YearMonth(year, m);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return !text.IsEmpty;
    }
}
