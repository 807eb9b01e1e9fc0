using NodaTime;
using static Negotiation.Model.Tests.Queries.SeedSequel;
using static Negotiation.Model.Tests.Scenarios.SecurityGuarantees2021;

namespace Negotiation.Model.Tests.Queries;

public sealed class DocumentQueriesTests
{
    [Fact]
    public void CompareRevisions_ARevisedDraft_ListsProvisionsAddedRemovedAndChanged()
    {
        // Given Russia hands over a second revision of the draft agreement: article 6 reworded, 7 dropped, 9 added
        var day = new LocalDate(2022, 1, 20);
        var negotiation = Record(Case,
        [
            new DocumentRevised
            {
                Document = DraftAgreementWithNato,
                By = Russia,
                Provisions =
                [
                    new Provision("1", "The Parties shall not strengthen their security at the expense of each other's security (legal guarantees)."),
                    new Provision("6", "NATO shall not admit Ukraine or Georgia."),
                    new Provision("9", "The Parties shall hold consultations every six months."),
                ],
                Occurred = day,
                Recorded = At(2022, 1, 20, 18),
                Source = Reuters(day),
            },
        ]);

        var diff = negotiation.CompareRevisions(DraftAgreementWithNato, 1, 2);

        diff.Added.Select(p => p.Article).Should().Equal("9");
        diff.Removed.Select(p => p.Article).Should().Equal("7");
        diff.Changed.Should().ContainSingle().Which.After.Text.Should().Be("NATO shall not admit Ukraine or Georgia.");
        diff.ToString().Should().Contain("+ art. 9").And.Contain("- art. 7").And.Contain("~ art. 6");
        negotiation.CompareRevisions(DraftAgreementWithNato, 2, 2).IsEmpty.Should().BeTrue();

        var history = negotiation.RevisionHistory(DraftAgreementWithNato);
        history.Select(h => (h.From, h.To)).Should().Equal((0, 1), (1, 2));
        history[0].Added.Should().HaveCount(3);
        history[1].Should().Be(diff);
        FluentActions.Invoking(() => negotiation.CompareRevisions(DraftAgreementWithNato, 1, 3)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void RepliesTo_TheUsDraft_IsTheUsResponse() =>
        WithSequel.RepliesTo(DraftTreatyWithUs).Select(d => d.Id).Should().Equal(UsResponse);

    [Fact]
    public void CanSee_TheConfidentialDrafts_OnlyTheirPartiesUntilRussiaPublishedThem()
    {
        // As the article tells it, the drafts were handed over, not published: the EU may not see them
        Case.CanSee(Nato, DraftAgreementWithNato).Should().BeTrue();
        Case.CanSee(France, DraftAgreementWithNato).Should().BeTrue("France is a member of NATO, the addressee");
        Case.CanSee(EuropeanUnion, DraftAgreementWithNato).Should().BeFalse();
        Case.CanSee(UnitedStates, DraftTreatyWithUs).Should().BeTrue();

        // Russia published both on 17 December
        WithSequel.CanSee(EuropeanUnion, DraftAgreementWithNato).Should().BeTrue();
    }

    [Fact]
    public void CanSee_TheConfidentialUsResponse_FollowsItsReadersAndTheLeak()
    {
        var beforeLeak = WithSequel.AsOf(January31);

        // Before the leak: its author and addressee, and NATO's members (it was shared with NATO); not the EU
        beforeLeak.CanSee(Russia, UsResponse).Should().BeTrue();
        beforeLeak.CanSee(Nato, UsResponse).Should().BeTrue();
        beforeLeak.CanSee(Poland, UsResponse).Should().BeTrue("Poland is a member of NATO");
        beforeLeak.CanSee(EuropeanUnion, UsResponse).Should().BeFalse();
        beforeLeak.CanSee(Ukraine, UsResponse).Should().BeFalse();

        // After El País published it on 2 February: everyone
        WithSequel.CanSee(EuropeanUnion, UsResponse).Should().BeTrue();
    }

    [Fact]
    public void DocumentsVisibleTo_TheEu_AreThePublishedDraftsUntilTheLeak()
    {
        Case.DocumentsVisibleTo(EuropeanUnion).Should().BeEmpty();
        WithSequel.AsOf(January31).DocumentsVisibleTo(EuropeanUnion).Select(d => d.Id).Should().Equal(DraftAgreementWithNato, DraftTreatyWithUs);
        WithSequel.DocumentsVisibleTo(EuropeanUnion).Select(d => d.Id).Should().Equal(DraftAgreementWithNato, DraftTreatyWithUs, UsResponse);
        WithSequel.AsOf(January31).DocumentsVisibleTo(Poland).Select(d => d.Id).Should().Equal(DraftAgreementWithNato, DraftTreatyWithUs, UsResponse);
    }
}
