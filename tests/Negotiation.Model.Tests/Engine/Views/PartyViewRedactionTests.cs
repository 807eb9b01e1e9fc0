using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Engine.Views;

/// <summary>What a party outside a confidential exchange sees of it: Ukraine may not read Russia's draft to NATO, so it
/// learns neither the draft, nor what was proposed in it, nor that a round waits for it.</summary>
public sealed class PartyViewRedactionTests
{
    private static readonly DocumentId Hidden = new("ru-nato-draft");
    private static readonly DocumentId Published = new("ru-public-draft");
    private static readonly ProposalId FromTheDraft = new("no-enlargement-proposal");
    private static readonly ProposalId InTheOpen = new("open-proposal");
    private static readonly RoundId Talks = new("ru-nato-talks");
    private static readonly LocalDate January5 = new(2022, 1, 5);

    private static NegotiationCase Negotiation(Precondition precondition) => TestWorld.Case.RecordOrThrow(
        Given.DocumentPresented(TestWorld.RussianDraft(Hidden.Value), TestWorld.ArticleDay, new Provision("1", "NATO shall not enlarge.")),
        Given.DocumentPresented(TestWorld.RussianDraft(Published.Value) with { Visibility = Visibility.Public }, TestWorld.ArticleDay, new Provision("1", "No deployments.")),
        Given.ProposalMade(new Proposal(FromTheDraft, TestWorld.Russia, [TestWorld.Nato], "No further enlargement.") { Source = DemandSource.InProvision(Hidden, 1, "1") }, TestWorld.ArticleDay),
        Given.ProposalMade(new Proposal(InTheOpen, TestWorld.Russia, [TestWorld.Nato], "No deployments.") { Source = DemandSource.InProvision(Published, 1, "1") }, TestWorld.ArticleDay),
        Given.RoundPlanned(
            new Round(Talks, RoundFormat.Multilateral, [TestWorld.Russia, TestWorld.Nato], TestWorld.January)
            {
                Agenda = new Agenda { Documents = [Hidden, Published] },
                Precondition = precondition,
            },
            TestWorld.ArticleDay));

    [Fact]
    public void AsSeenBy_AnOutsider_HidesTheProposalMadeInTheHiddenDraftOnly()
    {
        var negotiation = Negotiation(Precondition.NotBefore(January5));

        negotiation.AsSeenBy(TestWorld.Ukraine).Proposals.Keys.Should().Equal(InTheOpen);
        negotiation.AsSeenBy(TestWorld.Nato).Proposals.Keys.Should().Equal(FromTheDraft, InTheOpen);
    }

    [Fact]
    public void AsSeenBy_AnOutsider_KeepsTheVisibleDocumentsOfTheAgenda()
    {
        var negotiation = Negotiation(Precondition.NotBefore(January5));

        negotiation.AsSeenBy(TestWorld.Ukraine).Rounds[Talks].Agenda.Documents.Should().Equal(Published);
        negotiation.AsSeenBy(TestWorld.Nato).Rounds[Talks].Agenda.Documents.Should().Equal(Hidden, Published);
    }

    [Fact]
    public void AsSeenBy_AnOutsider_KeepsTheVisiblePartOfANegatedAnyOf()
    {
        var precondition = Precondition.Not(Precondition.AnyOf(Precondition.DocumentPresented(Hidden), Precondition.NotAfter(January5)));

        var view = Negotiation(precondition).AsSeenBy(TestWorld.Ukraine);

        var not = view.Rounds[Talks].Precondition.Should().BeOfType<NotCondition>().Subject;
        not.Part.Should().BeOfType<AnyOfCondition>().Which.Parts.Should().Equal(Precondition.NotAfter(January5));
    }

    [Fact]
    public void AsSeenBy_AnOutsider_DropsANegationOfOnlyHiddenThings()
    {
        var precondition = Precondition.AllOf(Precondition.NotBefore(January5), Precondition.Not(Precondition.DocumentPresented(Hidden)));

        var view = Negotiation(precondition).AsSeenBy(TestWorld.Ukraine);

        view.Rounds[Talks].Precondition.Should().BeOfType<AllOfCondition>().Which.Parts.Should().Equal(Precondition.NotBefore(January5));
    }

    [Fact]
    public void AsSeenBy_AReader_KeepsThePreconditionWhole()
    {
        var precondition = Precondition.Not(Precondition.AnyOf(Precondition.DocumentPresented(Hidden), Precondition.NotAfter(January5)));

        Negotiation(precondition).AsSeenBy(TestWorld.Nato).Rounds[Talks].Precondition.Should().Be(precondition);
    }
}
