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
    public void FactOnTheLastIsoDay_IsStampedAndRecorded()
    {
        // The test kit's stamp records a fact at midnight after its last day; the last ISO day has none after it.
        var fact = Given.TopicDefined(new Topic(new TopicId("the-end"), "The end of time"), Moment.On(Last));

        fact.Recorded.Should().Be(Instant.MaxValue);
        TestWorld.Case.ShouldAccept(fact).KnownOn(Instant.MaxValue).Topics.Should().ContainKey(new TopicId("the-end"));
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

    [Fact]
    public void Milestone_AYearAfterADeadlineDueInDecember9999_FallsOnTheLastDay()
    {
        // Found by the hostile-input suite once the generators adopted agreements: every query reading the milestone threw.
        var (deadline, treaty, text) = (new DeadlineId("reply"), new AgreementId("treaty"), new DocumentId("treaty-text"));
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.DeadlineSet(new Deadline(deadline, TestWorld.UnitedStates, "A written reply", new LocalDate(9999, 12, 20))),
            Given.DocumentPresented(new Document(text, DocumentKind.DraftAgreement, "A treaty", [TestWorld.Russia], [TestWorld.UnitedStates]), TestWorld.ArticleDay, new Provision("1", "An article.")),
            Given.AgreementAdopted(
                new Agreement(treaty, text, [TestWorld.Russia, TestWorld.UnitedStates], MilestoneRule.On(new LocalDate(2022, 1, 1)))
                {
                    Milestones = [new Milestone(MilestoneKind.Termination, MilestoneRule.After(deadline, Period.FromDays(365)))],
                },
                TestWorld.ArticleDay));

        negotiation.MilestoneDate(treaty, MilestoneKind.Termination, Last).Should().Be(Last);
    }

    [Fact]
    public void ConsentDelay_RunningPastTheLastDay_StartsThePeriodOnTheLastDay()
    {
        var (treaty, text) = (new AgreementId("treaty"), new DocumentId("treaty-text"));
        var signed = new LocalDate(9999, 12, 15);
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.DocumentPresented(new Document(text, DocumentKind.DraftAgreement, "A treaty", [TestWorld.Russia], [TestWorld.UnitedStates]), TestWorld.ArticleDay, new Provision("1", "An article.")),
            Given.AgreementAdopted(new Agreement(treaty, text, [TestWorld.Russia, TestWorld.UnitedStates], MilestoneRule.On(new LocalDate(2022, 1, 1))) { ConsentDelay = Period.FromDays(30) }, TestWorld.ArticleDay),
            Given.AgreementStepTaken(treaty, AgreementStepKind.Signature, signed, TestWorld.Russia),
            Given.AgreementStepTaken(treaty, AgreementStepKind.Ratification, signed, TestWorld.Russia));

        negotiation.PartyPeriods(treaty, TestWorld.Russia, Last).Should().Equal(new PartyPeriod(Last, null));
    }

    [Fact]
    public void Deadline_DueOnTheLastDayInAZone_EndsAtTheLastInstant() =>
        new Deadline(new DeadlineId("reply"), TestWorld.UnitedStates, "A written reply", Last) { Zone = "Europe/Brussels" }
            .DueEndsAt(Last).Should().Be(Instant.MaxValue);

    [Fact]
    public void Deadline_EndingEarlyAtTheEndOfDecember9999_Answers()
    {
        var deadline = new DeadlineId("reply");
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.DeadlineSet(new Deadline(deadline, TestWorld.UnitedStates, "A written reply", new LocalDate(9999, 12, 1))),
            Given.DeadlineExtended(deadline, new LocalDate(9999, 12, 20), Moment.On(new LocalDate(9999, 11, 20))) with { EarlyEnd = EarlyEnd.EndOfMonthMet },
            Given.DeadlineMet(deadline, Moment.On(new LocalDate(9999, 12, 5))));

        negotiation.DueOn(deadline, Last).Should().Be(new LocalDate(9999, 12, 20), "the end of the month it was met, 31 December 9999, comes later than the day granted");
    }
}
