using FluentAssertions.Execution;
using Negotiation.Model.Testing;
using Negotiation.Model.Tests.Properties;
using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Engine;

/// <summary>The bulk evolution of each sample scenario equals recording it fact by fact. The generated histories of
/// <see cref="IndexProperties"/> are small and rarely reach some shapes (a held round with demands and documents on its
/// agenda, demands carried by drafts, stances on drafts, packages, replies); the real talks have them all.</summary>
public sealed class BulkEvolutionScenarioTests
{
    public static TheoryData<string> Scenarios => ["security-guarantees-2021", "article-50", "paris-agreement-2015"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void BulkEvolution_OfASampleScenario_EqualsRecordingFactByFact(string name)
    {
        var negotiation = name switch
        {
            "security-guarantees-2021" => SampleScenarios.SecurityGuarantees2021,
            "article-50" => SampleScenarios.Article50,
            _ => SampleScenarios.ParisAgreement2015,
        };

        using (new AssertionScope(name))
        {
            IndexProperties.BulkEvolutionShouldEqualRecording(negotiation);
        }
    }

    [Fact]
    public void SampleScenarios_ReachShapesTheGeneratedHistoriesRarelyDo()
    {
        var indexes = new[] { SampleScenarios.SecurityGuarantees2021, SampleScenarios.Article50, SampleScenarios.ParisAgreement2015 }.Select(c => c.Data.Indexes).ToList();

        indexes.Should().Contain(i => !i.DocumentDiscussedBy.IsEmpty, "a held round discussed a document on its agenda");
        indexes.Should().Contain(i => !i.DemandsByDocument.IsEmpty, "a demand was made in a draft's provision");
        indexes.Should().Contain(i => !i.Statuses.IsEmpty, "someone took a stance");
    }

    [Fact]
    public void BulkEvolution_OfTalksWithAPackageAReplyAndADemandOnAHeldRoundsAgenda_EqualsRecordingFactByFact()
    {
        // What neither the samples nor most generated histories have: a package, a reply shared with named readers, a
        // demand and a draft on the agenda of a round that was held, and a stance on the draft.
        var demand = TestWorld.RussianDemand("package-guarantees") with { Package = "guarantees" };
        var draft = TestWorld.RussianDraft();
        var reply = new Document(new DocumentId("nato-reply"), DocumentKind.WrittenResponse, "NATO's reply", [TestWorld.Nato], [TestWorld.Russia])
        {
            RepliesTo = draft.Id,
            Visibility = Visibility.SharedWithNamedParties,
            SharedWith = [TestWorld.UnitedStates],
        };
        var round = new Round(new RoundId("ru-nato-council"), RoundFormat.Multilateral, [RoundSide.FromPartyId(TestWorld.Russia), RoundSide.FromPartyId(TestWorld.Nato)], TestWorld.Geneva)
        {
            Agenda = new Agenda { Demands = [demand.Id], Documents = [draft.Id] },
        };
        var rejection = new Statement(new StatementId("nato-rejects-draft"), TestWorld.Nato, StatementKind.Rejection, "The draft is not acceptable.")
        {
            Stances = [new StanceTaken(SubjectRef.Document(draft.Id), Stance.Rejects)],
        };

        var negotiation = TestWorld.Case
            .RecordOrThrow(Given.DemandTabled(demand, Moment.On(TestWorld.ArticleDay)))
            .RecordOrThrow(Given.DocumentPresented(draft, Moment.On(TestWorld.ArticleDay), new Provision("1", "Guarantees.")))
            .RecordOrThrow(Given.DocumentPresented(reply, Moment.On(TestWorld.ArticleDay.PlusDays(3)), new Provision("1", "No.")))
            .RecordOrThrow(Given.RoundPlanned(round, Moment.On(TestWorld.ArticleDay)))
            .RecordOrThrow(Given.RoundHeld(round.Id, TestWorld.Geneva))
            .RecordOrThrow(Given.StatementMade(rejection, Moment.On(new NodaTime.LocalDate(2022, 1, 12))));

        using (new AssertionScope())
        {
            negotiation.Data.Indexes.PackageOwners.Should().ContainKey("guarantees");
            negotiation.Data.Indexes.Replies.Should().ContainKey(draft.Id);
            negotiation.Data.Indexes.DemandDiscussedBy.Should().ContainKey(demand.Id);
            negotiation.Data.Indexes.DocumentDiscussedBy.Should().ContainKey(draft.Id);
            IndexProperties.BulkEvolutionShouldEqualRecording(negotiation);
        }
    }

    [Fact]
    public void ADemandMadeInADraft_TakesTheStatusOfRoundsAndStancesOnTheDraft()
    {
        // A demand made in a draft's provision is under discussion once a round with the draft (not the demand) on its
        // agenda is held, and takes its addressee's later stance on the draft: what a fact does to a draft reaches the
        // demands it carries, one Record at a time as in bulk.
        var draft = TestWorld.RussianDraft();
        var demand = TestWorld.RussianDemand("carried-guarantees") with { Source = DemandSource.InProvision(draft.Id, 1, "1") };
        var round = new Round(new RoundId("ru-nato-council"), RoundFormat.Multilateral, [RoundSide.FromPartyId(TestWorld.Russia), RoundSide.FromPartyId(TestWorld.Nato)], TestWorld.Geneva)
        {
            Agenda = new Agenda { Documents = [draft.Id] },
        };
        var rejection = new Statement(new StatementId("nato-rejects-draft"), TestWorld.Nato, StatementKind.Rejection, "The draft is not acceptable.")
        {
            Stances = [new StanceTaken(SubjectRef.Document(draft.Id), Stance.Rejects)],
        };

        var tabled = TestWorld.Case
            .RecordOrThrow(Given.DocumentPresented(draft, Moment.On(TestWorld.ArticleDay), new Provision("1", "Guarantees.")))
            .RecordOrThrow(Given.DemandTabled(demand, Moment.On(TestWorld.ArticleDay)))
            .RecordOrThrow(Given.RoundPlanned(round, Moment.On(TestWorld.ArticleDay)));
        var discussed = tabled.RecordOrThrow(Given.RoundHeld(round.Id, TestWorld.Geneva));
        var rejected = discussed.RecordOrThrow(Given.StatementMade(rejection, Moment.On(new NodaTime.LocalDate(2022, 1, 12))));

        using (new AssertionScope())
        {
            tabled.StatusOf(demand.Id, TestWorld.Nato).Should().Be(DemandStatus.Tabled);
            discussed.StatusOf(demand.Id, TestWorld.Nato).Should().Be(DemandStatus.UnderDiscussion);
            discussed.SelectDemands().WithStatus(DemandStatus.UnderDiscussion).Ids.Should().Contain(demand.Id);
            discussed.OpenDemands().AddressedTo(TestWorld.Nato).Ids.Should().Contain(demand.Id);
            rejected.StatusOf(demand.Id, TestWorld.Nato).Should().Be(DemandStatus.Rejected);
            rejected.SelectDemands().WithStatus(DemandStatus.Rejected).Ids.Should().Contain(demand.Id);
            rejected.SelectDemands().WithStatus(DemandStatus.UnderDiscussion).Ids.Should().NotContain(demand.Id);
            IndexProperties.BulkEvolutionShouldEqualRecording(rejected);
        }
    }
}
