using CsCheck;
using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class RepresentativeValidatorTests
{
    private static RepresentativeValidator Validator => RepresentativeValidator.Instance;

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
    public void Record_LeavingOfficeBeforeSeveralStatements_FailsForEachOfThemInIdOrder()
    {
        // Recorded out of time order and with ids out of time order; a statement of the week of 20 December may fall
        // inside the term, and Lavrov's later statement is not Ryabkov's.
        var negotiation = Base.Given(
            Said(Ryabkov, "b-later", Dec(28)),
            Said(Ryabkov, "c-approximate", DateWindow.WeekOf(Day(2021, 12, 20))),
            Said(Ryabkov, "a-next-day", Dec(22)),
            Said(TestCase.Lavrov, "d-lavrov", Dec(29)));
        var left = new RepresentativeLeftOffice { Representative = Ryabkov, LastDay = Day(2021, 12, 20), Occurred = Dec(20), Recorded = Recorded, Source = Reuters };

        var result = negotiation.Record(left);

        result.Failures.Select(f => (f.ErrorCode, f.PropertyName)).Should().Equal(
            (ErrorCodes.StatementOutsideTerm, "Statements[a-next-day].Speaker"),
            (ErrorCodes.StatementOutsideTerm, "Statements[b-later].Speaker"),
            (ErrorCodes.StatementOutsideTerm, "Statements[ryabkov-warning].Speaker"));
        result.Failures[0].ErrorMessage.Should().Be("Sergei Ryabkov was not Deputy Foreign Minister on 22 December 2021 (term 2008-08-01 to 2021-12-20).");
        negotiation.Record(left with { LastDay = Day(2021, 12, 22) }).Failures.Select(f => f.PropertyName).Should().Equal("Statements[b-later].Speaker");
        negotiation.Record(left with { LastDay = Day(2021, 12, 28) }).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Record_LeavingOfficeAnyDay_RefusesExactlyTheStatementsThatStartAfterIt() =>
        Gen.Select(Gen.Int[0, 150].Array[1, 12], Gen.Bool.Array[12], Gen.Int[0, 160]).Sample(
            (days, weeks, last) =>
            {
                // Statements on (or in the week of) days from 1 November 2021, recorded in a random order, ids not in time order.
                var start = Day(2021, 11, 1);
                var statements = days.Select((d, i) => (Id: $"s-{(i * 7) % 12}-{i}", On: weeks[i] ? (Moment)DateWindow.WeekOf(start.PlusDays(d)) : start.PlusDays(d)));
                var negotiation = Base.Given([.. statements.Select(s => Said(Ryabkov, s.Id, s.On))]);
                var lastDay = start.PlusDays(last);

                var result = negotiation.Record(new RepresentativeLeftOffice { Representative = Ryabkov, LastDay = lastDay, Occurred = Dec(20), Recorded = Recorded, Source = Reuters });

                // What checking every statement of theirs finds (the rule: a statement certainly outside the new term).
                var term = new TermOfOffice(Day(2008, 8, 1), lastDay);
                var outside = negotiation.Statements.Values.Where(s => s.Speaker == Ryabkov && term.Covers(s.Made).IsNo).Select(s => (ErrorCodes.StatementOutsideTerm, $"Statements[{s.Id}].Speaker"));
                result.Failures.Select(f => (f.ErrorCode, f.PropertyName)).Should().Equal(outside);
            },
            iter: 200);

    [Fact]
    public void Record_LeavingOfficeTwice_FailsWithAlreadyLeftOffice() =>
        Base.Record(new RepresentativeLeftOffice { Representative = Pompeo, LastDay = Day(2021, 1, 20), Occurred = Dec(1), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Representatives[pompeo].Term", ErrorCodes.AlreadyLeftOffice);

    private static StatementMade Said(RepresentativeId speaker, string id, Moment on) =>
        TestCase.Said(new Statement(new StatementId(id), Russia, StatementKind.Warning, "We will respond.") { Speaker = speaker }, on);

    [Fact]
    public void Validate_BlankOffice_AsksForTheOffice() =>
        Validator.TestValidate(Lavrov with { Office = "" }).ShouldFail("Representatives[lavrov].Office", ErrorCodes.NameRequired)
            .WithErrorMessage("The office is blank; give the office people use.");

    [Fact]
    public void Validate_OfficeForANamedGroup_NamesTheGroup() =>
        Validator.TestValidate(Lavrov with { Party = TheWest }, Base).ShouldFail("Representatives[lavrov].Party", ErrorCodes.RepresentsGroup)
            .WithErrorMessage("'The West' is a named group without offices; appoint the representative for a state or an organisation.");

    [Fact]
    public void Validate_TermEndingBeforeItStarts_SaysBothDays() =>
        Validator.TestValidate(Lavrov with { Term = new TermOfOffice(Day(2004, 3, 9), Day(2004, 3, 8)) }).ShouldFail("Representatives[lavrov].Term", ErrorCodes.TermEndsBeforeStart)
            .WithErrorMessage($"The term of {Lavrov.Name} ends (2004-03-08) before it starts (2004-03-09); check both days.");

    [Fact]
    public void Validate_BlankName_AsksForTheName() =>
        Validator.TestValidate(Lavrov with { Name = " " }).ShouldFail("Representatives[lavrov].Name", ErrorCodes.NameRequired)
            .WithErrorMessage("The name is blank; give the name people use.");
}
