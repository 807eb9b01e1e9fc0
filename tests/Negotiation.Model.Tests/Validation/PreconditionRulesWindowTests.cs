using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The rules of a precondition tree: leaves numbered depth first in their order, empty composites found at any
/// depth, the required window from the latest not-before and the earliest not-after, and a round's planned time against
/// its own window; what each failure says.</summary>
public sealed class PreconditionRulesWindowTests
{
    private static Precondition NotBefore(int day) => Precondition.NotBefore(Day(2022, 1, day));

    private static Precondition NotAfter(int day) => Precondition.NotAfter(Day(2022, 1, day));

    [Fact]
    public void Validate_LeavesOfNestedComposites_AreNumberedInTheirOrder()
    {
        var precondition = Precondition.AllOf(
            Precondition.RoundHeld(new RoundId("osce-2022-01")),
            Precondition.AnyOf(Precondition.DocumentPresented(new DocumentId("us-response")), Precondition.DemandAnswered(new DemandId("no-bases"))),
            !Precondition.PartyTakesPart(new PartyId("china")),
            Precondition.DevelopmentOccurred(new DevelopmentId("invasion")));

        var result = Validator.TestValidate(precondition, Base);

        result.ShouldFail("Precondition[0]", ErrorCodes.UnknownRound);
        result.ShouldFail("Precondition[1]", ErrorCodes.UnknownDocument);
        result.ShouldFail("Precondition[2]", ErrorCodes.UnknownDemand);
        result.ShouldFail("Precondition[3]", ErrorCodes.UnknownParty);
        result.ShouldFail("Precondition[4]", ErrorCodes.UnknownDevelopment);
        result.Errors.Should().HaveCount(5);
    }

    [Fact]
    public void Validate_AnswerByAnUnknownPartyAndDevelopmentAgainstOne_FailAtTheirLeaves()
    {
        var result = Validator.TestValidate(Precondition.DemandAnswered(LegalGuarantees, new PartyId("china")) & !Precondition.DevelopmentOccurred(DevelopmentKind.Sanctions, new PartyId("belarus")), Base);

        result.ShouldFail("Precondition[0]", ErrorCodes.UnknownParty);
        result.ShouldFail("Precondition[1]", ErrorCodes.UnknownParty);
        result.Errors.Should().HaveCount(2);
    }

    [Fact]
    public void Validate_TooDeep_SaysHowToFlattenIt()
    {
        var precondition = Precondition.RoundHeld(Bilateral);
        for (var i = 0; i < PreconditionValidator.DepthLimit; i++)
        {
            precondition = !precondition;
        }

        Validator.TestValidate(precondition).ShouldFail("Precondition", ErrorCodes.PreconditionTooDeep)
            .WithErrorMessage("The precondition is 33 deep; at most 32 is accepted. Flatten it: AllOf and AnyOf take any number of parts, and !(a & b) is !a | !b.");
    }

    [Fact]
    public void Validate_EmptyCompositeUnderANot_SaysToGiveItParts() =>
        Validator.TestValidate(Precondition.RoundHeld(Bilateral) & !new AllOfCondition([]))
            .ShouldFail("Precondition", ErrorCodes.EmptyComposite)
            .WithErrorMessage("An all-of or any-of precondition has no parts; give it at least one or remove it.");

    [Fact]
    public void Validate_EmptyCompositeTwoLevelsDown_FailsWithEmptyComposite() =>
        Validator.TestValidate(Precondition.AnyOf(Precondition.RoundHeld(Bilateral), Precondition.AllOf(Precondition.RoundHeld(Bilateral), new AnyOfCondition([]))))
            .ShouldFail("Precondition", ErrorCodes.EmptyComposite);

    [Fact]
    public void Validate_ContradictoryWindow_SaysBothDays() =>
        Validator.TestValidate(NotBefore(20) & NotAfter(10))
            .ShouldFail("Precondition[1]", ErrorCodes.ContradictoryWindow)
            .WithErrorMessage("The round may start no earlier than 20 January 2022 and no later than 10 January 2022; no day satisfies both. Correct one of the dates.");

    [Fact]
    public void Validate_WindowOfOneDay_Passes() =>
        Validator.TestValidate(NotBefore(10) & NotAfter(10)).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData(5, 20)]
    [InlineData(20, 5)]
    public void Validate_LatestOfTwoStartsAfterTheEnd_FailsWithContradictoryWindow(int first, int second) =>
        Validator.TestValidate(Precondition.AllOf(NotBefore(first), NotBefore(second), NotAfter(10)))
            .ShouldFail("Precondition[2]", ErrorCodes.ContradictoryWindow)
            .WithErrorMessage("The round may start no earlier than 20 January 2022 and no later than 10 January 2022; no day satisfies both. Correct one of the dates.");

    [Theory]
    [InlineData(30, 10, 1)]
    [InlineData(10, 30, 0)]
    public void Validate_EarliestOfTwoEndsBeforeTheStart_FailsAtThatEnd(int first, int second, int index) =>
        Validator.TestValidate(Precondition.AllOf(NotAfter(first), NotAfter(second), NotBefore(20)))
            .ShouldFail($"Precondition[{index}]", ErrorCodes.ContradictoryWindow)
            .WithErrorMessage("The round may start no earlier than 20 January 2022 and no later than 10 January 2022; no day satisfies both. Correct one of the dates.");

    [Fact]
    public void Validate_TwoEndsOnOneDayBeforeTheStart_FailsAtTheFirst() =>
        Validator.TestValidate(Precondition.AllOf(NotAfter(10), NotAfter(10), NotBefore(20)))
            .ShouldFail("Precondition[0]", ErrorCodes.ContradictoryWindow);

    [Fact]
    public void Validate_LimitsNotRequired_DoNotContradict()
    {
        Validator.TestValidate(!NotAfter(10) & NotBefore(20)).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(NotAfter(10) & !NotBefore(20)).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Precondition.AnyOf(NotBefore(20), Precondition.RoundHeld(Bilateral)) & NotAfter(10)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_RoundPlannedBeforeItsNotBefore_SaysWhichLimit() =>
        RoundValidator.Instance.TestValidate(BilateralRound with { Precondition = Precondition.AllOf(Precondition.DocumentPresented(RuUsDraft), NotAfter(31), NotBefore(11)) }, Base)
            .ShouldFail("Rounds[ru-us-2022-01].Precondition[2]", ErrorCodes.PlannedOutsideWindow)
            .WithErrorMessage($"the Russia–United States round (ru-us-2022-01) is planned for {DateWindow.EarlyIn(new NodaTime.YearMonth(2022, 1))}, which its own precondition rules out (not before 11 January 2022).");

    [Fact]
    public void Validate_RoundPlannedAfterItsNotAfter_SaysWhichLimit() =>
        RoundValidator.Instance.TestValidate(BilateralRound with { Precondition = Precondition.NotAfter(Day(2021, 12, 31)) }, Base)
            .ShouldFail("Rounds[ru-us-2022-01].Precondition[0]", ErrorCodes.PlannedOutsideWindow)
            .WithErrorMessage($"the Russia–United States round (ru-us-2022-01) is planned for {DateWindow.EarlyIn(new NodaTime.YearMonth(2022, 1))}, which its own precondition rules out (not after 31 December 2021).");

    [Fact]
    public void Validate_TitledRoundPlannedOutsideItsWindow_IsNamedByItsTitle() =>
        RoundValidator.Instance.TestValidate(BilateralRound with { Title = "Strategic stability dialogue", Precondition = Precondition.NotAfter(Day(2021, 12, 31)) }, Base)
            .ShouldFail("Rounds[ru-us-2022-01].Precondition[0]", ErrorCodes.PlannedOutsideWindow)
            .WithErrorMessage($"the round 'Strategic stability dialogue' is planned for {DateWindow.EarlyIn(new NodaTime.YearMonth(2022, 1))}, which its own precondition rules out (not after 31 December 2021).");

    [Fact]
    public void Validate_RoundWhoseWindowTouchesItsLimits_Passes()
    {
        // Early January is 1 to 10 January.
        RoundValidator.Instance.TestValidate(BilateralRound with { Precondition = NotBefore(10) & NotAfter(1) }, Base).Errors
            .Should().NotContain(e => e.ErrorCode == ErrorCodes.PlannedOutsideWindow);
        RoundValidator.Instance.TestValidate(BilateralRound with { Precondition = NotBefore(10) }, Base).ShouldNotHaveAnyValidationErrors();
        RoundValidator.Instance.TestValidate(BilateralRound with { Precondition = NotAfter(1) }, Base).ShouldNotHaveAnyValidationErrors();
    }

    private static PreconditionValidator Validator => PreconditionValidator.Instance;
}
