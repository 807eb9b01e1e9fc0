using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Hardening;

/// <summary>Queries over periods reaching the first or last ISO day, and facts dated there, answer like any other: the
/// arithmetic stops at the ends of NodaTime's range (documented in docs/concepts/time.md) instead of overflowing.</summary>
public sealed class EndsOfTimeTests
{
    private static readonly LocalDate First = LocalDate.MinIsoValue;
    private static readonly LocalDate Last = LocalDate.MaxIsoValue;

    private static NegotiationCase WithApproximateFact { get; } =
        TestWorld.Case.ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("guarantees"), TestWorld.January));

    [Fact]
    public void Timeline_FromFirstIsoDay_Answers()
    {
        WithApproximateFact.Timeline(First, Last).Should().NotBeEmpty();
        WithApproximateFact.Timeline(First, First).Should().BeEmpty();
    }

    [Fact]
    public void RoundsIn_PeriodEndingOnLastIsoDay_Answers()
    {
        var planned = WithApproximateFact.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral()));

        planned.RoundsIn(new DateInterval(TestWorld.ArticleDay, Last), "Pacific/Kiritimati").Should().ContainSingle();
        planned.RoundsIn(new DateInterval(First, Last), "Etc/GMT+12").Should().ContainSingle();
    }

    [Fact]
    public void RoundPlannedOnLastIsoDay_QueriesAnswer()
    {
        var round = TestWorld.Bilateral(Last) with { Venue = new Venue("Geneva", "America/Los_Angeles") };
        var planned = TestWorld.Case.ShouldAccept(Given.RoundPlanned(round, TestWorld.ArticleDay));

        planned.RoundsIn(new DateInterval(new LocalDate(9999, 1, 1), Last), "Europe/Zurich").Should().ContainSingle();
        planned.RoundsIn(new DateInterval(new LocalDate(9999, 1, 1), Last), "Pacific/Kiritimati").Should().ContainSingle();
        planned.Timeline(First, Last).Should().NotBeEmpty();
        planned.CanStart(TestWorld.BilateralId).CanStart.Should().Be(Truth.Yes);
        planned.OrderOfRounds().Steps.Should().ContainSingle();
    }

    [Fact]
    public void RoundPlannedOnFirstIsoDay_QueriesAnswer()
    {
        var planned = TestWorld.Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral(DateWindow.WeekOf(First)), TestWorld.ArticleDay));

        planned.RoundsIn(new DateInterval(First, First.PlusDays(30)), "Pacific/Kiritimati").Should().ContainSingle();
        planned.Timeline(First, Last).Should().NotBeEmpty();
    }

    [Fact]
    public void Moment_AtEitherEnd_HasAnInterval()
    {
        Moment.On(First).ToInterval().Start.Should().Be(Instant.MinValue);
        Moment.On(Last).ToInterval().End.Should().Be(Instant.MaxValue);
    }

    [Fact]
    public void DateWindow_WeeksAtEitherEnd_StopAtTheEnd()
    {
        DateWindow.WeekOf(Last).End.Should().Be(Last);
        DateWindow.WeekOf(First).Start.Should().Be(First);
        DateWindow.NextWeek(Last).End.Should().Be(Last);
        DateWindow.LastWeek(First).Start.Should().Be(First);
    }

    [Fact]
    public void MembershipEnded_OnFirstIsoDay_IsAnsweredWithACode()
    {
        var result = TestWorld.Case.Record(Given.MembershipEnded(TestWorld.Nato, TestWorld.UnitedStates, First));

        result.Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(ErrorCodes.NotAMember);
        TestWorld.Case.MembersOf(TestWorld.Nato, First).Should().BeEmpty();
    }

    [Fact]
    public void ToInterval_LastInstant_IsEmptyInsteadOfOverflowing()
    {
        // Found by the hostile-input suite: RoundsIn over a round planned at the last instant threw an OverflowException.
        var interval = Moment.At(Instant.MaxValue).ToInterval();

        interval.Start.Should().Be(Instant.MaxValue);
        interval.End.Should().Be(Instant.MaxValue);
    }
}
