using NodaTime;
using static Negotiation.Model.Tests.Queries.SeedSequel;
using static Negotiation.Model.Tests.Scenarios.SecurityGuarantees2021;

namespace Negotiation.Model.Tests.Queries;

public sealed class DemandQueriesTests
{
    [Fact]
    public void OpenDemands_AddressedToNatoOn22December_AreGuaranteesBasesNewMembersAndExpansion() =>
        Case.AsOf(ArticleDay).OpenDemands().AddressedTo(Nato).Ids.Should().Equal(
            NatoLegalGuarantees, NatoNoBasesInFormerSovietStates, NatoNoNewMembers, NatoStopEastwardExpansion);

    [Fact]
    public void OpenDemands_AddressedToTheUnitedStatesOn22December_AreTheSameGuaranteesAndNoDelay() =>
        Case.AsOf(ArticleDay).OpenDemands().AddressedTo(UnitedStates).Ids.Should().Equal(
            UsLegalGuarantees, UsNoBasesInFormerSovietStates, UsNoDelay, UsNoNewMembers, UsStopEastwardExpansion);

    [Fact]
    public void OpenDemands_On16December_AreNone()
    {
        var before = Case.AsOf(December16);
        before.OpenDemands().Should().BeEmpty();
        before.OpenDemands().AddressedTo(Nato).Count.Should().Be(0);
    }

    [Fact]
    public void StatusesOf_TheUsGuarantees_ArePartlyRejectedByTheUnacceptableRemark()
    {
        // When the United States called some Russian proposals "unacceptable" (Tuesday 21 December)
        var status = Case.AsOf(ArticleDay).StatusesOf(UsLegalGuarantees).Should().ContainSingle().Subject;

        // Then the demands its draft treaty carries are partly rejected, and still open
        status.Status.Should().Be(DemandStatus.PartlyRejected);
        status.IsOpen.Should().BeTrue();
        status.Position!.Statement.Should().Be(DonfriedUnacceptable);
        status.Reason.Should().Be("United States rejected part of 'Treaty between the United States of America and the Russian Federation on security guarantees', "
            + "which carries it (21 December 2021, statement 'donfried-2021-12-21-unacceptable': \"Some Russian proposals were \"unacceptable\".\")");
    }

    [Fact]
    public void StatusOf_TheDemandsOfNatoOn22December_AreTabled()
    {
        // The US remark was about NATO's draft too, but the United States is not its addressee
        Case.SelectDemands().AddressedTo(Nato).WithStatus(DemandStatus.Tabled).Count.Should().Be(4);
        Case.StatusOf(NatoNoNewMembers, Nato).Should().Be(DemandStatus.Tabled);
        Case.StatusesOf(NatoNoNewMembers)[0].Reason.Should().Be("tabled (week of 13 December 2021); NATO has not reacted yet");
        Case.StatusOf(UsNoDelay, UnitedStates).Should().Be(DemandStatus.Tabled, "it was made in a statement, not in the draft");
    }

    [Fact]
    public void StatusOf_NotAnAddressee_Throws() =>
        FluentActions.Invoking(() => Case.StatusOf(NatoNoNewMembers, UnitedStates)).Should().Throw<ArgumentException>().WithMessage("*not an addressee*");

    [Fact]
    public void SelectDemands_OnEuropeanSecurity_IncludesTheNarrowerTopics()
    {
        Case.SelectDemands().OnTopic(EuropeanSecurity).Count.Should().Be(9);
        Case.SelectDemands().OnTopic(EuropeanSecurity, includeNarrower: false).Should().BeEmpty();
        Case.OpenDemands().OnTopic(NatoEnlargement).Ids.Should().Equal(NatoNoNewMembers, NatoStopEastwardExpansion, UsNoNewMembers, UsStopEastwardExpansion);
    }

    [Fact]
    public void SelectDemands_ByKindAuthorAndStatus_CombineInAnyOrder()
    {
        Case.SelectDemands().OfKind(DemandKind.LegalGuarantee).Ids.Should().Equal(NatoLegalGuarantees, UsLegalGuarantees);
        Case.SelectDemands().OfKind(DemandKind.Timing).Ids.Should().Equal(UsNoDelay);
        Case.SelectDemands().WithStatus(DemandStatus.PartlyRejected).Ids.Should().Equal(UsLegalGuarantees, UsNoBasesInFormerSovietStates, UsNoNewMembers, UsStopEastwardExpansion);
        Case.SelectDemands().AddressedTo(Nato).WithStatus(DemandStatus.PartlyRejected).Should().BeEmpty();
        Case.OpenDemands().OfKind(DemandKind.Prohibition).By(Russia).AddressedTo(Nato).Ids
            .Should().Equal(Case.SelectDemands().AddressedTo(Nato).By(Russia).Open().OfKind(DemandKind.Prohibition).Ids)
            .And.Equal(NatoNoBasesInFormerSovietStates, NatoNoNewMembers, NatoStopEastwardExpansion);
        Case.SelectDemands().By(Russia).By(UnitedStates).Should().BeEmpty("a demand has one author");
    }

    [Fact]
    public void ProvisionsCarrying_ADemand_IsItsArticleAndTheUnchangedArticleOfLaterRevisions()
    {
        // Given Russia revises the draft agreement twice: article 6 unchanged, then reworded
        var negotiation = Record(Case,
        [
            Revision(DraftAgreementWithNato, new LocalDate(2022, 1, 5), ("6", "All member States of NATO commit themselves to refrain from any further enlargement of NATO.")),
            Revision(DraftAgreementWithNato, new LocalDate(2022, 1, 20), ("6", "NATO shall not admit Ukraine or Georgia.")),
        ]);

        // Then the demand on new members is carried by article 6 of revisions 1 and 2, not 3
        negotiation.ProvisionsCarrying(NatoNoNewMembers).Should().Equal(
            new ProvisionRef(DraftAgreementWithNato, 1, "6"), new ProvisionRef(DraftAgreementWithNato, 2, "6"));
        negotiation.ProvisionsCarrying(UsNoDelay).Should().BeEmpty("it was made in a statement");
    }

    [Fact]
    public void ProvisionsCarrying_TheLatestRevisionKeepsTheArticle_CarriesTheDemandToIt()
    {
        // Given Russia revises the draft agreement once, article 6 unchanged
        var negotiation = Record(Case,
        [
            Revision(DraftAgreementWithNato, new LocalDate(2022, 1, 5), ("6", "All member States of NATO commit themselves to refrain from any further enlargement of NATO.")),
        ]);

        // Then the demand on new members is carried by both revisions
        negotiation.ProvisionsCarrying(NatoNoNewMembers).Should().Equal(
            new ProvisionRef(DraftAgreementWithNato, 1, "6"), new ProvisionRef(DraftAgreementWithNato, 2, "6"));
    }

    [Fact]
    public void DemandsCarriedBy_TheUsDraft_AreItsFourDemands() =>
        Case.DemandsCarriedBy(DraftTreatyWithUs).Select(d => d.Id).Should().Equal(UsLegalGuarantees, UsNoBasesInFormerSovietStates, UsNoNewMembers, UsStopEastwardExpansion);

    [Fact]
    public void ProposalsAnswering_ADemand_AreTheProposalsNamingIt()
    {
        // Given the United States offers reciprocal limits on exercises in answer to the demand on bases
        var offer = new Proposal(new ProposalId("reciprocal-limits"), UnitedStates, [Russia], "Reciprocal limits on the size of exercises.")
        {
            Answers = [SubjectRef.Demand(UsNoBasesInFormerSovietStates), SubjectRef.Document(DraftTreatyWithUs)],
            IsReciprocal = true,
        };
        var day = new LocalDate(2022, 1, 26);
        var negotiation = Record(Case, [new ProposalMade { Proposal = offer, Occurred = day, Recorded = At(2022, 1, 26, 20), Source = Reuters(day) }]);

        // Then it answers the demand and the document, and nothing else
        negotiation.ProposalsAnswering(SubjectRef.Demand(UsNoBasesInFormerSovietStates)).Should().Equal(offer);
        negotiation.ProposalsAnswering(SubjectRef.Document(DraftTreatyWithUs)).Should().Equal(offer);
        negotiation.ProposalsAnswering(SubjectRef.Demand(UsNoNewMembers)).Should().BeEmpty();
    }

    [Fact]
    public void StatusOf_AfterTheNatoRoundWithTheDraftOnItsAgenda_IsUnderDiscussion()
    {
        // Given the NATO–Russia Council meets in Brussels on 12 January with the draft agreement on its agenda
        var twelfth = new LocalDate(2022, 1, 12);
        var negotiation = Record(WithSequel, [new RoundHeld { Round = NatoRound, Occurred = Brussels, Recorded = At(2022, 1, 12, 18), Source = Reuters(twelfth) }]);

        // Then NATO's demands are under discussion and still open; the US ones stay partly rejected (a stance outranks
        // an agenda)
        negotiation.SelectDemands().AddressedTo(Nato).WithStatus(DemandStatus.UnderDiscussion).Count.Should().Be(4);
        negotiation.StatusesOf(NatoNoBasesInFormerSovietStates)[0].Reason.Should().Be("it was on the agenda of a round held with NATO");
        negotiation.StatusOf(UsLegalGuarantees, UnitedStates).Should().Be(DemandStatus.PartlyRejected);
        negotiation.OpenDemands().AddressedTo(Nato).Count.Should().Be(4);
    }

    [Fact]
    public void StatusOf_AfterAcceptanceWithdrawalAndReplacement_FollowsEachChange()
    {
        var day = new LocalDate(2022, 2, 10);

        // Given NATO accepts the guarantees on a condition, Russia withdraws the bases demand and hardens the expansion one
        var negotiation = Record(Case,
        [
            new StatementMade
            {
                Statement = new Statement(new StatementId("nato-accepts"), Nato, StatementKind.Acceptance, "We accept, if Russia does the same.")
                {
                    About = [SubjectRef.Demand(NatoLegalGuarantees)],
                    Condition = "if Russia does the same",
                },
                Occurred = day,
                Recorded = At(2022, 2, 10, 12),
                Source = Reuters(day),
            },
            new DemandWithdrawn { Demand = NatoNoBasesInFormerSovietStates, Occurred = day, Recorded = At(2022, 2, 10, 12), Source = Reuters(day) },
            new DemandReplaced { Demand = NatoStopEastwardExpansion, By = NatoNoNewMembers, Hardened = true, Occurred = day, Recorded = At(2022, 2, 10, 12), Source = Reuters(day) },
        ]);

        // Then each status follows; the guarantees, accepted only on a condition, stay open beside the demand on new members
        negotiation.StatusOf(NatoLegalGuarantees, Nato).Should().Be(DemandStatus.ConditionallyAccepted);
        negotiation.StatusesOf(NatoLegalGuarantees)[0].Reason.Should().StartWith("NATO accepted, on condition (if Russia does the same), it (10 February 2022");
        negotiation.StatusOf(NatoNoBasesInFormerSovietStates, Nato).Should().Be(DemandStatus.Withdrawn);
        negotiation.StatusOf(NatoStopEastwardExpansion, Nato).Should().Be(DemandStatus.Hardened);
        negotiation.StatusesOf(NatoStopEastwardExpansion)[0].Reason.Should().Be("Russia hardened it into 'ru-nato-no-new-members' (10 February 2022)");
        negotiation.OpenDemands().AddressedTo(Nato).Ids.Should().Equal(NatoLegalGuarantees, NatoNoNewMembers);
    }

    [Fact]
    public void StatusOf_ConditionalAcceptanceMadeUnconditional_IsAcceptedAndClosed()
    {
        var day = new LocalDate(2022, 2, 10);
        Statement Accepts(string id, string? condition) => new(new StatementId(id), Nato, StatementKind.Acceptance, "We accept.")
        {
            About = [SubjectRef.Demand(NatoLegalGuarantees)],
            Condition = condition,
        };

        // Given NATO accepts on a condition, and later without one
        var conditional = Record(Case, [new StatementMade { Statement = Accepts("nato-if", "if Russia does the same"), Occurred = day, Recorded = At(2022, 2, 10, 12), Source = Reuters(day) }]);
        var unconditional = Record(conditional, [new StatementMade { Statement = Accepts("nato-now", null), Occurred = day.PlusDays(5), Recorded = At(2022, 2, 15, 12), Source = Reuters(day.PlusDays(5)) }]);

        // Then the demand is open while the condition stands, and accepted (closed) once the acceptance is unconditional
        conditional.OpenDemands().AddressedTo(Nato).Ids.Should().Contain(NatoLegalGuarantees);
        unconditional.StatusOf(NatoLegalGuarantees, Nato).Should().Be(DemandStatus.Accepted);
        unconditional.OpenDemands().AddressedTo(Nato).Ids.Should().NotContain(NatoLegalGuarantees);
    }

    private static DocumentRevised Revision(DocumentId document, LocalDate day, params (string Article, string Text)[] provisions) =>
        new()
        {
            Document = document,
            By = Russia,
            Provisions = [.. provisions.Select(p => new Provision(p.Article, p.Text))],
            Occurred = day,
            Recorded = day.AtMidnight().InUtc().ToInstant() + Duration.FromHours(20),
            Source = Reuters(day),
        };
}
