using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Facts;

/// <summary>The one-line descriptions a timeline shows (<see cref="Fact.Describe"/>), for the facts whose wording depends
/// on what they carry: a role's holder and group, a dropped or new precondition, how a demand was settled, why a deadline
/// closed, who took an agreement's step.</summary>
public sealed class FactDescriptionTests
{
    private static readonly LocalDate Day = new(2022, 1, 10);
    private static readonly AgreementId Accord = new("accord");

    [Fact]
    public void RoleTaken_APartyForAGroup_NamesTheRoleTheGroupAndTheParty() =>
        Given.RoleTaken(RoundRole.OfParty(RoleKind.Coordinator, TestWorld.France) with { For = TestWorld.Eu }, Day).Describe()
            .Should().Be("coordinator for eu: france takes the role");

    [Fact]
    public void RoleLeft_APerson_NamesTheRoleAndThePerson() =>
        Given.RoleLeft(RoundRole.OfPerson(RoleKind.Observer, TestWorld.Borrell), Day).Describe()
            .Should().Be("observer: borrell leaves the role");

    [Fact]
    public void RoleTenure_OfAPersonStillHoldingIt_NamesThePersonAndTheStartOnly()
    {
        var negotiation = TestWorld.Case.ShouldAccept(Given.RoleTaken(RoundRole.OfPerson(RoleKind.Observer, TestWorld.Borrell), Day));

        negotiation.Roles().Single().ToString().Should().Be("observer: borrell from 10 January 2022");
    }

    [Fact]
    public void RoundPreconditionsChanged_Dropped_SaysSo() =>
        Given.RoundPreconditionsChanged(TestWorld.BilateralId, null, Day).Describe()
            .Should().Be("preconditions of round ru-us-2022-01 dropped");

    [Fact]
    public void RoundPreconditionsChanged_NewOnes_StatesThem()
    {
        var precondition = Precondition.NotBefore(new LocalDate(2022, 1, 5));

        Given.RoundPreconditionsChanged(TestWorld.BilateralId, precondition, Day).Describe()
            .Should().Be($"preconditions of round ru-us-2022-01 now: {precondition}").And.NotBe("preconditions of round ru-us-2022-01 now: ");
    }

    [Fact]
    public void DemandSettled_ByAnArticle_NamesTheOutcomeAndTheArticle() =>
        Given.DemandSettled(new DemandId("d1"), DemandOutcome.PartlyMet, Day, new ProvisionRef(new DocumentId("reply"), 1, "2")).Describe()
            .Should().Be("demand d1 settled (partlymet) by reply r1 art. 2");

    [Fact]
    public void DemandSettled_WithoutAnArticle_NamesTheOutcomeOnly() =>
        Given.DemandSettled(new DemandId("d1"), DemandOutcome.Met, Day).Describe().Should().Be("demand d1 settled (met)");

    [Fact]
    public void DeadlineClosed_WithAReason_GivesIt() =>
        Given.DeadlineClosed(new DeadlineId("reply-due"), DeadlineOutcome.Missed, Day, "no reply came").Describe()
            .Should().Be("deadline reply-due missed: no reply came");

    [Fact]
    public void DeadlineClosed_WithoutAReason_NamesTheOutcomeOnly() =>
        Given.DeadlineClosed(new DeadlineId("reply-due"), DeadlineOutcome.Missed, Day).Describe().Should().Be("deadline reply-due missed");

    [Fact]
    public void AgreementDrafted_NamesTheTextAndTheParties() =>
        Given.AgreementDrafted(new Agreement(Accord, new DocumentId("treaty-text"), [TestWorld.Russia, TestWorld.UnitedStates], MilestoneRule.On(new LocalDate(2022, 6, 1))), Day).Describe()
            .Should().Be("draft agreement accord on the text treaty-text between russia, united-states");

    [Fact]
    public void AgreementStepTaken_ByOneParty_NamesIt() =>
        Given.AgreementStepTaken(Accord, AgreementStepKind.Signature, Day, TestWorld.Russia).Describe().Should().Be("Signature of accord by russia");

    [Fact]
    public void AgreementStepTaken_BySeveralPartiesAtOnce_CountsThem() =>
        (Given.AgreementStepTaken(Accord, AgreementStepKind.Signature, Day) with { Count = 3 }).Describe().Should().Be("Signature of accord by 3 parties");

    [Fact]
    public void AgreementStepTaken_ByOneUnnamedParty_NamesNoOne() =>
        Given.AgreementStepTaken(Accord, AgreementStepKind.Signature, Day).Describe().Should().Be("Signature of accord");

    [Fact]
    public void AgreementStepTaken_ThatReachesAMilestone_NamesIt() =>
        (Given.AgreementStepTaken(Accord, AgreementStepKind.Ratification, Day, TestWorld.Russia) with { Milestone = MilestoneKind.EntryIntoForce }).Describe()
            .Should().Be("Ratification of accord by russia (EntryIntoForce)");

    [Fact]
    public void ConditionMet_NamesTheStatementAndTheSubject() =>
        Given.ConditionMet(new StatementId("nato-conditional"), SubjectRef.Demand(new DemandId("d1")), Day).Describe()
            .Should().Be("the condition of nato-conditional's acceptance of demand:d1 is met");
}
