using NodaTime;

namespace Negotiation.Model.Testing.Tests;

public sealed class AssertionsTests
{
    private static readonly NegotiationCase Seed = SampleScenarios.SecurityGuarantees2021;

    [Fact]
    public void BeBlocked_NatoRoundBeforeTheBilateralRound_Passes()
    {
        Seed.Round("ru-nato-2022-01").Should().BeBlocked()
            .Which.Reason.Should().Contain("has not been held");
    }

    [Fact]
    public void BeReadyToStart_BlockedRound_FailsShowingTheReasonTree()
    {
        var act = () => Seed.Round("ru-nato-2022-01").Should().BeReadyToStart("Russia wants it in {0}", "January");

        act.Should().Throw<Exception>().WithMessage(
            "Expected round ru-nato-2022-01 to be ready to start because Russia wants it in January, but its preconditions are not met:*"
            + "[not met] the round 'Russia–United States talks' has not been held; it is planned for early January 2022*");
    }

    [Fact]
    public void BeReadyToStart_RoundWithoutPreconditions_Passes()
    {
        Seed.Round("ru-us-2022-01").Should().BeReadyToStart();
    }

    [Fact]
    public void BeBlocked_RoundWithoutPreconditions_FailsSayingTheyAreMet()
    {
        var act = () => Seed.Round("ru-us-2022-01").Should().BeBlocked();

        act.Should().Throw<Exception>().WithMessage("Expected round ru-us-2022-01 to be blocked, but its preconditions are met:*no preconditions*");
    }

    [Fact]
    public void Precede_EarlyJanuaryAndJanuary_FailsBecauseTheOrderIsUndetermined()
    {
        var act = () => Seed.Round("ru-us-2022-01").Should().Precede("ru-nato-2022-01");

        act.Should().Throw<Exception>().WithMessage(
            "Expected round ru-us-2022-01 (early January 2022) to precede ru-nato-2022-01 (January 2022), but whether it does is undetermined.");
    }

    [Fact]
    public void Round_UnknownId_ThrowsListingTheRounds()
    {
        var act = () => Seed.Round("no-such-round");

        act.Should().Throw<ArgumentException>().WithMessage("The case has no round 'no-such-round'; its rounds are: ru-nato-2022-01, ru-us-2022-01.*");
    }

    [Fact]
    public void FailWith_CancelledRoundHeld_PassesAndExposesTheFailure()
    {
        var result = SampleScenarios.SecurityGuarantees2021Scenario
            .CancelRound("ru-us-2022-01", "Talks called off.", new LocalDate(2021, 12, 23))
            .HoldRound("ru-us-2022-01", new LocalDate(2022, 1, 10))
            .Try();

        result.Should().FailWith(ErrorCodes.IllegalStatusChange)
            .Which.PropertyName.Should().Be("Rounds[ru-us-2022-01].Status");
    }

    [Fact]
    public void FailWith_SuccessfulChange_FailsSayingItSucceeded()
    {
        var result = SampleScenarios.SecurityGuarantees2021Scenario.HoldRound("ru-us-2022-01", new LocalDate(2022, 1, 10)).Try();

        var act = () => result.Should().FailWith("NM5009");

        act.Should().Throw<Exception>().WithMessage("Expected the change to fail with NM5009, but it succeeded with warnings:*NM6001*");
    }

    [Fact]
    public void Succeed_RefusedChange_FailsListingTheErrors()
    {
        var result = SampleScenarios.SecurityGuarantees2021Scenario.HoldRound("ru-nato-2022-01", new LocalDate(2022, 1, 5)).Try();

        var act = () => result.Should().Succeed();

        act.Should().Throw<Exception>().WithMessage("Expected the change to succeed, but it was refused:*error NM5010 at Rounds[ru-nato-2022-01].Precondition*");
    }

    [Fact]
    public void HaveWarning_SeedScenario_WarnsAboutTheCommitment()
    {
        SampleScenarios.SecurityGuarantees2021Scenario.Try().Should().Succeed()
            .And.HaveWarning(ErrorCodes.CommitmentBroken).Which.PropertyName.Should().BeOneOf("Rounds[ru-us-2022-01]", "Rounds[ru-nato-2022-01]");
    }
}
