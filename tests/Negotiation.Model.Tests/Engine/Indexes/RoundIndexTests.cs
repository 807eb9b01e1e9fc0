using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Engine.Indexes;

/// <summary>What the rounds' indexes let a user find: the rounds that wait for a round, and a long round still in
/// progress. Each case is built in its test.</summary>
public sealed class RoundIndexTests
{
    private const string Honolulu = "Pacific/Honolulu";

    private static readonly Moment February = Moment.Within(DateWindow.In(new YearMonth(2022, 2)));

    [Fact]
    public void RoundRescheduled_RequiredRoundMovedAfterTheRoundThatWaitsForIt_IsRefused()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral()), Given.RoundPlanned(TestWorld.NatoRound()));

        negotiation.ShouldRefuse(Given.RoundRescheduled(TestWorld.BilateralId, February, TestWorld.ArticleDay), ErrorCodes.PlannedBeforeRequiredRound, "Rounds[ru-nato-2022-01].Planned");
    }

    [Fact]
    public void RoundRescheduled_RequiredRoundMovedAfterARoundMadeToWaitForItLater_IsRefused()
    {
        // The NATO round is planned with no precondition and only later made to wait for the bilateral round: moving the
        // bilateral round after it is refused as when the precondition was there from the start. (The index of the rounds
        // that wait for a round used to be filled only when a round was planned, so this was accepted, and the case's
        // Validate() then found the NATO round planned before the round it requires.)
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(TestWorld.Bilateral()),
            Given.RoundPlanned(TestWorld.NatoRound() with { Precondition = null }),
            Given.RoundPreconditionsChanged(TestWorld.NatoRoundId, Precondition.RoundHeld(TestWorld.BilateralId), TestWorld.ArticleDay));

        negotiation.ShouldRefuse(Given.RoundRescheduled(TestWorld.BilateralId, February, TestWorld.ArticleDay), ErrorCodes.PlannedBeforeRequiredRound, "Rounds[ru-nato-2022-01].Planned");
    }

    [Fact]
    public void RoundRescheduled_RequiredRoundNoLongerRequired_MovesFreely()
    {
        // Once the NATO round's preconditions are dropped, it no longer waits for the bilateral round, which may then move
        // past it with no error and nothing to say about the NATO round.
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(TestWorld.Bilateral()),
            Given.RoundPlanned(TestWorld.NatoRound()),
            Given.RoundPreconditionsChanged(TestWorld.NatoRoundId, null, TestWorld.ArticleDay));

        var moved = negotiation.ShouldAccept(Given.RoundRescheduled(TestWorld.BilateralId, February, TestWorld.ArticleDay));

        moved.Rounds[TestWorld.BilateralId].Planned.Should().Be(February);
        moved.Validate().Errors.Should().NotContain(e => e.PropertyName.StartsWith("Rounds[ru-nato-2022-01]", StringComparison.Ordinal));
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
