using NodaTime;

namespace Negotiation.Model.Tests.TestSupport;

/// <summary>
/// The fixed record time and source of test facts. A fact is recorded at midnight UTC after the last day it may have
/// happened on (a zoned time west of UTC may fall on the next UTC day), from a Reuters report dated that last day, so
/// stamps are always consistent with the fact and never read a clock.
/// </summary>
internal static class Stamp
{
    /// <summary>The outlet every stamped fact cites.</summary>
    public const string Outlet = "Reuters";

    /// <summary>Gets the record time for a fact that happened at <paramref name="occurred"/>.</summary>
    /// <param name="occurred">When the fact happened.</param>
    /// <returns>Midnight UTC after its last possible day (or after the UTC day of its instant, if that is later); the
    /// last instant NodaTime has for a fact that may happen on 31 December 9999, which has no day after it.</returns>
    public static Instant RecordedFor(Moment occurred)
    {
        var lastDay = occurred.Instant is { } at && at.InUtc().Date > occurred.LatestDate ? at.InUtc().Date : occurred.LatestDate;
        return lastDay == LocalDate.MaxIsoValue ? Instant.MaxValue : lastDay.PlusDays(1).AtMidnight().InUtc().ToInstant();
    }

    /// <summary>Gets the source for a fact that happened at <paramref name="occurred"/>.</summary>
    /// <param name="occurred">When the fact happened.</param>
    /// <returns>A Reuters report dated its last possible day.</returns>
    public static Source SourceFor(Moment occurred) => new(Outlet, occurred.LatestDate);

    /// <summary>Re-stamps a fact as having happened at <paramref name="occurred"/>.</summary>
    /// <typeparam name="T">The fact's type.</typeparam>
    /// <param name="fact">The fact.</param>
    /// <param name="occurred">When it happened.</param>
    /// <returns>A copy with the new time, record time and source.</returns>
    public static T At<T>(this T fact, Moment occurred)
        where T : Fact =>
        (T)(fact with { Occurred = occurred, Recorded = RecordedFor(occurred), Source = SourceFor(occurred) });

    /// <summary>Re-stamps the record time of a fact, keeping when it happened.</summary>
    /// <typeparam name="T">The fact's type.</typeparam>
    /// <param name="fact">The fact.</param>
    /// <param name="recorded">When the model learned it.</param>
    /// <returns>A copy with the new record time.</returns>
    public static T RecordedAt<T>(this T fact, Instant recorded)
        where T : Fact =>
        (T)(fact with { Recorded = recorded });
}
