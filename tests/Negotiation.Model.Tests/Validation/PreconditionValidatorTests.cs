using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class PreconditionValidatorTests
{
    private static PreconditionValidator Validator => PreconditionValidator.Instance;

    [Fact]
    public void Validate_PreconditionOnKnownThings_Passes() =>
        Validator.TestValidate(
                Precondition.RoundHeld(Bilateral)
                & Precondition.DocumentPresented(RuUsDraft)
                & Precondition.DemandAnswered(LegalGuarantees, Usa)
                & !Precondition.DevelopmentOccurred(DevelopmentKind.Invasion, Ukraine)
                & Precondition.NotBefore(Day(2022, 1, 10))
                & Precondition.NotAfter(Day(2022, 1, 31)),
                Base)
            .ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_UnknownReferences_FailAtTheirLeafIndex()
    {
        var precondition = Precondition.RoundConcluded(new RoundId("osce-2022-01"))
            | Precondition.DocumentPresented(new DocumentId("us-response"))
            | Precondition.DemandAnswered(new DemandId("no-bases"))
            | Precondition.PartyTakesPart(new PartyId("china"));

        var result = Validator.TestValidate(precondition, Base);

        result.ShouldFail("Precondition[0]", ErrorCodes.UnknownRound);
        result.ShouldFail("Precondition[1]", ErrorCodes.UnknownDocument);
        result.ShouldFail("Precondition[2]", ErrorCodes.UnknownDemand);
        result.ShouldFail("Precondition[3]", ErrorCodes.UnknownParty);
    }

    [Fact]
    public void Validate_WithoutACase_ChecksOnlyTheTree() =>
        Validator.TestValidate(Precondition.RoundHeld(new RoundId("osce-2022-01"))).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_DefaultRoundId_FailsWithIdMissing() =>
        Validator.TestValidate(new RoundHeldCondition(default)).ShouldFail("Precondition[0]", ErrorCodes.IdMissing);

    [Fact]
    public void Validate_DeeperThanDepthLimit_FailsWithPreconditionTooDeep()
    {
        var precondition = Precondition.RoundHeld(Bilateral);
        for (var i = 0; i < PreconditionValidator.DepthLimit; i++)
        {
            precondition = !precondition;
        }

        Validator.TestValidate(precondition).ShouldFail("Precondition", ErrorCodes.PreconditionTooDeep);
        Validator.TestValidate(((NotCondition)precondition).Part).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_AllOfWithoutParts_FailsWithEmptyComposite() =>
        Validator.TestValidate(Precondition.RoundHeld(Bilateral) & new AnyOfCondition([])).ShouldFail("Precondition", ErrorCodes.EmptyComposite);

    [Fact]
    public void Validate_EmptyCompositeDeepInsideOthers_FailsWithEmptyComposite()
    {
        // The flag is measured when each composite is made: it must reach the top through a not and an any-of.
        var deep = Precondition.NotBefore(new NodaTime.LocalDate(2022, 1, 1)) | !(Precondition.RoundHeld(Bilateral) & new AllOfCondition([]));

        Validator.TestValidate(deep).ShouldFail("Precondition", ErrorCodes.EmptyComposite);
        Validator.TestValidate(Precondition.NotBefore(new NodaTime.LocalDate(2022, 1, 1)) | !Precondition.RoundHeld(Bilateral)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_NotBeforeAfterNotAfter_FailsWithContradictoryWindow()
    {
        Validator.TestValidate(Precondition.NotBefore(Day(2022, 1, 20)) & Precondition.NotAfter(Day(2022, 1, 10)))
            .ShouldFail("Precondition[1]", ErrorCodes.ContradictoryWindow);

        // Alternatives do not contradict each other.
        Validator.TestValidate(Precondition.NotBefore(Day(2022, 1, 20)) | Precondition.NotAfter(Day(2022, 1, 10))).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_InARound_ReportsUnderTheRoundsPath() =>
        RoundValidator.Instance.TestValidate(BilateralRound with { Precondition = Precondition.NotBefore(Day(2022, 1, 20)) & Precondition.NotAfter(Day(2022, 1, 10)) })
            .ShouldFail("Rounds[ru-us-2022-01].Precondition[1]", ErrorCodes.ContradictoryWindow);
}
