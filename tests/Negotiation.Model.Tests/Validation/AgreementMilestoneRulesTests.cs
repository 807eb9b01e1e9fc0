using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The agreement rules of issue 11: step counts and tallies, milestones that refer to undefined milestones or
/// to one another in a cycle.</summary>
public sealed class AgreementMilestoneRulesTests
{
    private const string Path = "Agreements[climate]";
    private static readonly AgreementId Id = new("climate");
    private static readonly DocumentId Text = new("climate-text");

    private static readonly NegotiationCase Presented = TestWorld.Case.RecordOrThrow(
        Given.DocumentPresented(new Document(Text, DocumentKind.DraftTreaty, "Climate agreement", [TestWorld.Russia, TestWorld.France], []) { Visibility = Visibility.Public }, new LocalDate(2015, 12, 1)));

    private static Agreement Climate(params Milestone[] milestones) =>
        new(Id, Text, [TestWorld.Russia, TestWorld.France], MilestoneRule.On(new LocalDate(2016, 11, 4))) { Milestones = [.. milestones] };

    [Fact]
    public void AgreementStepTaken_CountWithANamedParty_FailsWithStepCountInvalid() =>
        Presented.RecordOrThrow(Given.AgreementAdopted(Climate(), new LocalDate(2015, 12, 12)))
            .ShouldRefuse(Given.AgreementStepTaken(Id, AgreementStepKind.Signature, new LocalDate(2016, 4, 22), TestWorld.France) with { Count = 3 }, ErrorCodes.StepCountInvalid, Path + ".Steps");

    [Fact]
    public void AgreementStepTaken_TallyOverAHundredPerCent_FailsWithStepCountInvalid() =>
        Presented.RecordOrThrow(Given.AgreementAdopted(Climate(), new LocalDate(2015, 12, 12)))
            .ShouldRefuse(Given.AgreementStepTaken(Id, AgreementStepKind.Signature, new LocalDate(2016, 4, 22), TestWorld.France) with { Tally = new StepTally(1, 120m) }, ErrorCodes.StepCountInvalid, Path + ".Steps");

    [Fact]
    public void AgreementStepTaken_MutualConsentWithoutMilestone_FailsWithStepWithoutParty() =>
        Presented.RecordOrThrow(Given.AgreementAdopted(Climate(), new LocalDate(2015, 12, 12)))
            .ShouldRefuse(Given.AgreementStepTaken(Id, AgreementStepKind.MutualConsent, new LocalDate(2016, 4, 22)), ErrorCodes.StepWithoutParty, Path + ".Steps");

    [Fact]
    public void AgreementAdopted_RuleReferringToAnUndefinedMilestone_FailsWithUnknownMilestone() =>
        Presented.ShouldRefuse(
            Given.AgreementAdopted(Climate(new Milestone(MilestoneKind.Termination, MilestoneRule.After(MilestoneKind.Implementation, Period.FromYears(10)))), new LocalDate(2015, 12, 12)),
            ErrorCodes.UnknownMilestone,
            Path + ".Milestones");

    [Fact]
    public void AgreementAdopted_MilestonesInACycle_FailsWithMilestoneCycle() =>
        Presented.ShouldRefuseWith(
            Given.AgreementAdopted(
                Climate(
                    new Milestone(MilestoneKind.Termination, MilestoneRule.After(MilestoneKind.Implementation, Period.FromYears(10))),
                    new Milestone(MilestoneKind.Implementation, MilestoneRule.After(MilestoneKind.Termination, Period.FromYears(-10)))),
                new LocalDate(2015, 12, 12)),
            (ErrorCodes.MilestoneCycle, Path + ".Milestones"),
            (ErrorCodes.MilestoneCycle, Path + ".Milestones"));

    [Fact]
    public void AgreementAdopted_MilestoneGivenTwice_FailsWithDuplicateEntry() =>
        Presented.ShouldRefuse(
            Given.AgreementAdopted(Climate(new Milestone(MilestoneKind.EntryIntoForce, MilestoneRule.On(new LocalDate(2017, 1, 1)))), new LocalDate(2015, 12, 12)),
            ErrorCodes.DuplicateEntry,
            Path + ".Milestones");

    [Fact]
    public void AgreementAdopted_EntryIntoForceAfterAnUnknownDeadline_FailsWithUnknownDeadline() =>
        Presented.ShouldRefuse(
            Given.AgreementAdopted(new Agreement(Id, Text, [TestWorld.Russia, TestWorld.France], MilestoneRule.LaterOf(MilestoneRule.On(new LocalDate(2016, 11, 4)), MilestoneRule.After(new DeadlineId("no-such-period"), Period.FromDays(1)))), new LocalDate(2015, 12, 12)),
            ErrorCodes.UnknownDeadline,
            Path + ".EntryIntoForce");

    [Fact]
    public void AgreementAdopted_MilestoneAfterAnUnknownDeadline_FailsWithUnknownDeadline() =>
        Presented.ShouldRefuse(
            Given.AgreementAdopted(Climate(new Milestone(MilestoneKind.TransitionEnd, MilestoneRule.Unless(MilestoneRule.After(new DeadlineId("no-such-period"), Period.Zero), new DevelopmentId("collapse")))), new LocalDate(2015, 12, 12)),
            ErrorCodes.UnknownDeadline,
            Path + ".Milestones[0]");

    [Fact]
    public void AgreementAdopted_MilestoneAfterAKnownDeadline_IsRecorded() =>
        Presented.RecordOrThrow(
            Given.DeadlineSet(new Deadline(new DeadlineId("period"), TestWorld.Russia, "A period.", new LocalDate(2016, 6, 30)), new LocalDate(2015, 12, 1)),
            Given.AgreementAdopted(Climate(new Milestone(MilestoneKind.TransitionEnd, MilestoneRule.After(new DeadlineId("period"), Period.FromDays(1)))), new LocalDate(2015, 12, 12)))
            .Agreements[Id].Milestones[0].Rule.Should().Be(new AfterDeadlineRule(new DeadlineId("period"), Period.FromDays(1)));
}
