using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Statements;

public sealed class StatementFactsTests
{
    private static readonly StatementId Id = new("statement");
    private static readonly DemandId NoEnlargement = new("no-enlargement");
    private static readonly DocumentId Draft = new("ru-nato-draft");
    private static readonly ProposalId Limits = new("exercise-limits");
    private static readonly LocalDate Tuesday = new(2021, 12, 21);

    /// <summary>The world with a Russian demand of NATO and the US, Russia's draft and a US proposal.</summary>
    private static readonly NegotiationCase Case = TestWorld.Case.RecordOrThrow(
        Given.DocumentPresented(TestWorld.RussianDraft(), DateWindow.LastWeek(TestWorld.ArticleDay)),
        Given.DemandTabled(TestWorld.RussianDemand(NoEnlargement.Value, TestWorld.Nato, TestWorld.UnitedStates), new LocalDate(2021, 12, 17)),
        Given.ProposalMade(new Proposal(Limits, TestWorld.UnitedStates, [TestWorld.Russia], "Limits on exercises."), new LocalDate(2021, 12, 20)));

    [Fact]
    public void StatementMade_Warning_IsStoredWithWhenItWasMadeAndTakesNoStance()
    {
        var warning = new Statement(Id, TestWorld.Russia, StatementKind.Warning, "A military-technical response.") { Speaker = TestWorld.Lavrov, Channel = StatementChannel.Interview, Outlet = "RT", About = [NoEnlargement] };

        var negotiation = Case.ShouldAccept(Given.StatementMade(warning, Tuesday));

        negotiation.Statements[Id].Made.Should().Be(Moment.On(Tuesday));
        negotiation.Statements[Id].Quote.Should().Be("A military-technical response.");
        negotiation.PositionOf(TestWorld.Russia, NoEnlargement).Should().BeNull();
    }

    [Fact]
    public void StatementMade_Rejection_RecordsTheRejectingPosition()
    {
        var negotiation = Case.ShouldAccept(Given.StatementMade(Statement(TestWorld.UnitedStates, StatementKind.Rejection, NoEnlargement), Tuesday));

        negotiation.PositionOf(TestWorld.UnitedStates, NoEnlargement).Should().Be(
            new Position(TestWorld.UnitedStates, SubjectRef.Demand(NoEnlargement), Stance.Rejects, Extent.Whole, Moment.On(Tuesday), Id));
        negotiation.PositionOf(TestWorld.Nato, NoEnlargement).Should().BeNull("only the speaking party's position changes");
    }

    [Fact]
    public void StatementMade_PartialRejection_RecordsThePartAffected() =>
        Case.ShouldAccept(Given.StatementMade(Statement(TestWorld.UnitedStates, StatementKind.Rejection, Draft) with { Extent = Extent.Part }, Tuesday))
            .PositionOf(TestWorld.UnitedStates, Draft)!.Extent.Should().Be(Extent.Part);

    [Fact]
    public void StatementMade_Acceptance_RecordsAccepts() =>
        Case.ShouldAccept(Given.StatementMade(Statement(TestWorld.Nato, StatementKind.Acceptance, NoEnlargement), Tuesday))
            .PositionOf(TestWorld.Nato, NoEnlargement)!.Stance.Should().Be(Stance.Accepts);

    [Fact]
    public void StatementMade_AcceptanceOnACondition_RecordsAcceptsConditionallyWithTheCondition()
    {
        var position = Case.ShouldAccept(Given.StatementMade(Statement(TestWorld.Russia, StatementKind.Acceptance, Limits) with { Condition = "if NATO does the same" }, Tuesday))
            .PositionOf(TestWorld.Russia, SubjectRef.Proposal(Limits))!;

        position.Stance.Should().Be(Stance.AcceptsConditionally);
        position.Condition.Should().Be("if NATO does the same");
    }

    [Fact]
    public void StatementMade_Proposal_RecordsOpenToDiscuss() =>
        Case.ShouldAccept(Given.StatementMade(Statement(TestWorld.UnitedStates, StatementKind.Proposal, NoEnlargement), Tuesday))
            .PositionOf(TestWorld.UnitedStates, NoEnlargement)!.Stance.Should().Be(Stance.OpenToDiscuss);

    [Fact]
    public void StatementMade_AboutATopic_TakesNoPositionOnIt()
    {
        // A rejection of nothing but a topic is recorded with the StanceWithoutSubject warning (NM7001).
        var (negotiation, _) = Case.ShouldAcceptWithWarning(
            Given.StatementMade(Statement(TestWorld.UnitedStates, StatementKind.Rejection, SubjectRef.Topic(TestWorld.NatoEnlargement)), Tuesday),
            ErrorCodes.StanceWithoutSubject,
            "Statements[statement].About");

        negotiation.PositionOf(TestWorld.UnitedStates, SubjectRef.Topic(TestWorld.NatoEnlargement)).Should().BeNull();
    }

    [Fact]
    public void StatementMade_SeveralSubjects_RecordsAPositionOnEachDemandDocumentAndProposal()
    {
        var negotiation = Case.ShouldAccept(Given.StatementMade(Statement(TestWorld.UnitedStates, StatementKind.Rejection, NoEnlargement, Draft, SubjectRef.Party(TestWorld.Russia)), Tuesday));

        negotiation.PositionOf(TestWorld.UnitedStates, NoEnlargement)!.Stance.Should().Be(Stance.Rejects);
        negotiation.PositionOf(TestWorld.UnitedStates, Draft)!.Stance.Should().Be(Stance.Rejects);
        negotiation.PositionOf(TestWorld.UnitedStates, SubjectRef.Party(TestWorld.Russia)).Should().BeNull();
    }

    [Fact]
    public void StatementMade_ChangeOfStance_KeepsEveryPositionOldestFirst()
    {
        var negotiation = Case
            .RecordOrThrow(Given.StatementMade(Statement(TestWorld.UnitedStates, StatementKind.Rejection, NoEnlargement), Tuesday))
            .ShouldAccept(Given.StatementMade(Statement(TestWorld.UnitedStates, StatementKind.Proposal, NoEnlargement) with { Id = new StatementId("later") }, TestWorld.January));

        negotiation.PositionHistory(TestWorld.UnitedStates, NoEnlargement).Select(p => p.Stance).Should().Equal(Stance.Rejects, Stance.OpenToDiscuss);
        negotiation.PositionOf(TestWorld.UnitedStates, NoEnlargement)!.Statement.Should().Be(new StatementId("later"));
    }

    [Fact]
    public void StatementMade_SpeakerInOfficePossibly_IsAccepted() =>
        // Blinken took office on 26 January 2021: a statement dated "January 2021" may fall inside his term.
        TestWorld.Case.ShouldAccept(Given.StatementMade(new Statement(Id, TestWorld.UnitedStates, StatementKind.Assessment, "Diplomacy first.") { Speaker = TestWorld.Blinken }, DateWindow.In(new YearMonth(2021, 1))));

    [Fact]
    public void StatementMade_TakenId_FailsWithDuplicateId() =>
        Case.RecordOrThrow(Given.StatementMade(Statement(TestWorld.Russia, StatementKind.Warning)))
            .ShouldRefuse(Given.StatementMade(Statement(TestWorld.Russia, StatementKind.Warning)), ErrorCodes.DuplicateId, "Statements[statement]");

    [Fact]
    public void StatementMade_BlankQuote_FailsWithTextRequired() =>
        Case.ShouldRefuse(Given.StatementMade(Statement(TestWorld.Russia, StatementKind.Warning) with { Quote = "" }), ErrorCodes.TextRequired, "Statements[statement].Quote");

    [Fact]
    public void StatementMade_UnknownParty_FailsWithUnknownParty() =>
        Case.ShouldRefuse(Given.StatementMade(Statement(TestWorld.Atlantis, StatementKind.Warning)), ErrorCodes.UnknownParty, "Statements[statement].Party");

    [Fact]
    public void StatementMade_UnknownAddressee_FailsWithUnknownParty() =>
        Case.ShouldRefuse(Given.StatementMade(Statement(TestWorld.Russia, StatementKind.Warning) with { Addressees = [TestWorld.Atlantis] }), ErrorCodes.UnknownParty, "Statements[statement].Addressees[0]");

    [Fact]
    public void StatementMade_AboutAnUnknownDemand_FailsWithUnknownDemand() =>
        Case.ShouldRefuse(Given.StatementMade(Statement(TestWorld.UnitedStates, StatementKind.Rejection, NoEnlargement, new DemandId("unknown"))), ErrorCodes.UnknownDemand, "Statements[statement].About[1]");

    [Fact]
    public void StatementMade_AboutADefaultReference_FailsWithIdMissing() =>
        Case.ShouldRefuse(Given.StatementMade(Statement(TestWorld.UnitedStates, StatementKind.Rejection, default(SubjectRef))), ErrorCodes.IdMissing, "Statements[statement].About[0]");

    [Fact]
    public void StatementMade_AboutTheSameSubjectTwice_FailsWithDuplicateEntry() =>
        Case.ShouldRefuse(Given.StatementMade(Statement(TestWorld.UnitedStates, StatementKind.Rejection, NoEnlargement, NoEnlargement)), ErrorCodes.DuplicateEntry, "Statements[statement].About[1]");

    [Fact]
    public void StatementMade_UnknownSpeaker_FailsWithUnknownRepresentative() =>
        Case.ShouldRefuse(Given.StatementMade(Statement(TestWorld.Russia, StatementKind.Warning) with { Speaker = new RepresentativeId("nobody") }), ErrorCodes.UnknownRepresentative, "Statements[statement].Speaker");

    [Fact]
    public void StatementMade_SpeakerOfAnotherParty_FailsWithSpeaksForOtherParty()
    {
        var error = Case.ShouldRefuse(Given.StatementMade(Statement(TestWorld.UnitedStates, StatementKind.Warning) with { Speaker = TestWorld.Lavrov }), ErrorCodes.SpeaksForOtherParty, "Statements[statement].Speaker");

        error.ErrorMessage.Should().Be("Sergei Lavrov speaks for 'russia', not for 'united-states'.");
    }

    [Fact]
    public void StatementMade_SpeakerOutOfOffice_FailsWithStatementOutsideTerm()
    {
        var error = Case.ShouldRefuse(Given.StatementMade(Statement(TestWorld.UnitedStates, StatementKind.Warning) with { Speaker = TestWorld.Pompeo }, Tuesday), ErrorCodes.StatementOutsideTerm, "Statements[statement].Speaker");

        error.ErrorMessage.Should().Be("Mike Pompeo was not Secretary of State on 21 December 2021 (term 2018-04-26 to 2021-01-20).");
    }

    [Fact]
    public void StatementMade_AcceptingAWithdrawnDemand_FailsWithDemandNotOpen() =>
        Case.RecordOrThrow(Given.DemandWithdrawn(NoEnlargement, Tuesday))
            .ShouldRefuse(Given.StatementMade(Statement(TestWorld.Nato, StatementKind.Acceptance, NoEnlargement), TestWorld.ArticleDay), ErrorCodes.DemandNotOpen, "Statements[statement].About[0]");

    [Fact]
    public void StatementMade_RejectingAWithdrawnDemand_IsAccepted() =>
        Case.RecordOrThrow(Given.DemandWithdrawn(NoEnlargement, Tuesday))
            .ShouldAccept(Given.StatementMade(Statement(TestWorld.Nato, StatementKind.Rejection, NoEnlargement), TestWorld.ArticleDay));

    [Fact]
    public void StatementMade_Describe_NamesSpeakerOrPartyKindAndQuote()
    {
        Given.StatementMade(Statement(TestWorld.Russia, StatementKind.Warning) with { Speaker = TestWorld.Lavrov }).Describe().Should().Be("lavrov (warning): \"Quoted words.\"");
        Given.StatementMade(Statement(TestWorld.Russia, StatementKind.Denial)).Describe().Should().Be("russia (denial): \"Quoted words.\"");
    }

    private static Statement Statement(PartyId party, StatementKind kind, params SubjectRef[] about) =>
        new(Id, party, kind, "Quoted words.") { About = [.. about] };
}
