using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Engine.Indexes;

/// <summary>What the rounds' indexes let a user find: the rounds that wait for a round, and a long round still in
/// progress. Each case is built in its test.</summary>
public sealed class RoundIndexTests
{
    private const string Honolulu = "Pacific/Honolulu";

    [Fact]
    public void RoundRescheduled_RequiredRoundMovedAfterTheRoundThatWaitsForIt_IsRefused()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral()), Given.RoundPlanned(TestWorld.NatoRound()));
        var february = Moment.Within(DateWindow.In(new YearMonth(2022, 2)));

        negotiation.ShouldRefuse(Given.RoundRescheduled(TestWorld.BilateralId, february, TestWorld.ArticleDay), ErrorCodes.PlannedBeforeRequiredRound, "Rounds[ru-nato-2022-01].Planned");
    }

    [Fact]
    public void RoundsIn_TheUtcDayAfterARoundEndedLateInItsZone_FindsTheRound()
    {
        // Given a round in Honolulu from 10 January, 09:00 to 12 January, 23:00 local time (13 January, 09:00 UTC)
        var round = TestWorld.Bilateral(Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), Honolulu)) with
        {
            PlannedEnd = Moment.InZone(new LocalDateTime(2022, 1, 12, 23, 0), Honolulu),
        };
        var negotiation = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(round));
        var morning = new Interval(Instant.FromUtc(2022, 1, 13, 0, 0), Instant.FromUtc(2022, 1, 13, 6, 0));

        negotiation.RoundsIn(morning).Select(r => r.Round.Id).Should().Equal(TestWorld.BilateralId);
        negotiation.RoundsIn(new Interval(Instant.FromUtc(2022, 1, 13, 10, 0), Instant.FromUtc(2022, 1, 13, 12, 0))).Should().BeEmpty();
    }
}
