using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Engine.Views;

/// <summary>What Ukraine, outside Russia's confidential draft to NATO, sees of each kind of fact about it, beside what NATO
/// (an addressee) sees: every fact about the draft or what was tabled in it is left out or restated without it, and every
/// fact about what is public is kept as it was.</summary>
public sealed class PartyViewByFactKindTests
{
    private static readonly DocumentId Hidden = new("ru-nato-draft");
    private static readonly DocumentId Published = new("ru-public-draft");
    private static readonly DemandId HiddenDemand = new("demand-in-the-draft");
    private static readonly DemandId OpenDemand = new("demand-in-the-open");
    private static readonly DemandId OtherOpenDemand = new("other-demand-in-the-open");
    private static readonly LocalDate December23 = new(2021, 12, 23);
    private static readonly LocalDate December24 = new(2021, 12, 24);

    // Built in each test, not shared: a mutant that makes Record refuse must fail the test it is in, not a cached fixture.
    private static NegotiationCase Drafts() => TestWorld.Case.RecordOrThrow(
        Given.DocumentPresented(TestWorld.RussianDraft(Hidden.Value), TestWorld.ArticleDay, new Provision("1", "NATO shall not enlarge.")),
        Given.DocumentPresented(TestWorld.RussianDraft(Published.Value) with { Visibility = Visibility.Public }, TestWorld.ArticleDay, new Provision("1", "No deployments.")),
        Given.DemandTabled(TestWorld.RussianDemand(HiddenDemand.Value) with { Source = DemandSource.InProvision(Hidden, 1, "1") }, TestWorld.ArticleDay),
        Given.DemandTabled(TestWorld.RussianDemand(OpenDemand.Value) with { Source = DemandSource.InProvision(Published, 1, "1") }, TestWorld.ArticleDay),
        Given.DemandTabled(TestWorld.RussianDemand(OtherOpenDemand.Value), TestWorld.ArticleDay));

    [Fact]
    public void AsSeenBy_RevisionsOfBothDrafts_AnOutsiderSeesOnlyThePublicOnesRevision()
    {
        var negotiation = Drafts().RecordOrThrow(
            Given.DocumentRevised(Hidden, TestWorld.Russia, December23, new Provision("1", "NATO shall not enlarge further.")),
            Given.DocumentRevised(Published, TestWorld.Russia, December23, new Provision("1", "No new deployments.")));

        negotiation.AsSeenBy(TestWorld.Ukraine).Log.OfType<DocumentRevised>().Select(f => f.Document).Should().Equal(Published);
        negotiation.AsSeenBy(TestWorld.Ukraine).Documents[Published].RevisionList.Should().HaveCount(2);
        negotiation.AsSeenBy(TestWorld.Nato).Log.OfType<DocumentRevised>().Select(f => f.Document).Should().Equal(Hidden, Published);
    }

    [Fact]
    public void AsSeenBy_ARoundConcludedWithBothDraftsHandedOver_AnOutsiderSeesOnlyThePublicOneInItsOutcome()
    {
        var outcome = new RoundOutcome("Drafts exchanged.") { DocumentsHandedOver = [Hidden, Published] };
        var negotiation = Drafts().RecordOrThrow(
            Given.RoundPlanned(TestWorld.Bilateral(), December23),
            Given.RoundHeld(TestWorld.BilateralId, new LocalDate(2022, 1, 10)),
            Given.RoundConcluded(TestWorld.BilateralId, new LocalDate(2022, 1, 10), outcome));

        negotiation.AsSeenBy(TestWorld.Ukraine).Rounds[TestWorld.BilateralId].Outcome!.DocumentsHandedOver.Should().Equal(Published);
        negotiation.AsSeenBy(TestWorld.Ukraine).Log.OfType<RoundConcluded>().Single().Outcome.DocumentsHandedOver.Should().Equal(Published);
        negotiation.AsSeenBy(TestWorld.Nato).Rounds[TestWorld.BilateralId].Outcome!.DocumentsHandedOver.Should().Equal(Hidden, Published);
    }

    [Fact]
    public void AsSeenBy_BothDemandsWithdrawn_AnOutsiderSeesOnlyTheOpenOneWithdrawn()
    {
        var negotiation = Drafts().RecordOrThrow(
            Given.DemandWithdrawn(HiddenDemand, December23),
            Given.DemandWithdrawn(OtherOpenDemand, December23));

        negotiation.AsSeenBy(TestWorld.Ukraine).Log.OfType<DemandWithdrawn>().Select(f => f.Demand).Should().Equal(OtherOpenDemand);
        negotiation.AsSeenBy(TestWorld.Ukraine).DemandLifecycles[OtherOpenDemand].Withdrawn.Should().NotBeNull();
        negotiation.AsSeenBy(TestWorld.Nato).Log.OfType<DemandWithdrawn>().Select(f => f.Demand).Should().Equal(HiddenDemand, OtherOpenDemand);
    }

    [Fact]
    public void AsSeenBy_AnOpenDemandReplacedByAnother_AnOutsiderSeesTheReplacement()
    {
        var negotiation = Drafts().RecordOrThrow(Given.DemandReplaced(OpenDemand, OtherOpenDemand, December23));

        negotiation.AsSeenBy(TestWorld.Ukraine).Log.OfType<DemandReplaced>().Should().ContainSingle()
            .Which.Should().Be(negotiation.Log.OfType<DemandReplaced>().Single());
    }

    [Fact]
    public void AsSeenBy_ADemandReplacedByOneInTheHiddenDraft_AnOutsiderDoesNotSeeTheReplacement()
    {
        var negotiation = Drafts().RecordOrThrow(Given.DemandReplaced(OpenDemand, HiddenDemand, December23));

        negotiation.AsSeenBy(TestWorld.Ukraine).Log.OfType<DemandReplaced>().Should().BeEmpty();
        negotiation.AsSeenBy(TestWorld.Nato).Log.OfType<DemandReplaced>().Should().ContainSingle();
    }

    [Fact]
    public void AsSeenBy_AnOpenDemandSettledByTheHiddenDraft_AnOutsiderLearnsTheSettlementWithoutTheDraft()
    {
        var negotiation = Drafts().RecordOrThrow(
            Given.DemandSettled(OpenDemand, DemandOutcome.Met, December24, new ProvisionRef(Hidden, 1, "1")),
            Given.DemandSettled(OtherOpenDemand, DemandOutcome.Met, December24, new ProvisionRef(Published, 1, "1")));

        var outsider = negotiation.AsSeenBy(TestWorld.Ukraine);
        outsider.DemandLifecycles[OpenDemand].Settlement.Should().BeEquivalentTo(new { Outcome = DemandOutcome.Met, By = (ProvisionRef?)null });
        outsider.DemandLifecycles[OtherOpenDemand].Settlement!.By.Should().Be(new ProvisionRef(Published, 1, "1"));
        negotiation.AsSeenBy(TestWorld.Nato).DemandLifecycles[OpenDemand].Settlement!.By.Should().Be(new ProvisionRef(Hidden, 1, "1"));
    }

    [Fact]
    public void AsSeenBy_ADemandInConflictWithTheHiddenDraftsDemand_AnOutsiderSeesItWithoutTheConflict()
    {
        // Found by ViewProperties with a longer run: the outsider's view kept the link to a demand it does not have.
        var conflicting = new DemandId("demand-against-the-draft");
        var against = new Demand(conflicting, TestWorld.Nato, [TestWorld.Russia], "No guarantees that bind NATO.") { ConflictsWith = [HiddenDemand, OpenDemand] };
        var negotiation = Drafts().RecordOrThrow(Given.DemandTabled(against, December23));

        var outsider = negotiation.AsSeenBy(TestWorld.Ukraine);
        outsider.Demands[conflicting].ConflictsWith.Should().Equal([OpenDemand], "the outsider may not learn that the hidden demand exists");
        outsider.Validate().Errors.Where(e => e.ErrorCode.StartsWith("NM1", StringComparison.Ordinal)).Should().BeEmpty("every reference in the view resolves");
        negotiation.AsSeenBy(TestWorld.Nato).Demands[conflicting].ConflictsWith.Should().Equal(HiddenDemand, OpenDemand);
    }

    [Fact]
    public void AsSeenBy_AnOpenDemandAlsoCarriedByTheHiddenDraft_AnOutsiderSeesItWithoutTheDraft()
    {
        var carried = new DemandId("demand-also-in-the-draft");
        var inBoth = TestWorld.RussianDemand(carried.Value) with
        {
            Source = DemandSource.InProvision(Published, 1, "1"),
            AlsoCarriedBy = [new ProvisionRef(Hidden, 1, "1")],
        };
        var negotiation = Drafts().RecordOrThrow(Given.DemandTabled(inBoth, December23));

        var outsider = negotiation.AsSeenBy(TestWorld.Ukraine);
        outsider.Demands[carried].AlsoCarriedBy.Should().BeEmpty("the outsider may not learn that the hidden draft exists");
        outsider.ProvisionsCarrying(carried).Should().Equal(new ProvisionRef(Published, 1, "1"));
        outsider.Log.OfType<DemandTabled>().Single(f => f.Demand.Id == carried).Demand.AlsoCarriedBy.Should().BeEmpty();
        negotiation.AsSeenBy(TestWorld.Nato).Demands[carried].AlsoCarriedBy.Should().Equal(new ProvisionRef(Hidden, 1, "1"));
        negotiation.AsSeenBy(TestWorld.Nato).ProvisionsCarrying(carried).Should().Equal(new ProvisionRef(Published, 1, "1"), new ProvisionRef(Hidden, 1, "1"));
    }

    [Fact]
    public void AsSeenBy_AProposalAnsweringBothDemands_AnOutsiderSeesItAnswerTheOpenOneOnly()
    {
        var proposal = new ProposalId("answer-to-both");
        var negotiation = Drafts().RecordOrThrow(Given.ProposalMade(
            new Proposal(proposal, TestWorld.Nato, [TestWorld.Russia], "Talks on risk reduction.") { Answers = [SubjectRef.Demand(HiddenDemand), SubjectRef.Demand(OpenDemand)] },
            December23));

        negotiation.AsSeenBy(TestWorld.Ukraine).Proposals[proposal].Answers.Should().Equal(SubjectRef.Demand(OpenDemand));
        negotiation.AsSeenBy(TestWorld.Nato).Proposals[proposal].Answers.Should().Equal(SubjectRef.Demand(HiddenDemand), SubjectRef.Demand(OpenDemand));
    }

    [Fact]
    public void AsSeenBy_AStanceOnTheHiddenDemandOnly_AnOutsiderSeesTheStatementWithoutIt()
    {
        var statement = new StatementId("nato-rejects");
        var negotiation = Drafts().RecordOrThrow(Given.StatementMade(
            new Statement(statement, TestWorld.Nato, StatementKind.Rejection, "No.")
            {
                Stances = [new StanceTaken(SubjectRef.Demand(HiddenDemand), Stance.Rejects), new StanceTaken(SubjectRef.Demand(OpenDemand), Stance.Rejects)],
            },
            December23));

        negotiation.AsSeenBy(TestWorld.Ukraine).Statements[statement].Stances.Select(s => s.Subject).Should().Equal(SubjectRef.Demand(OpenDemand));
        negotiation.AsSeenBy(TestWorld.Ukraine).StatusOf(OpenDemand, TestWorld.Nato).Should().Be(DemandStatus.Rejected);
        negotiation.AsSeenBy(TestWorld.Nato).Statements[statement].Stances.Should().HaveCount(2);
    }

    [Fact]
    public void AsSeenBy_AnAgreementOnTheHiddenDraft_AnOutsiderSeesNeitherItNorItsSteps()
    {
        var secret = new AgreementId("secret-accord");
        var open = new AgreementId("open-accord");
        var negotiation = Drafts().RecordOrThrow(
            Given.AgreementAdopted(new Agreement(secret, Hidden, [TestWorld.Russia, TestWorld.Nato], MilestoneRule.On(new LocalDate(2022, 6, 1))), December23),
            Given.AgreementDrafted(new Agreement(open, Published, [TestWorld.Russia, TestWorld.Nato], MilestoneRule.On(new LocalDate(2022, 6, 1))), December23),
            Given.AgreementStepTaken(secret, AgreementStepKind.Signature, December24, TestWorld.Russia));

        var outsider = negotiation.AsSeenBy(TestWorld.Ukraine);
        outsider.Agreements.Keys.Should().Equal(open);
        outsider.Log.OfType<AgreementStepTaken>().Should().BeEmpty();
        var reader = negotiation.AsSeenBy(TestWorld.Nato);
        reader.Agreements.Keys.Should().Equal(open, secret);
        reader.Log.OfType<AgreementStepTaken>().Should().ContainSingle();
    }
}
