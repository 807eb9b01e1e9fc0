using CsCheck;
using NodaTime;
using static Negotiation.Model.Tests.Queries.SeedSequel;
using static Negotiation.Model.Tests.Scenarios.SecurityGuarantees2021;

namespace Negotiation.Model.Tests.Queries;

public sealed class ViewQueriesTests
{
    [Fact]
    public void AsSeenBy_TheEuAsTheArticleTellsIt_HidesTheConfidentialDraftsAndTheirDemands()
    {
        // The drafts were handed to NATO and the United States, not published
        var view = Case.AsSeenBy(EuropeanUnion);

        view.Documents.Should().BeEmpty();
        view.Demands.Keys.Should().Equal(UsNoDelay);
        view.Statements[DonfriedUnacceptable].About.Should().BeEmpty("the remark is public, what it is about is not");
        view.PositionsMatrix().WithStance(Stance.Rejects).Should().BeEmpty();
        view.Rounds[NatoRound].Agenda.Documents.Should().BeEmpty();
        view.Id.Should().Be(Case.Id);
    }

    [Fact]
    public void AsSeenBy_Nato_SeesItsDraftButNotTheOneToTheUnitedStates()
    {
        var view = Case.AsSeenBy(Nato);

        view.Documents.Keys.Should().Equal(DraftAgreementWithNato);
        view.OpenDemands().AddressedTo(Nato).Count.Should().Be(4);
        view.Demands.Keys.Should().NotContain(UsLegalGuarantees);
        view.StanceOn(UnitedStates, SubjectRef.Document(DraftAgreementWithNato)).Stance.Should().Be(Stance.Rejects);
    }

    [Fact]
    public void AsSeenBy_TheEu_SeesTheDraftsFromTheirPublication()
    {
        // Published on 17 December; handed over in the week of 13 December, which is certainly over on the 19th
        WithSequel.AsOf(new LocalDate(2021, 12, 20)).AsSeenBy(EuropeanUnion).Documents.Keys.Should().Equal(DraftAgreementWithNato, DraftTreatyWithUs);
        WithSequel.AsOf(new LocalDate(2021, 12, 20)).AsSeenBy(EuropeanUnion).OpenDemands().AddressedTo(Nato).Count.Should().Be(4);
    }

    [Fact]
    public void AsSeenBy_TheEuBeforeTheLeak_HidesTheConfidentialUsResponse()
    {
        var view = WithSequel.AsOf(January31).AsSeenBy(EuropeanUnion);

        view.Documents.Keys.Should().NotContain(UsResponse);
        view.RepliesTo(DraftTreatyWithUs).Should().BeEmpty();
    }

    [Fact]
    public void AsSeenBy_TheEuFromTheDayOfTheLeak_ShowsTheUsResponse()
    {
        var view = WithSequel.AsOf(Leaked).AsSeenBy(EuropeanUnion);

        view.Documents.Keys.Should().Contain(UsResponse);
        view.Documents[UsResponse].DisclosedBy.Should().Be(Disclosure.Leaked);
        view.RepliesTo(DraftTreatyWithUs).Select(d => d.Id).Should().Equal(UsResponse);
    }

    [Fact]
    public void AsSeenBy_AMemberOfAnOrganisationItWasSharedWith_ShowsItBeforeTheLeak() =>
        WithSequel.AsOf(January31).AsSeenBy(Poland).Documents.Keys.Should().Contain(UsResponse);

    [Fact]
    public void AsSeenBy_AConfidentialStatement_IsKnownOnlyToItsPartiesAndReaders()
    {
        // Given a message from Russia to the United States, passed in confidence
        var message = new StatementId("private-message");
        var negotiation = Record(Case,
        [
            new StatementMade
            {
                Statement = new Statement(message, Russia, StatementKind.Warning, "We expect answers in writing.")
                {
                    Addressees = [UnitedStates],
                    Visibility = Visibility.Confidential,
                    About = [SubjectRef.Document(DraftTreatyWithUs)],
                },
                Occurred = ArticleDay,
                Recorded = At(2021, 12, 22, 20),
                Source = new Source("Diplomatic cable", ArticleDay),
            },
        ]);

        negotiation.AsSeenBy(UnitedStates).Statements.Keys.Should().Contain(message);
        negotiation.AsSeenBy(Russia).Statements.Keys.Should().Contain(message);
        negotiation.AsSeenBy(EuropeanUnion).Statements.Keys.Should().NotContain(message).And.Contain(DonfriedUnacceptable);
    }

    [Fact]
    public void AsSeenBy_TheResult_IsAnOrdinaryCase()
    {
        var view = WithSequel.AsSeenBy(EuropeanUnion);

        view.OpenDemands().AddressedTo(Nato).Count.Should().Be(4);
        view.AsOf(December16).Demands.Should().BeEmpty();
        view.AsOf(ArticleDay).CanStart(NatoRound).CanStart.Should().Be(Truth.No);
    }

    [Fact]
    public void AsSeenBy_GeneratedCases_HoldsWhatThePartyMaySeeAndNothingElse() =>
        GeneratedCases.Histories(parties: 12, minOps: 20, maxOps: 250).Select(Gen.Int[0, 1000]).Sample(
            (history, pick) =>
            {
                var negotiation = GeneratedCases.Build(history);
                AssertHoldsWhatThePartyMaySee(negotiation, negotiation.Parties.Keys.ElementAt(pick % negotiation.Parties.Count));
            },
            iter: 60,
            threads: 1);

    [Fact]
    public void AsSeenBy_AnyAcceptedHistoryOfEveryFactKind_HoldsWhatEachPartyMaySeeAndNothingElse() =>
        Properties.Generators.Facts.Sample(
            facts =>
            {
                // Drafts shared with named readers, confidential replies and stances on drafts, for every party.
                var negotiation = Properties.Generators.Accepted(facts);
                foreach (var party in negotiation.Parties.Keys)
                {
                    AssertHoldsWhatThePartyMaySee(negotiation, party);
                }
            },
            iter: 150,
            threads: 1,
            print: facts => Properties.Generators.AddedFacts(Properties.Generators.Accepted(facts)));

    private static void AssertHoldsWhatThePartyMaySee(NegotiationCase negotiation, PartyId party)
    {
        var view = negotiation.AsSeenBy(party);
        view.Documents.Keys.Should().Equal(negotiation.Documents.Values.Where(d => QueryOracle.CanSee(negotiation, d, party)).Select(d => d.Id));
        view.Statements.Keys.Should().BeSubsetOf(negotiation.Statements.Values.Where(s => QueryOracle.CanSee(negotiation, s, party)).Select(s => s.Id));
        view.Statements.Values.All(s => s.About.All(a => a.Kind != SubjectKind.Document || view.Documents.ContainsKey(new DocumentId(a.Id))))
            .Should().BeTrue("no statement in the view is about a hidden document");
        view.Demands.Values.All(d => d.Source?.Provision is not { } p || view.Documents.ContainsKey(p.Document))
            .Should().BeTrue("no demand in the view was made in a hidden document");
        view.DocumentsVisibleTo(party).Select(d => d.Id).Should().Equal(view.Documents.Keys, "in its own view a party sees every document");
    }
}
