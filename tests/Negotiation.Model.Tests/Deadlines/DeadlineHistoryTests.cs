using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Deadlines;

/// <summary>Missed days kept in a deadline's history, outcomes, joint setting and approximate days.</summary>
public sealed class DeadlineHistoryTests
{
    private static readonly DeadlineId Adoption = new("adoption");
    private static readonly LocalDate December11 = new(2015, 12, 11);
    private static readonly LocalDate December12 = new(2015, 12, 12);

    private static NegotiationCase Set(Deadline? deadline = null, Moment? on = null) =>
        TestWorld.Case.RecordOrThrow(Given.DeadlineSet(deadline ?? new Deadline(Adoption, TestWorld.France, "Adopt the agreement", December11), on ?? new LocalDate(2015, 12, 5)));

    [Fact]
    public void MissedDues_ExtendedOnTheDayItFellDue_KeepsThatDayAsMissed()
    {
        // Due on the 11th; on the evening of the 11th the text is put off to the 12th, and adopted on the 12th.
        var negotiation = Set().RecordOrThrow(
            Given.DeadlineExtended(Adoption, December12, December11, TestWorld.France),
            Given.DeadlineMet(Adoption, December12));
        var deadline = negotiation.Deadlines[Adoption];

        deadline.MissedDues(new LocalDate(2015, 12, 20)).Should().Equal(new MissedDue(Adoption, December11, Truth.Yes, December12));
        deadline.IsMissedOn(new LocalDate(2015, 12, 20)).Should().Be(Truth.No, "the day in force then was met");
        deadline.OutcomeOn(new LocalDate(2015, 12, 20)).Should().Be(DeadlineOutcome.Met);
        negotiation.MissedDues(December12).Should().ContainSingle().Which.Due.Should().Be(December11);
        negotiation.MissedDues(December11).Should().BeEmpty("the 11th had not passed on the 11th");
    }

    [Fact]
    public void MissedDues_ExtendedTheDayBefore_IsEmpty() =>
        Set().RecordOrThrow(Given.DeadlineExtended(Adoption, December12, new LocalDate(2015, 12, 10)), Given.DeadlineMet(Adoption, December12))
            .MissedDues(new LocalDate(2016, 1, 1)).Should().BeEmpty();

    [Fact]
    public void MissedDues_ExtensionDecidedAtAnApproximateTimeAroundTheDay_IsUndetermined()
    {
        // Extended to the 20th "sometime between the 10th and the 12th": the 11th may or may not have been saved.
        var negotiation = Set().RecordOrThrow(
            Given.DeadlineExtended(Adoption, new LocalDate(2015, 12, 20), DateWindow.Between(new LocalDate(2015, 12, 10), December12)),
            Given.DeadlineMet(Adoption, new LocalDate(2015, 12, 18)));

        negotiation.MissedDues(new LocalDate(2016, 1, 1)).Should().Equal(new MissedDue(Adoption, December11, Truth.Undetermined, new LocalDate(2015, 12, 20)));
    }

    [Fact]
    public void MissedDues_ClosedAtAnApproximateTimeAroundTheDay_IsUndetermined() =>
        Set().RecordOrThrow(Given.DeadlineClosed(Adoption, DeadlineOutcome.Overtaken, DateWindow.Between(new LocalDate(2015, 12, 10), December12)))
            .MissedDues(new LocalDate(2016, 1, 1)).Should().Equal(new MissedDue(Adoption, December11, Truth.Undetermined, null));

    [Fact]
    public void MissedDues_SeveralDeadlines_InOrderOfTheMissedDay()
    {
        var earlier = new Deadline(new DeadlineId("text"), TestWorld.France, "A negotiating text", new LocalDate(2015, 12, 8));
        var negotiation = Set().RecordOrThrow(
            Given.DeadlineSet(earlier, new LocalDate(2015, 12, 5)),
            Given.DeadlineExtended(Adoption, December12, December11),
            Given.DeadlineExtended(earlier.Id, new LocalDate(2015, 12, 9), new LocalDate(2015, 12, 9)));

        negotiation.MissedDues(new LocalDate(2015, 12, 13)).Select(m => (m.Deadline.Value, m.Due)).Should().Equal(
            ("text", new LocalDate(2015, 12, 8)), ("text", new LocalDate(2015, 12, 9)), ("adoption", December11), ("adoption", December12));
    }

    [Fact]
    public void MissedDues_TwoDeadlinesMissedOnTheSameDay_InOrderOfTheirIds()
    {
        // Given a second deadline, "annex", due the same day as the adoption, recorded after it
        var annex = new Deadline(new DeadlineId("annex"), TestWorld.France, "The annexes", December11);
        var negotiation = Set().RecordOrThrow(Given.DeadlineSet(annex, new LocalDate(2015, 12, 5)));

        negotiation.MissedDues(new LocalDate(2015, 12, 13)).Select(m => m.Deadline.Value).Should().Equal("adoption", "annex");
    }

    [Fact]
    public void OutcomeOn_EachWayADeadlineEnds()
    {
        Set().Deadlines[Adoption].OutcomeOn(new LocalDate(2015, 12, 10)).Should().Be(DeadlineOutcome.Pending);
        Set().Deadlines[Adoption].OutcomeOn(December12).Should().Be(DeadlineOutcome.Missed);
        Set().RecordOrThrow(Given.DeadlineMet(Adoption, December12)).Deadlines[Adoption].OutcomeOn(December12).Should().Be(DeadlineOutcome.Missed, "met a day late");
        Set().RecordOrThrow(Given.DeadlineMet(Adoption, December11)).Deadlines[Adoption].OutcomeOn(December12).Should().Be(DeadlineOutcome.Met);

        var overtaken = Set().RecordOrThrow(Given.DeadlineClosed(Adoption, DeadlineOutcome.Overtaken, new LocalDate(2015, 12, 9), "A new schedule.")).Deadlines[Adoption];
        overtaken.OutcomeOn(new LocalDate(2015, 12, 20)).Should().Be(DeadlineOutcome.Overtaken);
        overtaken.MissedDues(new LocalDate(2015, 12, 20)).Should().BeEmpty("it was closed before it fell due");
        overtaken.Closure.Should().Be(new DeadlineClosure(DeadlineOutcome.Overtaken, new LocalDate(2015, 12, 9), "A new schedule."));
        Set().RecordOrThrow(Given.DeadlineClosed(Adoption, DeadlineOutcome.Abandoned, December12)).Deadlines[Adoption].OutcomeOn(December12).Should().Be(DeadlineOutcome.Abandoned);
    }

    [Fact]
    public void DeadlineClosed_Twice_FailsWithDeadlineAlreadyMet() =>
        Set().RecordOrThrow(Given.DeadlineClosed(Adoption, DeadlineOutcome.Abandoned, December12))
            .ShouldRefuse(Given.DeadlineClosed(Adoption, DeadlineOutcome.Abandoned, December12), ErrorCodes.DeadlineAlreadyMet, "Deadlines[adoption]");

    [Fact]
    public void DeadlineClosed_Describe_SaysHowAndWhy() =>
        Given.DeadlineClosed(Adoption, DeadlineOutcome.Overtaken, December12, "A new schedule.").Describe().Should().Be("deadline adoption overtaken: A new schedule.");

    [Fact]
    public void DeadlineSet_Jointly_KeepsEverySetterAndEveryJointExtension()
    {
        var joint = new Deadline(Adoption, TestWorld.UnitedStates, "A framework", December11) { JointlyWith = [TestWorld.Russia] };

        var negotiation = Set(joint).RecordOrThrow(Given.DeadlineExtended(Adoption, December12, new LocalDate(2015, 12, 10), TestWorld.UnitedStates) with { JointlyWith = [TestWorld.Russia] });

        negotiation.Deadlines[Adoption].Setters.Should().Equal(TestWorld.UnitedStates, TestWorld.Russia);
        negotiation.Deadlines[Adoption].Extensions[0].JointlyWith.Should().Equal(TestWorld.Russia);
    }

    [Fact]
    public void DeadlineSet_UnknownJointSetter_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(
            Given.DeadlineSet(new Deadline(Adoption, TestWorld.UnitedStates, "A framework", December11) { JointlyWith = [TestWorld.Atlantis] }, new LocalDate(2015, 12, 5)),
            ErrorCodes.UnknownParty,
            "Deadlines[adoption].JointlyWith[0]");

    [Fact]
    public void DeadlineExtended_UnknownJointParty_FailsWithUnknownParty() =>
        Set().ShouldRefuse(Given.DeadlineExtended(Adoption, December12, new LocalDate(2015, 12, 10)) with { JointlyWith = [TestWorld.Atlantis] }, ErrorCodes.UnknownParty, "Deadlines[adoption].Extensions.JointlyWith");

    [Fact]
    public void MissedDues_DayStatedApproximately_IsUndeterminedWithinItsWindow()
    {
        // "By mid-January": certainly due by the 20th, possibly earlier.
        var midJanuary = new Deadline(Adoption, TestWorld.Russia, "A reply", new LocalDate(2022, 1, 20)) { DueWithin = DateWindow.MidIn(new YearMonth(2022, 1)) };
        var deadline = Set(midJanuary, TestWorld.ArticleDay).Deadlines[Adoption];

        deadline.MissedDues(new LocalDate(2022, 1, 11)).Should().BeEmpty();
        deadline.MissedDues(new LocalDate(2022, 1, 15)).Should().Equal(new MissedDue(Adoption, new LocalDate(2022, 1, 20), Truth.Undetermined, null));
        deadline.MissedDues(new LocalDate(2022, 1, 21)).Should().Equal(new MissedDue(Adoption, new LocalDate(2022, 1, 20), Truth.Yes, null));
        Set(midJanuary, TestWorld.ArticleDay).RecordOrThrow(Given.DeadlineMet(Adoption, new LocalDate(2022, 1, 15))).Deadlines[Adoption]
            .MissedDues(new LocalDate(2022, 1, 21)).Should().Equal(new MissedDue(Adoption, new LocalDate(2022, 1, 20), Truth.Undetermined, null));
    }
}
