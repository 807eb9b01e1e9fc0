using NodaTime;

namespace Negotiation.Model;

/// <summary>Brings dates given in another calendar (Julian, Hebrew, Islamic, …) into the ISO calendar the model keeps
/// them in, as they enter: NodaTime refuses to compare dates of two calendars, so one left in its own calendar would
/// make a later comparison throw. The day is the same; only its calendar changes, so the value reads back in ISO.</summary>
internal static class IsoDates
{
    /// <summary>Gets <paramref name="date"/> in the ISO calendar.</summary>
    public static LocalDate Iso(LocalDate date) => date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <summary>Gets <paramref name="date"/>, when there is one, in the ISO calendar.</summary>
    public static LocalDate? Iso(LocalDate? date) => date is { } day ? Iso(day) : null;

    /// <summary>Gets <paramref name="days"/> in the ISO calendar.</summary>
    public static DateInterval Iso(DateInterval days) =>
        days.Start.Calendar == CalendarSystem.Iso ? days : new(Iso(days.Start), Iso(days.End));
}
