using FluentValidation;
using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

/// <summary>What a round is made of (format, sides, chair, delegations, roles, sessions, planned end), its attendance,
/// status and history, checked by <see cref="RoundValidator"/> directly.</summary>
public sealed class RoundValidatorStructureTests
{
    private static readonly RoundId Extra = new("extra-round");

    private static RoundValidator Validator => RoundValidator.Instance;

    private static Round Talks => new(Extra, RoundFormat.Bilateral, [Russia, Usa], Moment.On(Day(2022, 1, 10)));

    private static Round HeldTalks => Talks with
    {
        Status = RoundStatus.Held,
        ActualStart = Moment.On(Day(2022, 1, 10)),
        ActualEnd = Moment.On(Day(2022, 1, 12)),
    };

    [Fact]
    public void Validate_TrilateralRoundWithTwoSides_FailsWithTrilateralNeedsThreeSidesSayingHowMany()
    {
        Validator.TestValidate(Talks with { Format = RoundFormat.Trilateral }, Base)
            .ShouldFail("Rounds[extra-round].Sides", ErrorCodes.TrilateralNeedsThreeSides)
            .When(f => f.ErrorMessage.Contains("this one has 2"), "the message says how many sides the round has");

        Validator.TestValidate(Talks with { Format = RoundFormat.Trilateral, Sides = [Russia, Usa, Ukraine] }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_BilateralRoundWithThreeSides_SaysHowMany() =>
        Validator.TestValidate(Talks with { Sides = [Russia, Usa, Ukraine] }, Base)
            .ShouldFail("Rounds[extra-round].Sides", ErrorCodes.BilateralNeedsTwoSides)
            .When(f => f.ErrorMessage.Contains("this one has 3"), "the message says how many sides the round has");

    [Fact]
    public void Validate_MultilateralRound_NeedsMoreThanTwoSidesOnlyWhenNoneIsAnOrganisation()
    {
        Validator.TestValidate(Talks with { Format = RoundFormat.Multilateral, Sides = [Russia, Usa, Ukraine] }, Base).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Talks with { Format = RoundFormat.Multilateral, Sides = [Russia, Nato] }, Base).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Talks with { Format = RoundFormat.Multilateral, Sides = [Nato, Russia] }, Base).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Talks with { Format = RoundFormat.Multilateral, Sides = [Russia, TheWest] }, Base)
            .ShouldFail("Rounds[extra-round].Sides", ErrorCodes.MultilateralNeedsMoreSides)
            .When(f => f.ErrorMessage.Contains("this one has 2"), "the message says how many sides the round has");

        // Without the case it is not known whether a side is an organisation: nothing is said.
        Validator.TestValidate(Talks with { Format = RoundFormat.Multilateral }).ShouldNotHaveValidationErrorFor("Rounds[extra-round].Sides");
    }

    [Fact]
    public void Validate_SamePartyThreeTimes_ReportsEachRepeatOnce()
    {
        var result = Validator.TestValidate(Talks with { Format = RoundFormat.Multilateral, Sides = [Russia, Usa, Russia, Usa] }, Base);

        result.ShouldFail("Rounds[extra-round].Sides[2]", ErrorCodes.DuplicateEntry)
            .When(f => f.ErrorMessage.Contains("'russia'"), "the message names the party listed twice");
        result.ShouldFail("Rounds[extra-round].Sides[3]", ErrorCodes.DuplicateEntry);
        result.ShouldNotHaveValidationErrorFor("Rounds[extra-round].Sides[1]");
        result.Errors.Where(e => e.ErrorCode == ErrorCodes.DuplicateSide).Should().ContainSingle();
    }

    [Fact]
    public void Validate_UnregisteredChair_FailsWithUnknownPartyAndNotChairNotParticipant()
    {
        var result = Validator.TestValidate(Talks with { Chair = new PartyId("china") }, Base);

        result.ShouldFail("Rounds[extra-round].Chair", ErrorCodes.UnknownParty);
        result.Errors.Should().NotContain(e => e.ErrorCode == ErrorCodes.ChairNotParticipant);
        Validator.TestValidate(Talks with { Chair = Usa }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_ChairNotASide_NamesTheChair() =>
        Validator.TestValidate(Talks with { Chair = France }, Base)
            .ShouldFail("Rounds[extra-round].Chair", ErrorCodes.ChairNotParticipant)
            .When(f => f.ErrorMessage.Contains("'france'"), "the message names the chair");

    [Fact]
    public void Validate_DelegateListedTwice_FailsWithDuplicateEntryAtTheRepeat()
    {
        var result = Validator.TestValidate(Talks with { Sides = [new RoundSide(Russia, new Delegation(Ryabkov, [Lavrov, Ryabkov])), Usa] }, Base);

        result.ShouldFail("Rounds[extra-round].Sides[0].Delegation[2]", ErrorCodes.DuplicateEntry)
            .When(f => f.ErrorMessage.Contains("'ryabkov'"), "the message names the delegate");
        result.ShouldNotHaveValidationErrorFor("Rounds[extra-round].Sides[0].Delegation[1]");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_DelegateOfOtherParty_SaysWhomTheyRepresent() =>
        Validator.TestValidate(Talks with { Sides = [Russia, new RoundSide(Usa, new Delegation(Blinken, [Lavrov]))] }, Base)
            .ShouldFail("Rounds[extra-round].Sides[1].Delegation[1]", ErrorCodes.DelegateOfOtherParty)
            .When(f => f.ErrorMessage.Contains("Sergei Lavrov") && f.ErrorMessage.Contains("'russia'") && f.ErrorMessage.Contains("'usa'"), "the message names the delegate, their party and the side");

    [Fact]
    public void Validate_MembersDelegatesOnAnOrganisationsOrGroupsSide_Pass()
    {
        Validator.TestValidate(Talks with { Format = RoundFormat.Multilateral, Sides = [Russia, new RoundSide(Nato, new Delegation(Blinken))] }, Base)
            .ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Talks with { Sides = [Russia, new RoundSide(TheWest, new Delegation(Blinken))] }, Base)
            .ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Talks with { Sides = [Usa, new RoundSide(TheWest, new Delegation(Ryabkov))] }, Base)
            .ShouldFail("Rounds[extra-round].Sides[1].Delegation[0]", ErrorCodes.DelegateOfOtherParty);
        Validator.TestValidate(Talks with { Format = RoundFormat.Multilateral, Sides = [Usa, new RoundSide(Nato, new Delegation(Ryabkov))] }, Base)
            .ShouldFail("Rounds[extra-round].Sides[1].Delegation[0]", ErrorCodes.DelegateOfOtherParty);
    }

    [Fact]
    public void Validate_DelegateOutOfOffice_SaysWhenTheTermRan()
    {
        Validator.TestValidate(Talks with { Sides = [Russia, new RoundSide(Usa, new Delegation(Blinken, [Pompeo]))] }, Base)
            .ShouldFail("Rounds[extra-round].Sides[1].Delegation[1]", ErrorCodes.DelegateOutOfOffice, Severity.Warning)
            .When(f => f.ErrorMessage.Contains("Mike Pompeo") && f.ErrorMessage.Contains("Secretary of State") && !f.ErrorMessage.Contains(" to now"), "the message names the delegate, the office and the term's end");

        // A round before Blinken's term began: his term is still running, "now".
        Validator.TestValidate(Talks with { Planned = Moment.On(Day(2020, 6, 1)), Sides = [Russia, new RoundSide(Usa, new Delegation(Blinken))] }, Base)
            .ShouldFail("Rounds[extra-round].Sides[1].Delegation[0]", ErrorCodes.DelegateOutOfOffice, Severity.Warning)
            .When(f => f.ErrorMessage.Contains(" to now"), "a term without end runs to now");
    }

    [Fact]
    public void Validate_CancelledRoundWithDelegateOutOfOffice_WarnsNothing() =>
        Validator.TestValidate(Talks with { Status = RoundStatus.Cancelled, StatusReason = "Called off.", Sides = [Russia, new RoundSide(Usa, new Delegation(Pompeo))] }, Base)
            .ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_RoundThatIsASessionOfItself_FailsWithRoundPartOfItself()
    {
        Validator.TestValidate(Talks with { PartOf = Extra }, Base)
            .ShouldFail("Rounds[extra-round].PartOf", ErrorCodes.RoundPartOfItself).Only();
        Validator.TestValidate(Talks with { PartOf = new RoundId("osce-2022-01") }, Base)
            .ShouldFail("Rounds[extra-round].PartOf", ErrorCodes.UnknownRound);
        Validator.TestValidate(Talks with { PartOf = Bilateral }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_UnknownChairPerson_FailsWithUnknownRepresentative()
    {
        Validator.TestValidate(Talks with { ChairPerson = new RepresentativeId("sherman") }, Base)
            .ShouldFail("Rounds[extra-round].ChairPerson", ErrorCodes.UnknownRepresentative);
        Validator.TestValidate(Talks with { ChairPerson = Ryabkov }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_RoleWithBothOrNoHolder_FailsWithRoleWithoutHolderSayingWhich()
    {
        var result = Validator.TestValidate(Talks with { Roles = [new RoundRole(RoleKind.Observer, Ukraine), new RoundRole(RoleKind.Observer, France, Ryabkov), new RoundRole(RoleKind.Observer)] }, Base);

        result.ShouldNotHaveValidationErrorFor("Rounds[extra-round].Roles[0]");
        result.ShouldFail("Rounds[extra-round].Roles[1]", ErrorCodes.RoleWithoutHolder)
            .When(f => f.ErrorMessage.Contains("both a party and a person") && f.ErrorMessage.Contains("observer"), "the message says the role names both");
        result.ShouldFail("Rounds[extra-round].Roles[2]", ErrorCodes.RoleWithoutHolder)
            .When(f => f.ErrorMessage.Contains("no holder"), "the message says the role names no holder");
        result.Errors.Should().HaveCount(2);
    }

    [Fact]
    public void Validate_RoleNamingUnknownPartyPersonOrGroup_FailsAtEach()
    {
        var result = Validator.TestValidate(
            Talks with
            {
                Roles =
                [
                    new RoundRole(RoleKind.Observer, new PartyId("china")),
                    new RoundRole(RoleKind.Observer, Person: new RepresentativeId("sherman")),
                    new RoundRole(RoleKind.Observer, Ukraine) { For = new PartyId("brics") },
                ],
            },
            Base);

        result.ShouldFail("Rounds[extra-round].Roles[0].Party", ErrorCodes.UnknownParty);
        result.ShouldFail("Rounds[extra-round].Roles[1].Person", ErrorCodes.UnknownRepresentative);
        result.ShouldFail("Rounds[extra-round].Roles[2].For", ErrorCodes.UnknownParty);
        result.Errors.Should().HaveCount(3);

        Validator.TestValidate(Talks with { Roles = [new RoundRole(RoleKind.Observer, Person: Lavrov), new RoundRole(RoleKind.Observer, France) { For = Eu }] }, Base)
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_PlannedToEndBeforeItStarts_FailsWithEndBeforeStart()
    {
        Validator.TestValidate(Talks with { PlannedEnd = Moment.On(Day(2022, 1, 9)) }, Base)
            .ShouldFail("Rounds[extra-round].PlannedEnd", ErrorCodes.EndBeforeStart)
            .When(f => f.ErrorMessage.Contains("planned to end"), "the message says the planned end is wrong");
        Validator.TestValidate(Talks with { PlannedEnd = Moment.On(Day(2022, 1, 10)) }, Base).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Talks with { PlannedEnd = Moment.On(Day(2022, 1, 11)) }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_BlankOrOverlongNames_FailAtTheName()
    {
        Validator.TestValidate(Talks with { Venue = new Venue(" ", "Europe/Zurich") }, Base)
            .ShouldFail("Rounds[extra-round].Venue.Name", ErrorCodes.NameRequired);
        Validator.TestValidate(Talks with { Title = new string('t', 1000) }, Base)
            .ShouldFail("Rounds[extra-round].Title", ErrorCodes.NameTooLong);
        Validator.TestValidate(Talks with { Title = null, Venue = new Venue("Geneva", "Europe/Zurich") }, Base).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Talks with { Venue = new Venue("Geneva", "Europe/Genf") }, Base)
            .ShouldFail("Rounds[extra-round].Venue.ZoneId", ErrorCodes.UnknownTimeZone)
            .When(f => f.ErrorMessage.Contains("'Europe/Genf'"), "the message names the zone id");
    }

    [Fact]
    public void Validate_Attendance_ChecksPersonRepeatsAndJoiningTime()
    {
        var result = Validator.TestValidate(
            HeldTalks with
            {
                Attendance =
                [
                    new Attendance(Ryabkov, Moment.On(Day(2022, 1, 11))),
                    new Attendance(new RepresentativeId("sherman")),
                    new Attendance(Ryabkov),
                    new Attendance(Blinken, Moment.On(Day(2022, 1, 13))),
                    new Attendance(Lavrov, Moment.On(Day(2022, 1, 9))),
                ],
            },
            Base);

        result.ShouldNotHaveValidationErrorFor("Rounds[extra-round].Attendance[0]");
        result.ShouldNotHaveValidationErrorFor("Rounds[extra-round].Attendance[0].Joined");
        result.ShouldFail("Rounds[extra-round].Attendance[1]", ErrorCodes.UnknownRepresentative);
        result.ShouldFail("Rounds[extra-round].Attendance[2]", ErrorCodes.DuplicateEntry)
            .When(f => f.ErrorMessage.Contains("'ryabkov'"), "the message names who is listed twice");
        result.ShouldFail("Rounds[extra-round].Attendance[3].Joined", ErrorCodes.JoinedOutsideRound)
            .When(f => f.ErrorMessage.Contains("'blinken'"), "the message names who joined");
        result.ShouldFail("Rounds[extra-round].Attendance[4].Joined", ErrorCodes.JoinedOutsideRound);
        result.Errors.Should().HaveCount(4);

        // Joining on the first or last day, or at any time of a round with no recorded end, is within it.
        Validator.TestValidate(
            HeldTalks with { Attendance = [new Attendance(Ryabkov, Moment.On(Day(2022, 1, 10))), new Attendance(Blinken, Moment.On(Day(2022, 1, 12)))] },
            Base).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(HeldTalks with { ActualEnd = null, Attendance = [new Attendance(Blinken, Moment.On(Day(2022, 3, 1)))] }, Base)
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_ActualTimes_MustMatchTheStatus()
    {
        Validator.TestValidate(Talks with { ActualEnd = Moment.On(Day(2022, 1, 12)) }, Base, RoundValidator.StatusRules)
            .ShouldFail("Rounds[extra-round].ActualStart", ErrorCodes.ActualTimesWithoutHolding)
            .When(f => f.ErrorMessage.Contains("is proposed"), "the message names the status");
        Validator.TestValidate(Talks with { Status = RoundStatus.Concluded }, Base, RoundValidator.StatusRules)
            .ShouldFail("Rounds[extra-round].ActualStart", ErrorCodes.HeldWithoutActualStart)
            .When(f => f.ErrorMessage.Contains("is concluded"), "the message names the status");
        Validator.TestValidate(HeldTalks, Base, RoundValidator.StatusRules).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(HeldTalks with { ActualEnd = Moment.On(Day(2022, 1, 10)) }, Base, RoundValidator.StatusRules).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(HeldTalks with { ActualEnd = Moment.On(Day(2022, 1, 9)) }, Base, RoundValidator.StatusRules)
            .ShouldFail("Rounds[extra-round].ActualEnd", ErrorCodes.EndBeforeStart)
            .When(f => f.ErrorMessage.Contains("cannot end"), "the message says the end is before the start");
    }

    [Fact]
    public void Validate_PostponedWithoutReason_FailsWithReasonRequired()
    {
        Validator.TestValidate(Talks with { Status = RoundStatus.Postponed }, Base, RoundValidator.StatusRules)
            .ShouldFail("Rounds[extra-round].StatusReason", ErrorCodes.ReasonRequired)
            .When(f => f.ErrorMessage.Contains("postponed"), "the message names the status");
        Validator.TestValidate(Talks with { Status = RoundStatus.Postponed, StatusReason = "Snow." }, Base, RoundValidator.StatusRules)
            .ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Talks with { Status = RoundStatus.Agreed }, Base, RoundValidator.StatusRules).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_HistoryThatBeginsHeld_FailsWithIllegalStatusChangeAtItsStart()
    {
        var history = new EquatableArray<RoundStatusChange>([new RoundStatusChange(RoundStatus.Held, Moment.On(Day(2022, 1, 10)))]);

        Validator.TestValidate(HeldTalks with { History = history }, Base)
            .ShouldFail("Rounds[extra-round].History[0]", ErrorCodes.IllegalStatusChange)
            .When(f => f.ErrorMessage.Contains("begins held"), "the message says how the history begins");
    }

    [Fact]
    public void Validate_HistoryWithAnIllegalLaterChange_SaysWhatItCameFrom()
    {
        var history = new EquatableArray<RoundStatusChange>(
        [
            new RoundStatusChange(RoundStatus.Proposed, Moment.On(Day(2021, 12, 20))),
            new RoundStatusChange(RoundStatus.Cancelled, Moment.On(Day(2021, 12, 28)), "Called off."),
            new RoundStatusChange(RoundStatus.Held, Moment.On(Day(2022, 1, 10))),
        ]);

        Validator.TestValidate(HeldTalks with { History = history }, Base)
            .ShouldFail("Rounds[extra-round].History[2]", ErrorCodes.IllegalStatusChange)
            .When(f => f.ErrorMessage.Contains("became held when it was cancelled"), "the message names both statuses");
        Validator.TestValidate(HeldTalks with { History = new EquatableArray<RoundStatusChange>([history[0]]) }, Base)
            .ShouldNotHaveValidationErrorFor("Rounds[extra-round].History[0]");
    }

    [Fact]
    public void Validate_HeldOrCancelledRound_IsNotCheckedAgainstItsOrderOrWindow()
    {
        var tooEarly = Precondition.RoundHeld(Bilateral) & Precondition.NotBefore(Day(2022, 2, 1));

        Validator.TestValidate(Talks with { Precondition = tooEarly }, Base, RoundValidator.ScheduleRules)
            .ShouldFail("Rounds[extra-round].Precondition[1]", ErrorCodes.PlannedOutsideWindow)
            .When(f => f.ErrorMessage.Contains("rules out"), "the message says the precondition rules the day out");
        Validator.TestValidate(Talks with { Precondition = tooEarly, Status = RoundStatus.Cancelled, StatusReason = "Called off." }, Base, RoundValidator.ScheduleRules)
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_RequiringARoundTwice_ChecksTheOrderOnce()
    {
        var december = Talks with { Planned = Moment.On(Day(2021, 12, 15)), Precondition = Precondition.RoundHeld(Bilateral) & Precondition.RoundConcluded(Bilateral) };

        var result = Validator.TestValidate(december, Base, RoundValidator.OrderRules);

        result.ShouldFail("Rounds[extra-round].Planned", ErrorCodes.PlannedBeforeRequiredRound);
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_RequiringACancelledRound_WarnsWithTheReason()
    {
        var cancelled = Base.Given(Cancelled(Bilateral, "Russia recalled its delegation."));

        Validator.TestValidate(Talks with { Precondition = Precondition.RoundHeld(Bilateral) }, cancelled, RoundValidator.OrderRules)
            .ShouldFail("Rounds[extra-round].Precondition[0]", ErrorCodes.RequiresCancelledRound, Severity.Warning)
            .When(f => f.ErrorMessage.Contains("Russia recalled its delegation."), "the message gives the reason");
    }
}
