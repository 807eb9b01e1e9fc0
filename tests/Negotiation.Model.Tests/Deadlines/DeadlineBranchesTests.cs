using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Deadlines;

/// <summary>Conditional extensions ("to 22 May if the Commons approves by 29 March, otherwise to 12 April"), the parties a
/// deadline's rule requires for an extension, and the instant a zoned due day ends.</summary>
public sealed class DeadlineBranchesTests
{
    internal static readonly DeadlineId Period = new("period");
    internal static readonly DeadlineId Approval = new("approval");
    internal static readonly LocalDate March29 = new(2019, 3, 29);
    private static readonly LocalDate April12 = new(2019, 4, 12);
    internal static readonly LocalDate May22 = new(2019, 5, 22);

    internal static readonly NegotiationCase Set = TestWorld.Case
        .RecordOrThrow(Given.DeadlineSet(new Deadline(Period, TestWorld.France, "The period ends", March29) { ExtendableBy = [TestWorld.France, TestWorld.Russia], Zone = "Europe/Brussels" }, new LocalDate(2017, 3, 29)))
        .RecordOrThrow(Given.DeadlineSet(new Deadline(Approval, TestWorld.France, "Approve the agreement", March29), new LocalDate(2019, 3, 22)));

    internal static DeadlineExtended Extension(PartyId? with = null) =>
        Given.DeadlineExtended(Period, April12, new LocalDate(2019, 3, 22), TestWorld.France) with
        {
            JointlyWith = with is { } p ? [p] : [],
            Branches = [new DueBranch(May22, Approval)],
        };

    private static NegotiationCase Extended => Set.RecordOrThrow(Extension(TestWorld.Russia));

    [Fact]
    public void DueBranches_ConditionPending_Undetermined()
    {
        Extended.DueBranches(Period, new LocalDate(2019, 3, 25)).Should().Equal(
            new DueBranchOutcome(Period, April12, new DueBranch(May22, Approval), DeadlineOutcome.Pending, Truth.Undetermined));
        Extended.DueOn(Period, new LocalDate(2019, 3, 25)).Should().Be(April12, "the outright day applies until the condition is met");
    }

    [Fact]
    public void DueBranches_ConditionMissed_DoesNotApply()
    {
        Extended.DueBranches(Period, new LocalDate(2019, 3, 30)).Should().ContainSingle()
            .Which.Should().Be(new DueBranchOutcome(Period, April12, new DueBranch(May22, Approval), DeadlineOutcome.Missed, Truth.No));
        Extended.DueOn(Period, new LocalDate(2019, 3, 30)).Should().Be(April12);
    }

    [Fact]
    public void DueOn_ConditionMet_TakesTheBranchDay()
    {
        var approved = Extended.RecordOrThrow(Given.DeadlineMet(Approval, new LocalDate(2019, 3, 27)));

        approved.DueBranches(Period, new LocalDate(2019, 3, 28)).Single().Applies.Should().Be(Truth.Yes);
        approved.DueOn(Period, new LocalDate(2019, 3, 28)).Should().Be(May22);
        approved.DueOn(Period, new LocalDate(2019, 3, 21)).Should().Be(March29, "the extension was not yet decided");
        approved.Deadlines[Period].DueAsOf(new LocalDate(2019, 3, 28)).Should().Be(April12, "the deadline alone reads the outright day");
    }

    [Fact]
    public void MissedDues_ConditionMet_CountsTheBranchDayNotTheOutrightDay()
    {
        // Approved in time, so the period ran to 22 May; it passed without the period's goal: 22 May is the missed day.
        var approved = Extended.RecordOrThrow(Given.DeadlineMet(Approval, new LocalDate(2019, 3, 27)));
        var summer = new LocalDate(2019, 6, 30);

        approved.MissedDues(summer).Where(m => m.Deadline == Period).Should().Equal(new MissedDue(Period, May22, Truth.Yes, null));
        approved.Deadlines[Period].MissedDues(summer).Should().Equal(new[] { new MissedDue(Period, April12, Truth.Yes, null) }, "the deadline alone reads the outright day");
        Extended.MissedDues(summer).Where(m => m.Deadline == Period).Should().Equal(new MissedDue(Period, April12, Truth.Yes, null));
    }

    [Fact]
    public void DueOn_EarlyEndOnceMet_EndsAtTheEndOfTheMonthItWasMet()
    {
        // "To 31 January 2020, or earlier, on the first day of the month after ratification": ratified on 15 November.
        var january31 = new LocalDate(2020, 1, 31);
        var extended = Set.RecordOrThrow(Given.DeadlineExtended(Period, january31, new LocalDate(2019, 3, 22), TestWorld.France) with { JointlyWith = [TestWorld.Russia], EarlyEnd = EarlyEnd.EndOfMonthMet });
        var ratified = extended.RecordOrThrow(Given.DeadlineMet(Period, new LocalDate(2019, 11, 15)));

        ratified.DueOn(Period, new LocalDate(2019, 11, 14)).Should().Be(january31, "not yet ratified");
        ratified.DueOn(Period, new LocalDate(2019, 11, 15)).Should().Be(new LocalDate(2019, 11, 30));
        ratified.Deadlines[Period].Extensions.Single().EarlyEnd.Should().Be(EarlyEnd.EndOfMonthMet);
        extended.DueOn(Period, new LocalDate(2019, 12, 31)).Should().Be(january31, "never ratified");
        extended.RecordOrThrow(Given.DeadlineMet(Period, DateWindow.In(new YearMonth(2019, 12)))).DueOn(Period, new LocalDate(2020, 1, 1))
            .Should().Be(new LocalDate(2019, 12, 31), "met sometime in December still places the month");
        extended.RecordOrThrow(Given.DeadlineMet(Period, DateWindow.Between(new LocalDate(2019, 11, 25), new LocalDate(2019, 12, 5)))).DueOn(Period, new LocalDate(2020, 1, 1))
            .Should().Be(january31, "met in late November or early December does not place the month");
        Set.RecordOrThrow(Given.DeadlineExtended(Period, january31, new LocalDate(2019, 3, 22), TestWorld.France) with { JointlyWith = [TestWorld.Russia], EarlyEnd = EarlyEnd.DayMet })
            .RecordOrThrow(Given.DeadlineMet(Period, new LocalDate(2019, 11, 15))).DueOn(Period, new LocalDate(2019, 12, 1)).Should().Be(new LocalDate(2019, 11, 15));
    }

    [Fact]
    public void OutcomeOn_ConditionMet_PendingUntilTheBranchDayPasses()
    {
        var approved = Extended.RecordOrThrow(Given.DeadlineMet(Approval, new LocalDate(2019, 3, 27)));
        var may1 = new LocalDate(2019, 5, 1);

        approved.OutcomeOn(Period, may1).Should().Be(DeadlineOutcome.Pending, "the period runs to 22 May");
        approved.Deadlines[Period].OutcomeOn(may1).Should().Be(DeadlineOutcome.Missed, "the deadline alone reads the outright day, 12 April");
        approved.OutcomeOn(Period, May22.PlusDays(1)).Should().Be(DeadlineOutcome.Missed);
        Extended.OutcomeOn(Period, may1).Should().Be(DeadlineOutcome.Missed, "not approved: 12 April applied");
        approved.RecordOrThrow(Given.DeadlineMet(Period, new LocalDate(2019, 5, 20))).OutcomeOn(Period, May22.PlusDays(1)).Should().Be(DeadlineOutcome.Met);
        approved.OutcomeOn(new DeadlineId("nothing"), may1).Should().BeNull();
    }

    [Fact]
    public void DueOn_UnknownDeadline_Null()
    {
        Extended.DueOn(new DeadlineId("nothing"), March29).Should().BeNull();
        Extended.DueBranches(new DeadlineId("nothing"), March29).Should().BeEmpty();
    }

    [Fact]
    public void DueEndsAt_ZonedDay_EndsAtMidnightThere()
    {
        var period = Set.Deadlines[Period];

        period.DueEndsAt(March29).Should().Be(Instant.FromUtc(2019, 3, 29, 23, 0), "Brussels is on CET (UTC+1) until 31 March");
        period.DueEndsAt(April12).Should().Be(Instant.FromUtc(2019, 4, 12, 22, 0), "and on CEST (UTC+2) after");
        Set.Deadlines[Approval].DueEndsAt(March29).Should().BeNull("a deadline without a zone is a calendar day");
    }
}
