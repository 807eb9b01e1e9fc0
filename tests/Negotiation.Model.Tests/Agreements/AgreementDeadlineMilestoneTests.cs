using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Agreements;

/// <summary>A milestone that reads a deadline's day in force ("the day after the end of the period as extended"), read
/// through the case, which alone knows the deadline's extensions, conditional days and early ends.</summary>
public sealed class AgreementDeadlineMilestoneTests
{
    private static readonly AgreementId Id = new("withdrawal");
    private static readonly DocumentId Text = new("withdrawal-text");
    private static readonly DeadlineId Period50 = new("period");

    /// <summary>A two-year period set in 2017; a withdrawal agreement drafted in November 2018 enters into force the day
    /// after the period as extended ends, once both parties have ratified.</summary>
    private static NegotiationCase Drafted(MilestoneRule entryIntoForce) =>
        TestWorld.Case.RecordOrThrow([
            Given.DeadlineSet(new Deadline(Period50, TestWorld.Eu, "Conclude a withdrawal agreement within the period.", new LocalDate(2019, 3, 29)) { ExtendableBy = [TestWorld.Eu, TestWorld.UnitedKingdom] }, new LocalDate(2017, 3, 29)),
            Given.DocumentPresented(new Document(Text, DocumentKind.DraftAgreement, "Withdrawal agreement", [TestWorld.Eu], [TestWorld.UnitedKingdom]) { Visibility = Visibility.Public }, new LocalDate(2018, 11, 14)),
            Given.AgreementDrafted(new Agreement(Id, Text, [TestWorld.Eu, TestWorld.UnitedKingdom], entryIntoForce), new LocalDate(2018, 11, 14))]);

    private static readonly MilestoneRule DayAfterThePeriod = MilestoneRule.After(Period50, Period.FromDays(1));

    [Fact]
    public void MilestoneDate_AfterADeadline_IsTheDayAfterItsDayInForce()
    {
        var negotiation = Drafted(DayAfterThePeriod);

        negotiation.MilestoneDate(Id, MilestoneKind.EntryIntoForce, new LocalDate(2018, 12, 1)).Should().Be(new LocalDate(2019, 3, 30));
        negotiation.EntryIntoForceDate(Id, new LocalDate(2018, 12, 1)).Should().Be(new LocalDate(2019, 3, 30));
    }

    [Fact]
    public void MilestoneDate_DeadlineExtendedAfterTheAgreementWasDrafted_MovesWithIt()
    {
        var negotiation = Drafted(DayAfterThePeriod).RecordOrThrow(
            Given.DeadlineExtended(Period50, new LocalDate(2019, 10, 31), new LocalDate(2019, 4, 11), TestWorld.Eu) with { JointlyWith = [TestWorld.UnitedKingdom] });

        negotiation.MilestoneDate(Id, MilestoneKind.EntryIntoForce, new LocalDate(2019, 4, 10)).Should().Be(new LocalDate(2019, 3, 30), "the extension was not yet decided");
        negotiation.MilestoneDate(Id, MilestoneKind.EntryIntoForce, new LocalDate(2019, 4, 11)).Should().Be(new LocalDate(2019, 11, 1));
    }

    [Fact]
    public void MilestoneDate_ExtensionEndingEarlyOnceTheGoalIsMet_ReadsTheEarlyEnd()
    {
        // Extended to 31 January 2020, ending at the end of the month the agreement is concluded in, if that is earlier.
        var negotiation = Drafted(DayAfterThePeriod).RecordOrThrow([
            Given.DeadlineExtended(Period50, new LocalDate(2020, 1, 31), new LocalDate(2019, 10, 28), TestWorld.Eu) with { JointlyWith = [TestWorld.UnitedKingdom], EarlyEnd = EarlyEnd.EndOfMonthMet },
            Given.DeadlineMet(Period50, new LocalDate(2019, 11, 20))]);

        negotiation.MilestoneDate(Id, MilestoneKind.EntryIntoForce, new LocalDate(2019, 11, 19)).Should().Be(new LocalDate(2020, 2, 1));
        negotiation.MilestoneDate(Id, MilestoneKind.EntryIntoForce, new LocalDate(2019, 12, 31)).Should().Be(new LocalDate(2019, 12, 1), "the period ended at the end of November");
    }

    [Fact]
    public void MilestoneDate_LaterOfTheDeadlineAndBothRatifications_WaitsForTheRatifications()
    {
        var negotiation = Drafted(MilestoneRule.LaterOf(DayAfterThePeriod, MilestoneRule.After(AgreementStepKind.Ratification, Period.Zero, count: 2))).RecordOrThrow([
            Given.DeadlineExtended(Period50, new LocalDate(2020, 1, 31), new LocalDate(2019, 10, 28), TestWorld.Eu) with { JointlyWith = [TestWorld.UnitedKingdom] },
            Given.AgreementStepTaken(Id, AgreementStepKind.Signature, new LocalDate(2020, 1, 24), TestWorld.Eu),
            Given.AgreementStepTaken(Id, AgreementStepKind.Signature, new LocalDate(2020, 1, 24), TestWorld.UnitedKingdom),
            Given.AgreementStepTaken(Id, AgreementStepKind.Ratification, new LocalDate(2020, 1, 29), TestWorld.UnitedKingdom),
            Given.AgreementStepTaken(Id, AgreementStepKind.Ratification, new LocalDate(2020, 1, 30), TestWorld.Eu)]);

        negotiation.EntryIntoForceDate(Id, new LocalDate(2020, 1, 29)).Should().BeNull("only one party had ratified");
        negotiation.EntryIntoForceDate(Id, new LocalDate(2020, 1, 30)).Should().Be(new LocalDate(2020, 2, 1));
        negotiation.PartyPeriods(Id, TestWorld.UnitedKingdom, new LocalDate(2020, 6, 1)).Should().Equal(new PartyPeriod(new LocalDate(2020, 2, 1), null));
    }

    [Fact]
    public void MilestoneDate_TheAgreementReadAlone_LeavesTheDeadlinePartUnfixed()
    {
        var negotiation = Drafted(DayAfterThePeriod);
        var asOf = new LocalDate(2018, 12, 1);

        negotiation.Agreements[Id].MilestoneDate(MilestoneKind.EntryIntoForce, negotiation.Developments.Values, asOf).Should().BeNull("only the case knows the deadline");
        DayAfterThePeriod.DateFrom([], [], asOf).Should().BeNull();
        negotiation.MilestoneDate(new AgreementId("no-such-agreement"), MilestoneKind.EntryIntoForce, asOf).Should().BeNull();
    }

    [Fact]
    public void After_DefaultDeadlineOrNullDelay_Throws()
    {
        FluentActions.Invoking(() => MilestoneRule.After(default(DeadlineId), Period.FromDays(1))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => MilestoneRule.After(Period50, null!)).Should().Throw<ArgumentNullException>();
        MilestoneRule.After(Period50, Period.FromDays(1)).Should().Be(new AfterDeadlineRule(Period50, Period.FromDays(1)));
    }
}
