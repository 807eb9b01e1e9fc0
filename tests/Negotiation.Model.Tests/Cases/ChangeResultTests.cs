using FluentValidation;
using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Cases;

public sealed class ChangeResultTests
{
    private static readonly State Moldova = new(new PartyId("moldova"), "Moldova", "MD");
    private static readonly Commitment WithTheEu = new(new CommitmentId("us-eu"), [TestWorld.UnitedStates, TestWorld.Eu], "With the EU.", TestWorld.EuropeanSecurity, TestWorld.Eu);

    [Fact]
    public void Success_NoWarning_HasTheChangedCaseAndNoFailures()
    {
        var result = TestWorld.Case.Record(Given.PartyRegistered(Moldova));

        result.Succeeded.Should().BeTrue();
        result.Original.Should().BeSameAs(TestWorld.Case);
        result.Case.Parties.Should().ContainKey(Moldova.Id);
        result.Failures.Should().BeEmpty();
        result.Errors.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
        result.RefusedAt.Should().BeNull();
        result.ToString().Should().Be("no failures");
        result.TryGetCase(out var changed).Should().BeTrue();
        changed.Should().BeSameAs(result.Case);
    }

    [Fact]
    public void Success_WithWarning_HasTheChangedCaseAndTheWarningOnly()
    {
        var result = TestWorld.Case.RecordOrThrow(Given.CommitmentMade(WithTheEu)).Record(Given.RoundPlanned(TestWorld.Bilateral()));

        result.Succeeded.Should().BeTrue();
        result.Errors.Should().BeEmpty();
        var warning = result.Warnings.Should().ContainSingle().Subject;
        warning.Severity.Should().Be(Severity.Warning);
        result.Failures.Should().Equal(result.Warnings);
        result.ToString().Should().StartWith("Warning NM6001 Rounds[ru-us-2022-01]: the Russia–United States round");
    }

    [Fact]
    public void Failure_Refused_HasNoCaseAndListsTheErrors()
    {
        var result = TestWorld.Case.Record(Given.PartyRegistered(new State(TestWorld.Russia, "Russia", "RU")));

        result.Succeeded.Should().BeFalse();
        result.Original.Should().BeSameAs(TestWorld.Case);
        result.TryGetCase(out var changed).Should().BeFalse();
        changed.Should().BeNull();
        result.RefusedAt.Should().Be(0);
        result.ToString().Should().Be("Error NM1002 Parties[russia]: A party with id 'russia' is already recorded; use a new id or record a change to the existing one.");
    }

    [Fact]
    public void Case_Refused_ThrowsListingTheErrors()
    {
        var result = TestWorld.Case.Record(Given.PartyRegistered(new State(TestWorld.Russia, "Russia", "RU")));

        var act = () => result.Case;

        act.Should().Throw<InvalidOperationException>().WithMessage("*refused*Succeeded or Errors*Error NM1002 Parties?russia?: A party*");
    }

    [Fact]
    public void Then_AfterSuccess_RecordsTheNextFactInTheChangedCase()
    {
        var result = TestWorld.Case.Record(Given.PartyRegistered(Moldova))
            .Then(Given.MembershipBegan(TestWorld.Eu, Moldova.Id, new LocalDate(2030, 1, 1)));

        result.Succeeded.Should().BeTrue();
        result.Original.Should().BeSameAs(TestWorld.Case, "the result starts from the first case");
        result.Case.Version.Should().Be(TestWorld.Case.Version + 2);
    }

    [Fact]
    public void Then_AfterFailure_StaysTheSameFailureAndRecordsNothing()
    {
        var failed = TestWorld.Case.Record(Given.PartyRegistered(new State(TestWorld.Russia, "Russia", "RU")));

        var next = failed.Then(Given.PartyRegistered(Moldova));

        next.Should().BeSameAs(failed);
    }

    [Fact]
    public void Then_SecondFactRefused_FailsKeepingTheFirstWarningAndTheSecondError()
    {
        var result = TestWorld.Case.RecordOrThrow(Given.CommitmentMade(WithTheEu))
            .Record(Given.RoundPlanned(TestWorld.Bilateral()))
            .Then(Given.RoundHeld(TestWorld.NatoRoundId, TestWorld.Geneva));

        result.Succeeded.Should().BeFalse();
        result.Warnings.Select(w => w.ErrorCode).Should().Equal(ErrorCodes.CommitmentBroken);
        result.Errors.Select(e => e.ErrorCode).Should().Equal(ErrorCodes.UnknownRound);
    }

    [Fact]
    public void Then_TwoWarnings_KeepsBoth()
    {
        var result = TestWorld.Case.RecordOrThrow(Given.CommitmentMade(WithTheEu))
            .Record(Given.RoundPlanned(TestWorld.Bilateral()))
            .Then(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva));

        result.Succeeded.Should().BeTrue();
        result.Warnings.Should().HaveCount(2).And.OnlyContain(w => w.ErrorCode == ErrorCodes.CommitmentBroken);
    }

    [Fact]
    public void Then_NullFact_ThrowsArgumentNullException()
    {
        var result = TestWorld.Case.Record(Given.PartyRegistered(Moldova));

        var act = () => result.Then(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("fact");
    }
}
