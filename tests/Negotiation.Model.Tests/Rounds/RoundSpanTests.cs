using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Rounds;

/// <summary>When a round ends and on how many calendar days it runs: a held round's end is what actually happened (unknown
/// until reported), and the days are counted only when both ends are known to the day.</summary>
public sealed class RoundSpanTests
{
    private static readonly LocalDate January10 = new(2022, 1, 10);
    private static readonly LocalDate January11 = new(2022, 1, 11);

    private static Round Planned(Moment start, Moment? end) => TestWorld.Bilateral(start) with { PlannedEnd = end };

    [Fact]
    public void End_NotHeld_IsThePlannedEnd() =>
        Planned(Moment.On(January10), Moment.On(January11)).End.Should().Be(Moment.On(January11));

    [Fact]
    public void End_HeldWithoutAReportedEnd_IsUnknownRatherThanThePlannedEnd()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(Planned(Moment.On(January10), Moment.On(January11)), TestWorld.ArticleDay),
            Given.RoundHeld(TestWorld.BilateralId, January10));

        negotiation.Rounds[TestWorld.BilateralId].End.Should().BeNull();
        negotiation.Rounds[TestWorld.BilateralId].CalendarDays.Should().Be(1, "with no end known the round is counted on its first day");
    }

    [Fact]
    public void CalendarDays_BothEndsKnownToTheDay_CountsBothDays() =>
        Planned(Moment.On(January10), Moment.On(January11)).CalendarDays.Should().Be(2);

    [Fact]
    public void CalendarDays_StartKnownOnlyToTheMonth_IsUnknown() =>
        Planned(Moment.Within(TestWorld.January), Moment.On(new LocalDate(2022, 1, 31))).CalendarDays.Should().BeNull();

    [Fact]
    public void CalendarDays_EndKnownOnlyToTheMonth_IsUnknown() =>
        Planned(Moment.On(January10), Moment.Within(TestWorld.January)).CalendarDays.Should().BeNull();
}
