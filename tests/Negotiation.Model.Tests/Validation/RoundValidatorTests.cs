using FluentValidation;
using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using NodaTime;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class RoundValidatorTests
{
    private static RoundValidator Validator => RoundValidator.Instance;

    private static readonly RoundId Extra = new("extra-round");

    private static readonly Moment EarlyJanuary = DateWindow.EarlyIn(new YearMonth(2022, 1));

    private static Round Geneva => new(Extra, RoundFormat.Bilateral, [Russia, Usa], Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich"))
    {
        Title = "Strategic Stability Dialogue",
        Channel = RoundChannel.Meeting,
        Venue = new Venue("Geneva, US mission", "Europe/Zurich"),
        Agenda = new Agenda { Topics = [ArmsControl], Documents = [RuUsDraft], Demands = [LegalGuarantees] },
        Sides = [new RoundSide(Russia, new Delegation(Ryabkov)), new RoundSide(Usa, new Delegation(Blinken))],
    };

    [Fact]
    public void Validate_RoundsOfTheCase_Pass()
    {
        Validator.TestValidate(Geneva, Base).ShouldNotHaveAnyValidationErrors();
        foreach (var round in Base.Rounds.Values)
        {
            Validator.TestValidate(round, Base).ShouldNotHaveAnyValidationErrors();
        }
    }

    [Fact]
    public void Validate_BlankTitle_FailsWithNameRequired() =>
        Validator.TestValidate(Geneva with { Title = "" }).ShouldFail("Rounds[extra-round].Title", ErrorCodes.NameRequired);

    [Fact]
    public void Validate_UnknownVenueZone_FailsWithUnknownTimeZone() =>
        Validator.TestValidate(Geneva with { Venue = new Venue("Geneva", "Europe/Genf") }).ShouldFail("Rounds[extra-round].Venue.ZoneId", ErrorCodes.UnknownTimeZone);

    [Fact]
    public void Validate_BilateralRoundWithThreeSides_FailsWithBilateralNeedsTwoSides() =>
        Validator.TestValidate(Geneva with { Sides = [Russia, Usa, Eu] }).ShouldFail("Rounds[extra-round].Sides", ErrorCodes.BilateralNeedsTwoSides);

    [Fact]
    public void Validate_MultilateralRoundOfTwoStates_FailsWithMultilateralNeedsMoreSides()
    {
        Validator.TestValidate(Geneva with { Format = RoundFormat.Multilateral }, Base).ShouldFail("Rounds[extra-round].Sides", ErrorCodes.MultilateralNeedsMoreSides);

        // An organisation taking part with its members makes two sides multilateral.
        Validator.TestValidate(Geneva with { Format = RoundFormat.Multilateral, Sides = [Russia, Nato] }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_SamePartyAsTwoSides_FailsWithDuplicateSideAndDuplicateEntry()
    {
        var result = Validator.TestValidate(Geneva with { Sides = [Russia, Russia] }, Base);

        result.ShouldFail("Rounds[extra-round].Sides", ErrorCodes.DuplicateSide);
        result.ShouldFail("Rounds[extra-round].Sides[1]", ErrorCodes.DuplicateEntry);
    }

    [Fact]
    public void Validate_UnregisteredSide_FailsWithUnknownParty() =>
        Validator.TestValidate(Geneva with { Sides = [Russia, new PartyId("china")] }, Base).ShouldFail("Rounds[extra-round].Sides[1].Party", ErrorCodes.UnknownParty);

    [Fact]
    public void Validate_ChairThatIsNoSide_FailsWithChairNotParticipant()
    {
        Validator.TestValidate(Geneva with { Chair = Ukraine }, Base).ShouldFail("Rounds[extra-round].Chair", ErrorCodes.ChairNotParticipant);
        Validator.TestValidate(Geneva with { Chair = Ukraine, ChairRole = ChairRole.Mediator }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_DelegateOfTheOtherSide_FailsWithDelegateOfOtherParty() =>
        Validator.TestValidate(Geneva with { Sides = [new RoundSide(Russia, new Delegation(Ryabkov, [Blinken])), Usa] }, Base)
            .ShouldFail("Rounds[extra-round].Sides[0].Delegation[1]", ErrorCodes.DelegateOfOtherParty);

    [Fact]
    public void Validate_UnappointedDelegate_FailsWithUnknownRepresentative() =>
        Validator.TestValidate(Geneva with { Sides = [Russia, new RoundSide(Usa, new Delegation(new RepresentativeId("sherman")))] }, Base)
            .ShouldFail("Rounds[extra-round].Sides[1].Delegation[0]", ErrorCodes.UnknownRepresentative);

    [Fact]
    public void Validate_DelegateWhoseTermEnded_WarnsWithDelegateOutOfOffice() =>
        Validator.TestValidate(Geneva with { Sides = [Russia, new RoundSide(Usa, new Delegation(Pompeo))] }, Base)
            .ShouldFail("Rounds[extra-round].Sides[1].Delegation[0]", ErrorCodes.DelegateOutOfOffice, Severity.Warning);

    [Fact]
    public void Validate_UnknownAgendaItems_FailWithUnknownTopicDocumentAndDemand()
    {
        var agenda = new Agenda { Topics = [new TopicId("cyber")], Documents = [new DocumentId("us-response")], Demands = [new DemandId("no-bases")] };
        var result = Validator.TestValidate(Geneva with { Agenda = agenda }, Base);

        result.ShouldFail("Rounds[extra-round].Agenda.Topics[0]", ErrorCodes.UnknownTopic);
        result.ShouldFail("Rounds[extra-round].Agenda.Documents[0]", ErrorCodes.UnknownDocument);
        result.ShouldFail("Rounds[extra-round].Agenda.Demands[0]", ErrorCodes.UnknownDemand);
    }

    [Fact]
    public void Validate_RoundThatRequiresItself_FailsWithPreconditionCycle() =>
        Validator.TestValidate(Geneva with { Precondition = Precondition.RoundHeld(Bilateral) & Precondition.RoundConcluded(Extra) }, Base)
            .ShouldFail("Rounds[extra-round].Precondition[1]", ErrorCodes.PreconditionCycle);

    [Fact]
    public void Validate_RequiringAnUnplannedRound_FailsWithUnknownRound() =>
        Validator.TestValidate(Geneva with { Precondition = Precondition.RoundHeld(new RoundId("osce-2022-01")) }, Base)
            .ShouldFail("Rounds[extra-round].Precondition[0]", ErrorCodes.UnknownRound);

    [Fact]
    public void Record_PlannedCertainlyBeforeTheRoundItRequires_FailsWithPlannedBeforeRequiredRound()
    {
        var december = new Round(Extra, RoundFormat.Bilateral, [Russia, Usa], DateWindow.In(new YearMonth(2021, 12))) { Precondition = Precondition.RoundHeld(Bilateral) };

        Base.Record(Planned(december)).Failures().ShouldFail("Rounds[extra-round].Planned", ErrorCodes.PlannedBeforeRequiredRound);
    }

    [Fact]
    public void Record_PlannedPossiblyBeforeTheRoundItRequires_WarnsWithPlannedPossiblyBeforeRequiredRound()
    {
        var early = new Round(Extra, RoundFormat.Bilateral, [Russia, Usa], EarlyJanuary) { Precondition = Precondition.RoundHeld(Bilateral) };

        var result = Base.Record(Planned(early));

        result.Succeeded.Should().BeTrue();
        result.Failures().ShouldFail("Rounds[extra-round].Planned", ErrorCodes.PlannedPossiblyBeforeRequiredRound, Severity.Warning);
    }

    [Fact]
    public void Record_OrderUnderAnyOf_ImposesNothing()
    {
        // Either the bilateral round or a document first: planning it in December is possible.
        var december = new Round(Extra, RoundFormat.Bilateral, [Russia, Usa], DateWindow.In(new YearMonth(2021, 12)))
        {
            Precondition = Precondition.RoundHeld(Bilateral) | Precondition.DocumentPresented(RuUsDraft),
        };

        Base.Record(Planned(december)).Failures.Should().BeEmpty();
    }

    [Fact]
    public void Record_RescheduledBeforeARoundThatRequiresIt_FailsOnTheDependentRound() =>
        Base.Record(new RoundRescheduled { Round = Bilateral, Planned = DateWindow.In(new YearMonth(2022, 2)), Occurred = Dec(28), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Rounds[ru-nato-2022-01].Planned", ErrorCodes.PlannedBeforeRequiredRound);

    [Fact]
    public void Record_PlannedBeforeItsNotBeforeDay_FailsWithPlannedOutsideWindow()
    {
        var early = new Round(Extra, RoundFormat.Bilateral, [Russia, Usa], EarlyJanuary) { Precondition = Precondition.DocumentPresented(RuUsDraft) & Precondition.NotBefore(Day(2022, 1, 15)) };

        Base.Record(Planned(early)).Failures().ShouldFail("Rounds[extra-round].Precondition[1]", ErrorCodes.PlannedOutsideWindow);
        Base.Record(Planned(early with { Planned = DateWindow.LateIn(new YearMonth(2022, 1)) })).Failures.Should().BeEmpty();
    }

    [Fact]
    public void Record_CancellingARequiredRound_WarnsWithRequiresCancelledRoundOnTheDependent()
    {
        var result = Base.Record(Cancelled(Bilateral, "Russia recalled its delegation."));

        result.Succeeded.Should().BeTrue();
        result.Failures().ShouldFail("Rounds[ru-nato-2022-01].Precondition[0]", ErrorCodes.RequiresCancelledRound, Severity.Warning);
    }

    [Fact]
    public void Record_CancellingWithoutReason_FailsWithReasonRequired() =>
        Base.Record(Cancelled(Bilateral, " ")).Failures().ShouldFail("Rounds[ru-us-2022-01].StatusReason", ErrorCodes.ReasonRequired);

    [Fact]
    public void Record_HoldingACancelledRound_FailsWithIllegalStatusChange() =>
        Base.Record(Cancelled(Bilateral, "Called off.")).Then(Held(Bilateral, Day(2022, 1, 10)))
            .Failures().ShouldFail("Rounds[ru-us-2022-01].Status", ErrorCodes.IllegalStatusChange);

    [Fact]
    public void Record_EndingBeforeStarting_FailsWithEndBeforeStart() =>
        Base.Record(Held(Bilateral, Day(2022, 1, 10), ended: Day(2022, 1, 9))).Failures().ShouldFail("Rounds[ru-us-2022-01].ActualEnd", ErrorCodes.EndBeforeStart);

    [Fact]
    public void Record_HoldingBeforeTheRequiredRound_FailsWithPreconditionsNotMet()
    {
        Base.Record(Held(RussiaNato, Day(2022, 1, 12))).Failures().ShouldFail("Rounds[ru-nato-2022-01].Precondition", ErrorCodes.PreconditionsNotMet);
        Base.Record(Held(Bilateral, Day(2022, 1, 10))).Then(Held(RussiaNato, Day(2022, 1, 12))).Failures.Should().BeEmpty();
    }

    [Fact]
    public void Record_HoldingWhenTheRequiredRoundsDayIsApproximate_WarnsWithPreconditionsUndetermined()
    {
        var result = Base.Record(Held(Bilateral, EarlyJanuary)).Then(Held(RussiaNato, Day(2022, 1, 5)));

        result.Succeeded.Should().BeTrue();
        result.Failures().ShouldFail("Rounds[ru-nato-2022-01].Precondition", ErrorCodes.PreconditionsUndetermined, Severity.Warning);
    }

    [Fact]
    public void Record_ConcludingWithUnknownStatementAndBlankSummary_FailsOnTheOutcome()
    {
        var concluded = new RoundConcluded
        {
            Round = Bilateral,
            Outcome = new RoundOutcome("") { Statements = [new StatementId("sherman-briefing")] },
            Occurred = Day(2022, 1, 10),
            Recorded = Recorded,
            Source = Reuters,
        };

        var failures = Base.Record(Held(Bilateral, Day(2022, 1, 10))).Then(concluded).Failures();

        failures.ShouldFail("Rounds[ru-us-2022-01].Outcome.Summary", ErrorCodes.TextRequired);
        failures.ShouldFail("Rounds[ru-us-2022-01].Outcome.Statements[0]", ErrorCodes.UnknownStatement);
    }

    [Fact]
    public void Validate_HeldRoundWithoutActualStart_FailsWithHeldWithoutActualStart() =>
        Validator.TestValidate(StoredRound(Bilateral) with { Status = RoundStatus.Held }, Base, RoundValidator.StatusRules)
            .ShouldFail("Rounds[ru-us-2022-01].ActualStart", ErrorCodes.HeldWithoutActualStart);

    [Fact]
    public void Validate_CancelledRoundWithActualStart_FailsWithActualTimesWithoutHolding() =>
        Validator.TestValidate(StoredRound(Bilateral) with { Status = RoundStatus.Cancelled, StatusReason = "Called off.", ActualStart = Dec(30) }, Base, RoundValidator.StatusRules)
            .ShouldFail("Rounds[ru-us-2022-01].ActualStart", ErrorCodes.ActualTimesWithoutHolding);

    [Fact]
    public void Record_CommitmentBrokenByAPlannedRound_WarnsNamingTheCommitment()
    {
        var commitment = new Commitment(new CommitmentId("us-eu-european-security"), [Usa, Eu], "Any discussion of European security happens with participation of the EU.", EuropeanSecurity, Eu);

        var result = Base.Record(Committed(commitment));

        result.Succeeded.Should().BeTrue();
        result.Failures().ShouldFail("Rounds[ru-us-2022-01]", ErrorCodes.CommitmentBroken, Severity.Warning).Only();
        result.Warnings.Single().ErrorMessage.Should().Contain("us-eu-european-security");

        // A round planned afterwards is checked against the commitment too; with the EU taking part it keeps it.
        var withEu = Geneva with { Format = RoundFormat.Multilateral, Sides = [Russia, Usa, Eu], Agenda = new Agenda { Topics = [NatoEnlargement] } };
        result.Case.Record(Planned(withEu)).Failures.Should().BeEmpty();
        result.Case.Record(Planned(Geneva with { Agenda = new Agenda { Topics = [NatoEnlargement] } }))
            .Failures().ShouldFail("Rounds[extra-round]", ErrorCodes.CommitmentBroken, Severity.Warning);
    }
}
