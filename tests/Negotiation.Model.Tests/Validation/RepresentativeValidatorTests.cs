using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class RepresentativeValidatorTests
{
    private static readonly RepresentativeValidator Validator = RepresentativeValidator.Instance;

    private static Representative Lavrov => Base.Representatives[TestCase.Lavrov];

    [Fact]
    public void Validate_RepresentativesOfTheCase_Pass()
    {
        foreach (var representative in Base.Representatives.Values)
        {
            Validator.TestValidate(representative, Base).ShouldNotHaveAnyValidationErrors();
        }
    }

    [Fact]
    public void Validate_BlankOffice_FailsWithNameRequired() =>
        Validator.TestValidate(Lavrov with { Office = "" }).ShouldFail("Representatives[lavrov].Office", ErrorCodes.NameRequired);

    [Fact]
    public void Validate_UnregisteredParty_FailsWithUnknownParty() =>
        Validator.TestValidate(Lavrov with { Party = new PartyId("belarus") }, Base).ShouldFail("Representatives[lavrov].Party", ErrorCodes.UnknownParty);

    [Fact]
    public void Validate_OfficeForANamedGroup_FailsWithRepresentsGroup()
    {
        Validator.TestValidate(Lavrov with { Party = TheWest }, Base).ShouldFail("Representatives[lavrov].Party", ErrorCodes.RepresentsGroup);
        Validator.TestValidate(Lavrov with { Party = Nato }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_TermEndingBeforeItStarts_FailsWithTermEndsBeforeStart()
    {
        Validator.TestValidate(Lavrov with { Term = new TermOfOffice(Day(2004, 3, 9), Day(2004, 3, 8)) }).ShouldFail("Representatives[lavrov].Term", ErrorCodes.TermEndsBeforeStart);
        Validator.TestValidate(Lavrov with { Term = new TermOfOffice(Day(2004, 3, 9), Day(2004, 3, 9)) }).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Record_LeavingOfficeBeforeTakingIt_FailsWithTermEndsBeforeStart() =>
        Base.Record(new RepresentativeLeftOffice { Representative = TestCase.Lavrov, LastDay = Day(2004, 3, 1), Occurred = Dec(1), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Representatives[lavrov].Term", ErrorCodes.TermEndsBeforeStart);

    [Fact]
    public void Record_LeavingOfficeBeforeAStatementOfTheirs_FailsWithStatementOutsideTerm()
    {
        // Ryabkov's warning is of 21 December 2021.
        var left = new RepresentativeLeftOffice { Representative = Ryabkov, LastDay = Day(2021, 12, 20), Occurred = Dec(20), Recorded = Recorded, Source = Reuters };

        Base.Record(left).Failures().ShouldFail("Statements[ryabkov-warning].Speaker", ErrorCodes.StatementOutsideTerm);
        Base.Record(left with { LastDay = Day(2021, 12, 21) }).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Record_LeavingOfficeTwice_FailsWithAlreadyLeftOffice() =>
        Base.Record(new RepresentativeLeftOffice { Representative = Pompeo, LastDay = Day(2021, 1, 20), Occurred = Dec(1), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Representatives[pompeo].Term", ErrorCodes.AlreadyLeftOffice);
}
