using FluentValidation;
using NodaTime;
using static Negotiation.Model.Tests.Scenarios.SecurityGuarantees2021;

namespace Negotiation.Model.Tests.Scenarios;

/// <summary>
/// What DESIGN.md says must hold once the seed article is entered, asserted on the case itself (no query API).
/// The story is in <see cref="SecurityGuarantees2021"/>, sentence by sentence.
/// </summary>
public sealed class SecurityGuarantees2021Tests
{
    private static readonly NegotiationCase Talks = Case;

    [Fact]
    public void Article_EnteredSentenceBySentence_IsAccepted()
    {
        Talks.Version.Should().BeGreaterThan(80, "every party, person, topic, document, demand, round, statement and commitment is a fact");
        Talks.Log.Should().OnlyContain(f => f.Recorded == SecurityGuarantees2021.Recorded);
    }

    [Fact]
    public void Nato_On22December2021_Has30Members()
    {
        var nato = (Organisation)Talks.Parties[Nato];

        nato.MembersOn(ArticleDay).Should().HaveCount(30);
        nato.HasMember(UnitedStates, ArticleDay).Should().BeTrue();
        nato.HasMember(Ukraine, ArticleDay).Should().BeFalse();
        nato.MembersOn(new LocalDate(2019, 12, 31)).Should().HaveCount(29, "North Macedonia joined in 2020 (the scenario keeps years of accession only)");
    }

    [Fact]
    public void EuropeanUnion_On22December2021_Has27MembersWithoutTheUnitedKingdom()
    {
        var eu = (Organisation)Talks.Parties[EuropeanUnion];

        eu.MembersOn(ArticleDay).Should().HaveCount(27);
        eu.HasMember(new PartyId("united-kingdom"), ArticleDay).Should().BeFalse();
        eu.HasMember(new PartyId("united-kingdom"), new LocalDate(2019, 12, 31)).Should().BeTrue();
    }

    [Fact]
    public void FormerSovietStates_AreAGroupThatIncludesUkraine()
    {
        Talks.Parties[FormerSovietStates].Should().BeOfType<PartyGroup>()
            .Which.Members.Should().Contain(Ukraine).And.HaveCount(14);
    }

    [Fact]
    public void Demands_AddressedToNato_AreTheFourSecurityDemands()
    {
        var toNato = Talks.Demands.Values.Where(d => d.Addressees.Contains(Nato)).Select(d => d.Id);

        toNato.Should().BeEquivalentTo([NatoLegalGuarantees, NatoStopEastwardExpansion, NatoNoNewMembers, NatoNoBasesInFormerSovietStates]);
        Talks.Demands[NatoLegalGuarantees].Kind.Should().Be(DemandKind.LegalGuarantee);
        Talks.Demands[NatoNoBasesInFormerSovietStates].Concerns.Should().Equal(FormerSovietStates);
    }

    [Fact]
    public void Demands_AddressedToTheUnitedStates_AreTheSameGuaranteesAndNoDelay()
    {
        var toUs = Talks.Demands.Values.Where(d => d.Addressees.Contains(UnitedStates)).Select(d => d.Id);

        toUs.Should().BeEquivalentTo([UsLegalGuarantees, UsStopEastwardExpansion, UsNoNewMembers, UsNoBasesInFormerSovietStates, UsNoDelay]);
        Talks.Demands[UsNoDelay].Source!.Value.Statement.Should().Be(LavrovNoDragging, "Lavrov's caution is a demand made in a statement");
    }

    [Fact]
    public void Demands_OnTheirDay_AllStandAndNoneIsAnswered()
    {
        Talks.DemandLifecycles.Values.Should().OnlyContain(l => l.IsStanding);
        Talks.Demands.Keys.Should().OnlyContain(id => Talks.PositionOf(Nato, id) == null && Talks.PositionOf(UnitedStates, id) == null);
    }

    [Fact]
    public void DraftDocuments_PresentedByRussiaInTheWeekOf13December_CarryTheDemands()
    {
        var weekOf13December = Moment.Within(DateWindow.WeekOf(new LocalDate(2021, 12, 13)));

        Talks.Documents.Should().HaveCount(2);
        Talks.Documents[DraftAgreementWithNato].Addressees.Should().Equal(Nato);
        Talks.Documents[DraftTreatyWithUs].Addressees.Should().Equal(UnitedStates);
        Talks.Documents.Values.Should().OnlyContain(d => d.Authors.Count == 1 && d.Authors[0] == Russia && d.HandedOver == weekOf13December);
        Talks.Documents[DraftTreatyWithUs].HandedOver!.Value.ToString().Should().Be("week of 13 December 2021");
        Talks.Demands.Values.Where(d => d.Source?.Provision is not null)
            .Should().OnlyContain(d => Talks.Documents[d.Source!.Value.Provision!.Value.Document].Addressees.Equals(d.Addressees));
    }

    [Fact]
    public void BilateralRound_PlannedForEarlyJanuary2022_IsAgreedAndNothingBlocksIt()
    {
        var bilateral = Talks.Rounds[BilateralRound];

        bilateral.Status.Should().Be(RoundStatus.Agreed);
        bilateral.Format.Should().Be(RoundFormat.Bilateral);
        bilateral.Planned.ToString().Should().Be("early January 2022");
        bilateral.Precondition.Should().BeNull("nothing has to happen before the first round");
    }

    [Fact]
    public void NatoRound_PlannedForJanuary2022_IsBlockedUntilTheBilateralRoundIsHeld()
    {
        var natoRound = Talks.Rounds[NatoRound];

        var canStart = natoRound.Precondition!.Evaluate(Talks, natoRound);

        natoRound.Planned.ToString().Should().Be("January 2022");
        natoRound.Status.Should().Be(RoundStatus.Proposed, "Russia wants it in January; it is not agreed yet");
        canStart.Met.Should().Be(Truth.No);
        canStart.Reason.Should().Be("the round 'Russia–United States talks' has not been held; it is planned for early January 2022");
    }

    [Fact]
    public void NatoRound_IfTheBilateralRoundIsHeldOn10January_CanStart()
    {
        var held = Talks.Record(new RoundHeld
        {
            Round = BilateralRound,
            Occurred = Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich"),
            Recorded = Instant.FromUtc(2022, 1, 10, 18, 0),
            Source = new Source("News report", new LocalDate(2022, 1, 10)),
        }).Case;
        var natoRound = held.Rounds[NatoRound];

        natoRound.Precondition!.Evaluate(held, natoRound).Met.Should().Be(Truth.Undetermined,
            "the bilateral round was held on 10 January and the NATO round is only planned for 'January 2022'");
        Talks.Rounds[BilateralRound].Status.Should().Be(RoundStatus.Agreed, "recording a fact never alters the case it starts from");
    }

    [Fact]
    public void UnitedStates_OnSomeRussianProposals_SaysUnacceptable()
    {
        foreach (var draft in new[] { DraftTreatyWithUs, DraftAgreementWithNato })
        {
            var position = Talks.PositionOf(UnitedStates, draft);

            position.Should().NotBeNull();
            position!.Stance.Should().Be(Stance.Rejects);
            position.Extent.Should().Be(Extent.Part, "some proposals, not all, were called unacceptable");
            position.Statement.Should().Be(DonfriedUnacceptable);
            position.Since.Should().Be(Moment.On(Tuesday));
        }

        Talks.Statements[DonfriedUnacceptable].Quote.Should().Contain("\"unacceptable\"");
    }

    [Fact]
    public void Commitment_OnEuropeanSecurity_IsRecordedBetweenTheUnitedStatesAndTheEu()
    {
        var commitment = Talks.Commitments[EuParticipation];

        commitment.Parties.Should().Equal(UnitedStates, EuropeanUnion);
        commitment.Topic.Should().Be(EuropeanSecurity);
        commitment.RequiredParticipant.Should().Be(EuropeanUnion);
        commitment.Made.Should().Be(Moment.On(ArticleDay));
    }

    [Fact]
    public void Commitment_WhenRecorded_ReportsTheRussiaUsRoundOnEuropeanSecurityWithoutTheEu()
    {
        Warnings.Should().HaveCount(2);
        var warning = Warnings.Single(w => w.PropertyName == $"Rounds[{BilateralRound}]");
        warning.ErrorCode.Should().Be(ErrorCodes.CommitmentBroken);
        warning.Severity.Should().Be(Severity.Warning);
        warning.PropertyName.Should().Be($"Rounds[{BilateralRound}]");
        warning.ErrorMessage.Should().Contain("without European Union").And.Contain(EuParticipation.ToString());
    }

    [Fact]
    public void RussiaNatoRound_BreaksTheCommitmentToo_BecauseTheUnitedStatesSitsOnNatosSide()
    {
        // Issue 11: a committed party taking part through an organisation it is a member of takes part.
        Warnings.Should().ContainSingle(w => w.PropertyName == $"Rounds[{NatoRound}]")
            .Which.ErrorMessage.Should().Contain("without European Union");
    }

    [Fact]
    public void LavrovsWarning_IsAStatementAttributedAndDated()
    {
        var warning = Talks.Statements[LavrovWarning];

        warning.Kind.Should().Be(StatementKind.Warning);
        warning.Party.Should().Be(Russia);
        warning.Speaker.Should().Be(Lavrov);
        warning.Outlet.Should().Be("RT");
        warning.Made.Should().Be(Moment.On(ArticleDay));
        warning.Quote.Should().StartWith("We hope that no one else views conflicts as a desirable scenario.");
    }

    [Fact]
    public void RussiasDenial_AnswersTheWestsAccusationOfPlottingAnInvasion()
    {
        var accusation = Talks.Statements[WestAccusation];
        var denial = Talks.Statements[RussiaDenial];

        accusation.Kind.Should().Be(StatementKind.Accusation);
        accusation.Party.Should().Be(TheWest);
        denial.Kind.Should().Be(StatementKind.Denial);
        denial.Party.Should().Be(Russia);
        denial.About.Should().Contain(SubjectRef.Statement(WestAccusation));
        denial.Made.ToString().Should().Be("1 November 2021 to 22 December 2021", "the article does not date the denial");
    }

    [Fact]
    public void EuAppeal_IsAddressedToTheUnitedStatesAndNato()
    {
        var appeal = Talks.Statements[EuAppeal];

        appeal.Kind.Should().Be(StatementKind.Appeal);
        appeal.Addressees.Should().Equal(UnitedStates, Nato);
        appeal.Quote.Should().Be("Today, Europe's security is under threat.");
    }

    [Fact]
    public void AsOf16December2021_ThereAreNoDocumentsAndNoDemandsYet()
    {
        var on16December = Talks.AsOf(new LocalDate(2021, 12, 16));

        on16December.Documents.Should().BeEmpty("the drafts of the week of 13 December had not certainly been presented by the 16th");
        on16December.Demands.Should().BeEmpty();
        on16December.Rounds.Should().BeEmpty();
        on16December.Parties.Should().ContainKey(Russia, "the parties existed already");
    }

    [Fact]
    public void AsOf22December2021_EverythingInTheArticleHasHappened()
    {
        var on22December = Talks.AsOf(ArticleDay);

        on22December.Should().Be(Talks);
    }

    [Fact]
    public void Representatives_SpeakForTheirOwnPartyWithinTheirTerm()
    {
        Talks.Representatives[Borrell].Party.Should().Be(EuropeanUnion);
        Talks.Representatives[Donfried].Office.Should().Be("Assistant Secretary of State for European and Eurasian Affairs");
        Talks.Statements.Values.Where(s => s.Speaker is not null)
            .Should().OnlyContain(s => Talks.Representatives[s.Speaker!.Value].Party == s.Party
                && Talks.Representatives[s.Speaker!.Value].Term.Covers(s.Made) == Truth.Yes);
    }
}
