using NodaTime;

namespace Negotiation.Model.Tests.Time;

/// <summary>The day and instant arithmetic behind every query near the ends of NodaTime's range: it moves like NodaTime's
/// own arithmetic inside the range and stops at either end instead of throwing (Hardening/EndsOfTimeTests shows the
/// queries; these pin the arithmetic they rely on).</summary>
public sealed class TimeBoundsTests
{
    private static readonly LocalDate First = LocalDate.MinIsoValue;
    private static readonly LocalDate Last = LocalDate.MaxIsoValue;
    private static readonly DateTimeZone FourteenHoursAhead = DateTimeZone.ForOffset(Offset.FromHours(14));

    [Theory]
    [InlineData(7)]
    [InlineData(-7)]
    [InlineData(0)]
    public void PlusDays_InsideTheRange_MovesByThatManyDays(int days) =>
        TimeBounds.PlusDays(new LocalDate(2022, 1, 10), days).Should().Be(new LocalDate(2022, 1, 10).PlusDays(days));

    [Fact]
    public void PlusDays_PastTheLastDay_StopsThere()
    {
        TimeBounds.PlusDays(Last.PlusDays(-3), 7).Should().Be(Last);
        TimeBounds.PlusDays(Last.PlusDays(-7), 7).Should().Be(Last);
        TimeBounds.PlusDays(Last.PlusDays(-3), -7).Should().Be(Last.PlusDays(-10));
    }

    [Fact]
    public void PlusDays_BeforeTheFirstDay_StopsThere()
    {
        TimeBounds.PlusDays(First.PlusDays(3), -7).Should().Be(First);
        TimeBounds.PlusDays(First.PlusDays(7), -7).Should().Be(First);
        TimeBounds.PlusDays(First.PlusDays(3), 7).Should().Be(First.PlusDays(10));
    }

    [Fact]
    public void StartOfDay_OrdinaryDay_IsMidnightInTheZone() =>
        TimeBounds.StartOfDay(new LocalDate(2022, 1, 10), FourteenHoursAhead).Should().Be(Instant.FromUtc(2022, 1, 9, 10, 0));

    [Fact]
    public void StartOfDay_TwoDaysFromEitherEnd_IsStillMidnightInTheZone()
    {
        var third = First.PlusDays(2);
        var thirdToLast = Last.PlusDays(-2);

        TimeBounds.StartOfDay(third, FourteenHoursAhead).Should().Be(third.AtStartOfDayInZone(FourteenHoursAhead).ToInstant());
        TimeBounds.StartOfDay(thirdToLast, FourteenHoursAhead).Should().Be(thirdToLast.AtStartOfDayInZone(FourteenHoursAhead).ToInstant());
    }

    [Fact]
    public void StartOfDay_FirstOrLastTwoDays_IsMidnightInUtc()
    {
        TimeBounds.StartOfDay(First, FourteenHoursAhead).Should().Be(Instant.MinValue);
        TimeBounds.StartOfDay(First.PlusDays(1), FourteenHoursAhead).Should().Be(First.PlusDays(1).AtMidnight().InUtc().ToInstant());
        TimeBounds.StartOfDay(Last.PlusDays(-1), FourteenHoursAhead).Should().Be(Last.PlusDays(-1).AtMidnight().InUtc().ToInstant());
        TimeBounds.StartOfDay(Last, FourteenHoursAhead).Should().Be(Last.AtMidnight().InUtc().ToInstant());
    }

    [Fact]
    public void AfterDay_OrdinaryDay_IsTheNextDaysStart() =>
        TimeBounds.AfterDay(new LocalDate(2022, 1, 10), FourteenHoursAhead).Should().Be(Instant.FromUtc(2022, 1, 10, 10, 0));

    [Fact]
    public void AfterDay_LastDay_IsTheLastInstant() =>
        TimeBounds.AfterDay(Last, FourteenHoursAhead).Should().Be(Instant.MaxValue);

    [Theory]
    [InlineData(90)]
    [InlineData(-90)]
    [InlineData(0)]
    public void Plus_InsideTheRange_MovesByThatDuration(int minutes)
    {
        var instant = Instant.FromUtc(2022, 1, 10, 12, 0);

        TimeBounds.Plus(instant, Duration.FromMinutes(minutes)).Should().Be(instant + Duration.FromMinutes(minutes));
    }

    [Fact]
    public void Plus_PastTheLastInstant_StopsThere()
    {
        TimeBounds.Plus(Instant.MaxValue - Duration.FromHours(1), Duration.FromHours(2)).Should().Be(Instant.MaxValue);
        TimeBounds.Plus(Instant.MaxValue, Duration.FromHours(-2)).Should().Be(Instant.MaxValue - Duration.FromHours(2));
    }

    [Fact]
    public void Plus_BeforeTheFirstInstant_StopsThere()
    {
        TimeBounds.Plus(Instant.MinValue + Duration.FromHours(1), Duration.FromHours(-2)).Should().Be(Instant.MinValue);
        TimeBounds.Plus(Instant.MinValue, Duration.FromHours(2)).Should().Be(Instant.MinValue + Duration.FromHours(2));
    }
}
