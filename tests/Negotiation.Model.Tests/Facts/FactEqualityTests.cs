using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Facts;

/// <summary>Every kind of fact compares by value: two built alike are equal, and one that happened at another time is not.</summary>
public sealed class FactEqualityTests
{
    private static readonly Moment First = new LocalDate(2022, 1, 10);
    private static readonly Moment Second = new LocalDate(2022, 1, 11);

    public static TheoryData<string> Kinds => [.. Builders.Keys];

    private static Dictionary<string, Func<Moment, Fact>> Builders { get; } = new()
    {
        [nameof(PartyRegistered)] = on => Given.PartyRegistered(new State(new PartyId("moldova"), "Moldova", "MD"), on),
        [nameof(MembershipBegan)] = on => Given.MembershipBegan(TestWorld.Nato, TestWorld.Ukraine, on.EarliestDate),
        [nameof(MembershipEnded)] = on => Given.MembershipEnded(TestWorld.Nato, TestWorld.Germany, on.EarliestDate),
        [nameof(RepresentativeAppointed)] = on => Given.RepresentativeAppointed(TestWorld.Representatives[0], on),
        [nameof(RepresentativeLeftOffice)] = on => Given.RepresentativeLeftOffice(TestWorld.Blinken, on.EarliestDate),
        [nameof(TopicDefined)] = on => Given.TopicDefined(TestWorld.Topics[0], on),
        [nameof(DemandTabled)] = on => Given.DemandTabled(TestWorld.RussianDemand("d"), on),
        [nameof(DemandWithdrawn)] = on => Given.DemandWithdrawn(new DemandId("d"), on),
        [nameof(DemandReplaced)] = on => Given.DemandReplaced(new DemandId("d"), new DemandId("e"), on),
        [nameof(ProposalMade)] = on => Given.ProposalMade(new Proposal(new ProposalId("p"), TestWorld.UnitedStates, [TestWorld.Russia], "Limits."), on),
        [nameof(DocumentPresented)] = on => Given.DocumentPresented(TestWorld.RussianDraft(), on, new Provision("1", "Text.")),
        [nameof(DocumentRevised)] = on => Given.DocumentRevised(new DocumentId("d"), TestWorld.Russia, on, new Provision("1", "Text.")),
        [nameof(DocumentDisclosed)] = on => Given.DocumentDisclosed(new DocumentId("d"), on),
        [nameof(RoundPlanned)] = on => Given.RoundPlanned(TestWorld.NatoRound(), on),
        [nameof(RoundAgreed)] = on => Given.RoundAgreed(TestWorld.BilateralId, on),
        [nameof(RoundRescheduled)] = on => Given.RoundRescheduled(TestWorld.BilateralId, TestWorld.January, on),
        [nameof(RoundHeld)] = on => Given.RoundHeld(TestWorld.BilateralId, on),
        [nameof(RoundConcluded)] = on => Given.RoundConcluded(TestWorld.BilateralId, on),
        [nameof(RoundPostponed)] = on => Given.RoundPostponed(TestWorld.BilateralId, "Omicron", on),
        [nameof(RoundCancelled)] = on => Given.RoundCancelled(TestWorld.BilateralId, "Omicron", on),
        [nameof(CommitmentMade)] = on => Given.CommitmentMade(new Commitment(new CommitmentId("c"), [TestWorld.UnitedStates], "With the EU.", TestWorld.EuropeanSecurity, TestWorld.Eu), on),
        [nameof(StatementMade)] = on => Given.StatementMade(new Statement(new StatementId("s"), TestWorld.Russia, StatementKind.Warning, "Words.") { About = [new DemandId("d")] }, on),
        [nameof(DeadlineSet)] = on => Given.DeadlineSet(new Deadline(new DeadlineId("dl"), TestWorld.Russia, "Reply", new LocalDate(2022, 1, 31)), on),
        [nameof(DeadlineExtended)] = on => Given.DeadlineExtended(new DeadlineId("dl"), new LocalDate(2022, 6, 30), on),
        [nameof(DeadlineMet)] = on => Given.DeadlineMet(new DeadlineId("dl"), on),
        [nameof(DeadlineClosed)] = on => Given.DeadlineClosed(new DeadlineId("dl"), DeadlineOutcome.Abandoned, on),
        [nameof(DevelopmentOccurred)] = on => Given.DevelopmentOccurred(new Development(new DevelopmentId("dev"), DevelopmentKind.Exercise, "An exercise.") { Actors = [TestWorld.Russia] }, on),
        [nameof(AgreementAdopted)] = on => Given.AgreementAdopted(new Agreement(new AgreementId("a"), new DocumentId("d"), [TestWorld.Russia], MilestoneRule.When(DevelopmentKind.Other)), on),
        [nameof(AgreementDrafted)] = on => Given.AgreementDrafted(new Agreement(new AgreementId("a"), new DocumentId("d"), [TestWorld.Russia], MilestoneRule.When(DevelopmentKind.Other)), on),
        [nameof(RoleTaken)] = on => Given.RoleTaken(RoundRole.OfParty(RoleKind.Mediator, TestWorld.Nato), on),
        [nameof(RoleLeft)] = on => Given.RoleLeft(RoundRole.OfParty(RoleKind.Mediator, TestWorld.Nato), on),
        [nameof(ConditionMet)] = on => Given.ConditionMet(new StatementId("s"), SubjectRef.Demand(new DemandId("d")), on),
        [nameof(DemandSettled)] = on => Given.DemandSettled(new DemandId("d"), DemandOutcome.Met, on),
        [nameof(RoundPreconditionsChanged)] = on => Given.RoundPreconditionsChanged(TestWorld.BilateralId, null, on, "Dropped."),
        [nameof(AgreementStepTaken)] = on => Given.AgreementStepTaken(new AgreementId("a"), AgreementStepKind.Signature, on, TestWorld.Russia),
    };

    [Fact]
    public void Kinds_EveryConcreteFactTypeOfTheLibrary_IsListed() =>
        Builders.Keys.Should().BeEquivalentTo(typeof(Fact).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(Fact)) && !t.IsAbstract).Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Equality_EachKind_ByValue(string kind)
    {
        var build = Builders[kind];

        EqualityAssertions.AssertValueEquality(build(First), build(First), build(Second));
    }
}
