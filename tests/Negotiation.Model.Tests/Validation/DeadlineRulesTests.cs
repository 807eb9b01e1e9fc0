using Conditional = Negotiation.Model.Tests.Deadlines.DeadlineBranchesTests;
using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The deadline rules of issue 11: an approximately stated day ends its window; only overtaken and abandoned
/// close a deadline; an extension includes the parties the deadline's rule requires, and its conditional days rest on
/// another known deadline and come later; a deadline's zone is a tz database id.</summary>
public sealed class DeadlineRulesTests
{
    private static readonly DeadlineId Adoption = new("adoption");
    private static readonly LocalDate December12 = new(2015, 12, 12);

    private static readonly NegotiationCase Set =
        TestWorld.Case.RecordOrThrow(Given.DeadlineSet(new Deadline(Adoption, TestWorld.France, "Adopt the agreement", new LocalDate(2015, 12, 11)), new LocalDate(2015, 12, 5)));

    [Fact]
    public void DeadlineClosed_AsMet_FailsWithClosureNotOvertakenOrAbandoned() =>
        Set.ShouldRefuse(Given.DeadlineClosed(Adoption, DeadlineOutcome.Met, December12), ErrorCodes.ClosureNotOvertakenOrAbandoned, "Deadlines[adoption].Closure");

    [Fact]
    public void DeadlineSet_DayNotTheLastOfItsWindow_FailsWithDueOutsideWindow() =>
        TestWorld.Case.ShouldRefuse(
            Given.DeadlineSet(new Deadline(Adoption, TestWorld.Russia, "A reply", new LocalDate(2022, 1, 31)) { DueWithin = DateWindow.MidIn(new YearMonth(2022, 1)) }),
            ErrorCodes.DueOutsideWindow,
            "Deadlines[adoption].DueWithin");

    [Fact]
    public void DeadlineExtended_WithoutARequiredParty_WarnsExtensionWithoutRequiredParty() =>
        Conditional.Set.ShouldAcceptWithWarning(Conditional.Extension(), ErrorCodes.ExtensionWithoutRequiredParty, "Deadlines[period].Extensions");

    [Fact]
    public void DeadlineExtended_BranchOnItsOwnDeadline_FailsWithBranchOnOwnDeadline() =>
        Conditional.Set.ShouldRefuse(Conditional.Extension(TestWorld.Russia) with { Branches = [new DueBranch(Conditional.May22, Conditional.Period)] }, ErrorCodes.BranchOnOwnDeadline, "Deadlines[period].Extensions");

    [Fact]
    public void DeadlineExtended_BranchOnAnUnknownDeadline_FailsWithUnknownDeadline() =>
        Conditional.Set.ShouldRefuse(Conditional.Extension(TestWorld.Russia) with { Branches = [new DueBranch(Conditional.May22, new DeadlineId("nothing"))] }, ErrorCodes.UnknownDeadline, "Deadlines[period].Extensions.Branches");

    [Fact]
    public void DeadlineExtended_BranchDayNotLater_FailsWithExtensionNotLater() =>
        Conditional.Set.ShouldRefuse(Conditional.Extension(TestWorld.Russia) with { Branches = [new DueBranch(Conditional.March29, Conditional.Approval)] }, ErrorCodes.ExtensionNotLater, "Deadlines[period].Extensions");

    [Fact]
    public void DeadlineSet_UnknownZone_FailsWithUnknownTimeZone() =>
        TestWorld.Case.ShouldRefuse(Given.DeadlineSet(new Deadline(Conditional.Period, TestWorld.France, "The period ends", Conditional.March29) { Zone = "Europe/Brüssel" }, new LocalDate(2017, 3, 29)), ErrorCodes.UnknownTimeZone, "Deadlines[period].Zone");

    [Fact]
    public void DeadlineSet_UnknownPartyToExtend_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.DeadlineSet(new Deadline(Conditional.Period, TestWorld.France, "The period ends", Conditional.March29) { ExtendableBy = [new PartyId("nobody")] }, new LocalDate(2017, 3, 29)), ErrorCodes.UnknownParty, "Deadlines[period].ExtendableBy[0]");

    [Fact]
    public void DeadlineSet_DayNotTheOneItsRuleGives_FailsWithDueNotByRule() =>
        Notified.ShouldRefuse(Given.DeadlineSet(new Deadline(Adoption, TestWorld.France, "The period ends", new LocalDate(2019, 3, 30)) { DueRule = TwoYears }, new LocalDate(2017, 3, 29)), ErrorCodes.DueNotByRule, "Deadlines[adoption].DueRule");

    [Fact]
    public void DeadlineSet_DayTheRuleGives_IsAccepted() =>
        Notified.ShouldAccept(Given.DeadlineSet(new Deadline(Adoption, TestWorld.France, "The period ends", new LocalDate(2019, 3, 29)) { DueRule = TwoYears }, new LocalDate(2017, 3, 29)))
            .Deadlines[Adoption].DueRule.Should().Be(TwoYears);

    [Fact]
    public void DeadlineSet_RuleAfterAnUnknownDevelopment_FailsWithUnknownDevelopment() =>
        TestWorld.Case.ShouldRefuse(Given.DeadlineSet(new Deadline(Adoption, TestWorld.France, "The period ends", new LocalDate(2019, 3, 29)) { DueRule = TwoYears }, new LocalDate(2017, 3, 29)), ErrorCodes.UnknownDevelopment, "Deadlines[adoption].DueRule.After");

    [Fact]
    public void DueRule_ApproximateDevelopment_AllowsAWindow() =>
        TwoYears.DueFor(DateWindow.In(new YearMonth(2017, 3))).Should().Be((new LocalDate(2019, 3, 1), new LocalDate(2019, 3, 31)));

    [Fact]
    public void DueRule_LengthNotMoreThanZero_Throws() =>
        FluentActions.Invoking(() => new DueRule(new DevelopmentId("notification"), Period.Zero)).Should().Throw<ArgumentOutOfRangeException>();

    private static readonly DueRule TwoYears = new(new DevelopmentId("notification"), Period.FromYears(2));

    private static readonly NegotiationCase Notified =
        TestWorld.Case.RecordOrThrow(Given.DevelopmentOccurred(new Development(new DevelopmentId("notification"), DevelopmentKind.Other, "The notification."), new LocalDate(2017, 3, 29)));
}
