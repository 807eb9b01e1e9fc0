using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The rules of <see cref="Organisation.PartOf"/>: a body, organ or unit of a registered state or organisation.</summary>
public sealed class PartyValidatorPartOfTests
{
    private static readonly PartyId Council = new("north-atlantic-council");

    private readonly PartyValidator validator = new();

    private static Organisation Body(PartyId partOf) => new(Council, "North Atlantic Council", OrganisationKind.Institution) { PartOf = partOf };

    [Fact]
    public void Validate_BodyOfARegisteredOrganisation_Passes() =>
        validator.TestValidate(Body(Nato), Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_BodyOfARegisteredState_Passes() =>
        validator.TestValidate(Body(Usa), Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_PartOfItself_FailsWithPartOfItself()
    {
        validator.TestValidate(Body(Council), Base).ShouldFail("Parties[north-atlantic-council].PartOf", ErrorCodes.PartOfItself);
        validator.TestValidate(Body(Council)).ShouldFail("Parties[north-atlantic-council].PartOf", ErrorCodes.PartOfItself);
    }

    [Fact]
    public void Validate_PartOfAnUnregisteredParty_FailsWithUnknownPartyAgainstACaseOnly()
    {
        var body = Body(new PartyId("osce"));

        validator.TestValidate(body, Base).ShouldFail("Parties[north-atlantic-council].PartOf", ErrorCodes.UnknownParty);
        validator.TestValidate(body).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_PartOfANamedGroup_FailsWithPartOfGroup() =>
        validator.TestValidate(Body(TheWest), Base).ShouldFail("Parties[north-atlantic-council].PartOf", ErrorCodes.PartOfGroup);

    [Fact]
    public void Record_BodyBeforeItsWhole_IsRefusedWithUnknownParty()
    {
        var osceCouncil = new Organisation(new PartyId("osce-permanent-council"), "OSCE Permanent Council", OrganisationKind.Institution) { PartOf = new PartyId("osce") };

        var result = Base.Record(Registered(osceCouncil));

        result.Succeeded.Should().BeFalse();
        result.Failures().ShouldFail("Parties[osce-permanent-council].PartOf", ErrorCodes.UnknownParty);
    }

    [Fact]
    public void Record_BodyAfterItsWhole_IsKeptAndTheWholeCaseStaysValid()
    {
        var recorded = Base.Record(Registered(Body(Nato))).Case;

        recorded.Parties[Council].Should().BeOfType<Organisation>().Which.PartOf.Should().Be(Nato);
        recorded.Validate().Errors.Should().BeEmpty();
    }

    [Fact]
    public void PartOf_DefaultId_ThrowsArgumentException() =>
        FluentActions.Invoking(() => new Organisation(Council, "North Atlantic Council", OrganisationKind.Institution) { PartOf = default(PartyId) })
            .Should().Throw<ArgumentException>().WithParameterName("PartOf");
}
