using FluentValidation;
using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using NodaTime;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The days of a deadline as its validator judges them: the day it falls due against the day it was set, its
/// window and its rule, and each extension against the day then in force; what each failure says.</summary>
public sealed class DeadlineValidatorDaysTests
{
    private static readonly DeadlineId Reply = new("reply");
    private static readonly DevelopmentId Notification = new("notification");
    private static readonly LocalDate January10 = Day(2022, 1, 10);

    // Set on 21 December 2021, due on 10 January 2022.
    private static Deadline Stored => new(Reply, Usa, "A written reply", January10) { Set = Dec(21) };

    private static NegotiationCase Notified =>
        Base.Given(Happened(new Development(Notification, DevelopmentKind.Other, "The notification."), Dec(1)));

    private static NegotiationCase NotifiedInNovember =>
        Base.Given(Happened(new Development(Notification, DevelopmentKind.Other, "The notification."), DateWindow.In(new YearMonth(2021, 11))));

    private static DeadlineExtension Extension(LocalDate newDue, Moment decided, PartyId? by = null) => new(newDue, decided, by ?? Usa);

    [Fact]
    public void Validate_DueOnTheDayItWasSet_Passes() =>
        Validator.TestValidate(Stored with { Due = Day(2021, 12, 21) }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_DueTheDayBeforeItWasSet_SaysBothDays() =>
        Validator.TestValidate(Stored with { Due = Day(2021, 12, 20) }, Base)
            .ShouldFail("Deadlines[reply].Due", ErrorCodes.DueBeforeSet)
            .WithErrorMessage("The deadline falls due (2021-12-20) before it was set (21 December 2021); check both days.");

    [Fact]
    public void Validate_KnownZone_Passes() =>
        Validator.TestValidate(Stored with { Zone = "Europe/Brussels" }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_UnknownZone_SaysWhatAZoneIs() =>
        Validator.TestValidate(Stored with { Zone = "Europe/Brüssel" }, Base)
            .ShouldFail("Deadlines[reply].Zone", ErrorCodes.UnknownTimeZone)
            .WithErrorMessage("'Europe/Brüssel' is not a tz database zone id; use one such as 'Europe/Brussels'.");

    [Fact]
    public void Validate_DueOnTheLastDayOfItsWindow_Passes() =>
        Validator.TestValidate(Stored with { Due = Day(2022, 1, 10), DueWithin = DateWindow.EarlyIn(new YearMonth(2022, 1)) }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_DueInsideItsWindowButNotAtItsEnd_SaysTheDayMustEndIt() =>
        Validator.TestValidate(Stored with { DueWithin = DateWindow.In(new YearMonth(2022, 1)) }, Base)
            .ShouldFail("Deadlines[reply].DueWithin", ErrorCodes.DueOutsideWindow)
            .WithErrorMessage($"The deadline is due by 2022-01-10, but stated as {DateWindow.In(new YearMonth(2022, 1))}; the day must be the window's last day.");

    [Fact]
    public void Validate_DueTheDayTheRuleGives_Passes() =>
        Validator.TestValidate(Stored with { Due = Day(2022, 1, 1), DueRule = new DueRule(Notification, Period.FromMonths(1)) }, Notified).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_DueADayAfterTheRulesDay_SaysWhichDayTheRuleGives() =>
        Validator.TestValidate(Stored with { Due = Day(2022, 1, 2), DueRule = new DueRule(Notification, Period.FromMonths(1)) }, Notified)
            .ShouldFail("Deadlines[reply].DueRule", ErrorCodes.DueNotByRule)
            .WithErrorMessage("The deadline is due 2022-01-02, but P1M after 'notification' gives 2022-01-01; state the day the rule gives.");

    [Fact]
    public void Validate_DueADayBeforeTheRulesDay_FailsWithDueNotByRule() =>
        Validator.TestValidate(Stored with { Due = Day(2021, 12, 31), DueRule = new DueRule(Notification, Period.FromMonths(1)) }, Notified)
            .ShouldFail("Deadlines[reply].DueRule", ErrorCodes.DueNotByRule);

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    public void Validate_DueOnEitherEndOfTheRulesWindow_Passes(int day) =>
        Validator.TestValidate(Stored with { Due = Day(2021, 12, day), DueRule = new DueRule(Notification, Period.FromMonths(1)), Set = Moment.On(Day(2021, 11, 1)) }, NotifiedInNovember)
            .ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_DueAfterTheRulesWindow_SaysTheWindow() =>
        Validator.TestValidate(Stored with { DueRule = new DueRule(Notification, Period.FromMonths(1)) }, NotifiedInNovember)
            .ShouldFail("Deadlines[reply].DueRule", ErrorCodes.DueNotByRule)
            .WithErrorMessage("The deadline is due 2022-01-10, but P1M after 'notification' gives 2021-12-01 to 2021-12-30; state the day the rule gives.");

    [Fact]
    public void Validate_RuleWithoutACase_IsNotChecked() =>
        Validator.TestValidate(Stored with { DueRule = new DueRule(Notification, Period.FromMonths(1)) }).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_ExtensionWithTheRequiredParties_DoesNotWarn()
    {
        var deadline = Stored with { ExtendableBy = [Usa, Russia] };

        Validator.TestValidate(deadline with { Extensions = [Extension(Day(2022, 1, 20), Dec(22)) with { JointlyWith = [Russia] }] }, Base).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(deadline with { Extensions = [new DeadlineExtension(Day(2022, 1, 20), Dec(22)) { JointlyWith = [Russia, Usa] }] }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_ExtensionWithoutARequiredParty_NamesIt()
    {
        var result = Validator.TestValidate(Stored with { ExtendableBy = [Usa, Russia], Extensions = [Extension(Day(2022, 1, 20), Dec(22))] }, Base);

        result.ShouldFail("Deadlines[reply].Extensions", ErrorCodes.ExtensionWithoutRequiredParty, Severity.Warning)
            .WithErrorMessage("The extension to 2022-01-20 (22 December 2021) was not decided with 'russia', whom the deadline's rule requires; name it in By or JointlyWith.");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_ExtensionJointlyWithAnUnknownParty_FailsWithUnknownParty() =>
        Validator.TestValidate(Stored with { Extensions = [Extension(Day(2022, 1, 20), Dec(22)) with { JointlyWith = [new PartyId("atlantis")] }] }, Base)
            .ShouldFail("Deadlines[reply].Extensions.JointlyWith", ErrorCodes.UnknownParty);

    [Fact]
    public void Validate_BranchOnItsOwnDeadline_SaysSo() =>
        Validator.TestValidate(Stored with { Extensions = [Extension(Day(2022, 1, 20), Dec(22)) with { Branches = [new DueBranch(Day(2022, 1, 30), Reply)] }] }, Base)
            .ShouldFail("Deadlines[reply].Extensions", ErrorCodes.BranchOnOwnDeadline)
            .WithErrorMessage("The branch to 2022-01-30 is conditioned on the deadline it extends; condition it on another deadline.");

    [Fact]
    public void Validate_BranchOnTheDayInForce_SaysItIsNotLater()
    {
        var other = new DeadlineId("other");
        var known = Base.Given(DeadlineSet(new Deadline(other, Usa, "Another reply", January10), Dec(21)));

        Validator.TestValidate(Stored with { Extensions = [Extension(Day(2022, 1, 20), Dec(22)) with { Branches = [new DueBranch(January10, other)] }] }, known)
            .ShouldFail("Deadlines[reply].Extensions", ErrorCodes.ExtensionNotLater)
            .WithErrorMessage("The conditional day (2022-01-10) is not after the one in force (2022-01-10).");
        Validator.TestValidate(Stored with { Extensions = [Extension(Day(2022, 1, 20), Dec(22)) with { Branches = [new DueBranch(Day(2022, 1, 11), other)] }] }, known)
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_ExtensionToTheDayInForce_SaysItIsNotLater() =>
        Validator.TestValidate(Stored with { Extensions = [Extension(January10, Dec(22))] }, Base)
            .ShouldFail("Deadlines[reply].Extensions", ErrorCodes.ExtensionNotLater)
            .WithErrorMessage("The new day (2022-01-10) is not after the one in force (2022-01-10).");

    [Fact]
    public void Validate_SecondExtensionShorterThanTheFirst_IsJudgedAgainstTheFirst() =>
        Validator.TestValidate(Stored with { Extensions = [Extension(Day(2022, 1, 20), Dec(22)), Extension(Day(2022, 1, 15), Dec(23))] }, Base)
            .ShouldFail("Deadlines[reply].Extensions", ErrorCodes.ExtensionNotLater)
            .WithErrorMessage("The new day (2022-01-15) is not after the one in force (2022-01-20).");

    [Fact]
    public void Validate_ExtensionsAfterARefusedOne_AreJudgedAgainstTheDayStillInForce()
    {
        // The refused extension (to 5 January) leaves 10 January in force; the next one, decided on 10 January, is in time.
        var result = Validator.TestValidate(Stored with { Extensions = [Extension(Day(2022, 1, 5), Dec(22)), Extension(Day(2022, 1, 12), Moment.On(January10))] }, Base);

        result.ShouldFail("Deadlines[reply].Extensions", ErrorCodes.ExtensionNotLater)
            .WithErrorMessage("The new day (2022-01-05) is not after the one in force (2022-01-10).");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_ExtensionDecidedTheDayItWasSet_Passes() =>
        Validator.TestValidate(Stored with { Extensions = [Extension(Day(2022, 1, 20), Dec(21))] }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_ExtensionDecidedBeforeItWasSet_SaysBothTimes() =>
        Validator.TestValidate(Stored with { Extensions = [Extension(Day(2022, 1, 20), Dec(20))] }, Base)
            .ShouldFail("Deadlines[reply].Extensions", ErrorCodes.ChangedBeforeSet)
            .WithErrorMessage("The deadline cannot be extended (20 December 2021) to 2022-01-20 before it was set (21 December 2021); check both times.");

    [Fact]
    public void Validate_ExtensionOfAnUnrecordedDeadline_SkipsTheDayItWasSet() =>
        Validator.TestValidate(Stored with { Set = default, Extensions = [Extension(Day(2022, 1, 20), Dec(20))] }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_ExtensionDecidedOnTheDueDay_DoesNotWarn() =>
        Validator.TestValidate(Stored with { Extensions = [Extension(Day(2022, 1, 20), Moment.On(January10))] }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_ExtensionDecidedAfterTheDueDay_SaysItWasMissedFirst() =>
        Validator.TestValidate(Stored with { Extensions = [Extension(Day(2022, 1, 20), Moment.On(Day(2022, 1, 11)))] }, Base)
            .ShouldFail("Deadlines[reply].Extensions", ErrorCodes.ExtendedAfterLapse, Severity.Warning)
            .WithErrorMessage("The deadline of 2022-01-10 had passed when it was extended (11 January 2022) to 2022-01-20: it was missed first.");

    [Fact]
    public void Validate_MetOnTheDayItWasSet_Passes() =>
        Validator.TestValidate(Stored with { Met = Dec(21) }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_MetBeforeItWasSet_SaysBothTimes() =>
        Validator.TestValidate(Stored with { Met = Dec(20) }, Base)
            .ShouldFail("Deadlines[reply].Met", ErrorCodes.ChangedBeforeSet)
            .WithErrorMessage("The deadline cannot be met (20 December 2021) before it was set (21 December 2021); check both times.");

    [Fact]
    public void Validate_MetButNotRecorded_SkipsTheDayItWasSet() =>
        Validator.TestValidate(Stored with { Set = default, Met = Dec(20) }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_UnknownSetterAndJointSetter_FailAtEach()
    {
        var result = Validator.TestValidate(Stored with { SetBy = new PartyId("china"), JointlyWith = [Russia, new PartyId("japan")] }, Base);

        result.ShouldFail("Deadlines[reply].SetBy", ErrorCodes.UnknownParty);
        result.ShouldFail("Deadlines[reply].JointlyWith[1]", ErrorCodes.UnknownParty);
        result.Errors.Should().HaveCount(2);
    }

    private static DeadlineValidator Validator => DeadlineValidator.Instance;
}
