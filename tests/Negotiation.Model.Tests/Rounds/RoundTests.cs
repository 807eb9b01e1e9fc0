using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Rounds;

public sealed class RoundTests
{
    [Fact]
    public void Constructor_RequiredMembersOnly_IsAProposedMeetingWithAnEmptyAgenda()
    {
        var round = new Round(TestWorld.BilateralId, RoundFormat.Bilateral, [TestWorld.Russia, TestWorld.UnitedStates], TestWorld.EarlyJanuary);

        round.Status.Should().Be(RoundStatus.Proposed);
        round.Channel.Should().Be(RoundChannel.Meeting);
        round.ChairRole.Should().Be(ChairRole.Chair);
        round.Chair.Should().BeNull();
        round.Title.Should().BeNull();
        round.Venue.Should().BeNull();
        round.Agenda.Should().BeSameAs(Agenda.Empty);
        round.Precondition.Should().BeNull();
        round.StatusReason.Should().BeNull();
        round.ActualStart.Should().BeNull();
        round.ActualEnd.Should().BeNull();
        round.Outcome.Should().BeNull();
        round.History.Should().BeEmpty();
        round.HasBeenHeld.Should().BeFalse();
    }

    [Fact]
    public void Start_NotHeld_IsThePlannedTime() =>
        TestWorld.Bilateral().Start.Should().Be(Moment.Within(TestWorld.EarlyJanuary));

    [Fact]
    public void Participants_Sides_AreTheirPartiesInOrder() =>
        TestWorld.NatoRound().Participants.Should().Equal(TestWorld.Russia, TestWorld.Nato);

    [Fact]
    public void HasSide_PartyOrAMemberOfAnOrganisationSide_OnlyTheDirectSide()
    {
        var round = TestWorld.NatoRound();

        round.HasSide(TestWorld.Nato).Should().BeTrue();
        round.HasSide(TestWorld.UnitedStates).Should().BeFalse("the United States takes part through NATO, not as a side");
    }

    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentException()
    {
        var act = () => new Round(default, RoundFormat.Bilateral, [TestWorld.Russia, TestWorld.UnitedStates], TestWorld.EarlyJanuary);

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void With_NullAgenda_ThrowsArgumentNullException()
    {
        var act = () => TestWorld.Bilateral() with { Agenda = null! };

        act.Should().Throw<ArgumentNullException>().WithParameterName("Agenda");
    }

    [Fact]
    public void Equality_ByValueIncludingSidesAgendaAndPrecondition() =>
        EqualityAssertions.AssertValueEquality(
            TestWorld.NatoRound(),
            TestWorld.NatoRound(),
            TestWorld.NatoRound() with { Precondition = Precondition.RoundConcluded(TestWorld.BilateralId) },
            TestWorld.NatoRound() with { Sides = [TestWorld.Nato, TestWorld.Russia] },
            TestWorld.NatoRound() with { Agenda = new Agenda { Topics = [TestWorld.NatoEnlargement] } },
            TestWorld.NatoRound() with { Channel = RoundChannel.VideoCall },
            TestWorld.NatoRound() with { Venue = new Venue("Brussels", "Europe/Brussels") },
            TestWorld.NatoRound(TestWorld.EarlyJanuary));

    [Fact]
    public void RoundSide_FromPartyId_HasNoDelegation()
    {
        RoundSide side = TestWorld.Russia;

        side.Should().Be(RoundSide.FromPartyId(TestWorld.Russia));
        side.Party.Should().Be(TestWorld.Russia);
        side.Delegation.Should().BeNull();
    }

    [Fact]
    public void RoundSide_DefaultParty_ThrowsArgumentException()
    {
        var act = () => new RoundSide(default);

        act.Should().Throw<ArgumentException>().WithParameterName("Party");
    }

    [Fact]
    public void RoundSide_Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            new RoundSide(TestWorld.Russia, new Delegation(TestWorld.Ryabkov, [TestWorld.Lavrov])),
            new RoundSide(TestWorld.Russia, new Delegation(TestWorld.Ryabkov, [TestWorld.Lavrov])),
            new RoundSide(TestWorld.Russia),
            new RoundSide(TestWorld.Russia, new Delegation(TestWorld.Lavrov, [TestWorld.Ryabkov])),
            new RoundSide(TestWorld.Ukraine, new Delegation(TestWorld.Ryabkov, [TestWorld.Lavrov])));

    [Fact]
    public void Delegation_Everyone_ListsTheHeadFirst() =>
        new Delegation(TestWorld.Sherman, [TestWorld.Blinken]).Everyone.Should().Equal(TestWorld.Sherman, TestWorld.Blinken);

    [Fact]
    public void Delegation_HeadOnly_IsJustTheHead() =>
        new Delegation(TestWorld.Sherman).Everyone.Should().Equal(TestWorld.Sherman);

    [Fact]
    public void Delegation_Equality_ByValueWithMembersInOrder() =>
        EqualityAssertions.AssertValueEquality(
            new Delegation(TestWorld.Sherman, [TestWorld.Blinken, TestWorld.Pompeo]),
            new Delegation(TestWorld.Sherman, [TestWorld.Blinken, TestWorld.Pompeo]),
            new Delegation(TestWorld.Sherman, [TestWorld.Pompeo, TestWorld.Blinken]),
            new Delegation(TestWorld.Blinken, [TestWorld.Sherman, TestWorld.Pompeo]),
            new Delegation(TestWorld.Sherman));

    [Fact]
    public void Agenda_Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            new Agenda { Topics = [TestWorld.NatoEnlargement], Documents = [new DocumentId("draft")] },
            new Agenda { Topics = [TestWorld.NatoEnlargement], Documents = [new DocumentId("draft")] },
            new Agenda { Topics = [TestWorld.NatoEnlargement] },
            new Agenda { Topics = [TestWorld.NatoEnlargement], Documents = [new DocumentId("draft")], Demands = [new DemandId("d")] },
            Agenda.Empty);

    [Fact]
    public void Agenda_Empty_HoldsNothing()
    {
        Agenda.Empty.Topics.Should().BeEmpty();
        Agenda.Empty.Documents.Should().BeEmpty();
        Agenda.Empty.Demands.Should().BeEmpty();
        Agenda.Empty.Should().Be(new Agenda());
    }

    [Fact]
    public void Venue_NullZone_ThrowsArgumentNullException()
    {
        var act = () => new Venue("Geneva", null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("ZoneId");
    }

    [Fact]
    public void Venue_Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            new Venue("Geneva, US mission", "Europe/Zurich"),
            new Venue("Geneva, US mission", "Europe/Zurich"),
            new Venue("Geneva", "Europe/Zurich"),
            new Venue("Geneva, US mission", "Europe/Paris"));

    [Fact]
    public void RoundOutcome_SummaryOnly_HasNoStatementsDocumentsOrFollowUp()
    {
        var outcome = new RoundOutcome("Frank exchange.");

        outcome.Statements.Should().BeEmpty();
        outcome.DocumentsHandedOver.Should().BeEmpty();
        outcome.FollowUp.Should().BeNull();
    }

    [Fact]
    public void RoundOutcome_NullSummary_ThrowsArgumentNullException()
    {
        var act = () => new RoundOutcome(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Summary");
    }

    [Fact]
    public void RoundOutcome_Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            new RoundOutcome("Frank exchange.") { Statements = [new StatementId("s")], FollowUp = "Meet again." },
            new RoundOutcome("Frank exchange.") { Statements = [new StatementId("s")], FollowUp = "Meet again." },
            new RoundOutcome("Frank exchange.") { Statements = [new StatementId("s")] },
            new RoundOutcome("Frank exchange.") { FollowUp = "Meet again." },
            new RoundOutcome("Frank exchange.") { Statements = [new StatementId("s")], FollowUp = "Meet again.", DocumentsHandedOver = [new DocumentId("d")] });

    [Fact]
    public void RoundStatusChange_Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            new RoundStatusChange(RoundStatus.Postponed, TestWorld.ArticleDay, "Omicron"),
            new RoundStatusChange(RoundStatus.Postponed, TestWorld.ArticleDay, "Omicron"),
            new RoundStatusChange(RoundStatus.Cancelled, TestWorld.ArticleDay, "Omicron"),
            new RoundStatusChange(RoundStatus.Postponed, TestWorld.January, "Omicron"),
            new RoundStatusChange(RoundStatus.Postponed, TestWorld.ArticleDay));
}
