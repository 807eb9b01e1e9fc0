using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class DevelopmentValidatorTests
{
    private static DevelopmentValidator Validator => DevelopmentValidator.Instance;

    private static Development BuildUp => new(new DevelopmentId("troop-build-up"), DevelopmentKind.TroopBuildUp, "Troops massed near the Ukrainian border.")
    {
        Actors = [Russia],
        Targets = [Ukraine],
    };

    [Fact]
    public void Validate_DevelopmentBetweenKnownParties_Passes() =>
        Validator.TestValidate(BuildUp, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_BlankDescription_FailsWithTextRequired() =>
        Validator.TestValidate(BuildUp with { Description = "" }).ShouldFail("Developments[troop-build-up].Description", ErrorCodes.TextRequired);

    [Fact]
    public void Validate_UnknownTarget_FailsWithUnknownParty() =>
        Validator.TestValidate(BuildUp with { Targets = [new PartyId("georgia")] }, Base).ShouldFail("Developments[troop-build-up].Targets[0]", ErrorCodes.UnknownParty);

    [Fact]
    public void Record_Development_Succeeds() =>
        Base.Record(Happened(BuildUp, Dec(1))).Succeeded.Should().BeTrue();

    [Fact]
    public void Validate_BlankDescription_SaysItIsTheDescription() =>
        Validator.TestValidate(BuildUp with { Description = "" }).ShouldFail("Developments[troop-build-up].Description", ErrorCodes.TextRequired)
            .WithErrorMessage("The description is blank; quote or summarise what was said or written.");

    [Fact]
    public void Validate_UnknownActor_FailsWithUnknownParty() =>
        Validator.TestValidate(BuildUp with { Actors = [new PartyId("georgia")] }, Base).ShouldFail("Developments[troop-build-up].Actors[0]", ErrorCodes.UnknownParty);
}
