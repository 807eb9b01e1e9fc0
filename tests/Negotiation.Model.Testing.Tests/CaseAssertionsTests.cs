using NodaTime;

namespace Negotiation.Model.Testing.Tests;

public sealed class CaseAssertionsTests
{
    private static readonly NegotiationCase Seed = SampleScenarios.SecurityGuarantees2021;

    [Fact]
    public void BeValid_SeedCase_Passes()
    {
        Seed.Should().BeValid();
    }

    [Fact]
    public void HaveWarning_SeedCase_FindsTheBrokenCommitment()
    {
        Seed.Should().HaveWarning(ErrorCodes.CommitmentBroken)
            .Which.ErrorMessage.Should().Contain("without European Union");
    }

    [Fact]
    public void HaveWarning_CodeNotReported_FailsListingWhatValidationFound()
    {
        var act = () => Seed.Should().HaveWarning(ErrorCodes.PreconditionsUndetermined, "the bilateral round is approximately dated");

        act.Should().Throw<Exception>().WithMessage(
            "Expected case security-guarantees-2021 to carry the warning NM5011 because the bilateral round is approximately dated, but validation found:*warning NM6001 at Rounds[ru-us-2022-01]*");
    }

    [Fact]
    public void HaveRoundBlockedBy_NatoRoundAndBilateralRound_PassesWithTheReason()
    {
        Seed.Should().HaveRoundBlockedBy("ru-nato-2022-01", "ru-us-2022-01")
            .Which.Reason.Should().Be("the round 'Russia–United States talks' has not been held; it is planned for early January 2022");
    }

    [Fact]
    public void HaveRoundBlockedBy_AfterTheBilateralRoundIsHeld_FailsSayingItWasHeld()
    {
        var held = SampleScenarios.SecurityGuarantees2021Scenario
            .HoldRound("ru-us-2022-01", Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich"))
            .Build();

        var act = () => held.Should().HaveRoundBlockedBy("ru-nato-2022-01", "ru-us-2022-01");

        act.Should().Throw<Exception>().WithMessage(
            "Expected round ru-nato-2022-01 to be blocked by ru-us-2022-01, but ru-us-2022-01 has been held:*[undetermined] the round 'Russia–United States talks' was held (2022-01-10 09:00 Europe/Zurich)*");
    }

    [Fact]
    public void HaveRoundBlockedBy_RoundItDoesNotRequire_FailsSayingSo()
    {
        var act = () => Seed.Should().HaveRoundBlockedBy("ru-us-2022-01", "ru-nato-2022-01");

        act.Should().Throw<Exception>().WithMessage("Expected round ru-us-2022-01 to be blocked by ru-nato-2022-01, but its preconditions do not require ru-nato-2022-01:*");
    }
}

public sealed class DemandAssertionsTests
{
    private static readonly NegotiationCase Seed = SampleScenarios.SecurityGuarantees2021;

    [Fact]
    public void HaveOpenDemand_NoNewMembersForNato_Passes()
    {
        Seed.Should().HaveOpenDemand("ru-nato-no-new-members", "nato")
            .Which.Status.Should().Be(DemandStatus.Tabled);
    }

    [Fact]
    public void HaveOpenDemand_UnknownDemand_FailsListingTheDemands()
    {
        var act = () => Seed.Should().HaveOpenDemand("ru-nato-neutral-ukraine", "nato");

        act.Should().Throw<Exception>().WithMessage("Expected case security-guarantees-2021 to have the open demand ru-nato-neutral-ukraine, but no such demand has been tabled; its demands are: ru-nato-legal-guarantees, *");
    }

    [Fact]
    public void BeRejectedBy_UsOnItsDraftsDemands_IsAPartialRejection()
    {
        Seed.Demand("ru-us-no-new-members").Should().BeRejectedBy("united-states", inPart: true)
            .Which.Reason.Should().Contain("Some Russian proposals were");
    }

    [Fact]
    public void BeRejectedBy_Whole_FailsSayingItIsPartlyRejectedAndWhy()
    {
        var act = () => Seed.Demand("ru-us-no-new-members").Should().BeRejectedBy("united-states", false, "Donfried said {0}", "unacceptable");

        act.Should().Throw<Exception>().WithMessage(
            "Expected demand ru-us-no-new-members to be Rejected by united-states because Donfried said unacceptable, but it is PartlyRejected: *rejected part of*");
    }

    [Fact]
    public void BeOpenFor_PartyNotAddressed_FailsNamingTheAddressees()
    {
        var act = () => Seed.Demand("ru-us-no-new-members").Should().BeOpenFor("nato");

        act.Should().Throw<Exception>().WithMessage("Expected demand ru-us-no-new-members to have a status for nato, but it is addressed to united-states only.");
    }

    [Fact]
    public void BeOpenFor_WithdrawnDemand_FailsSayingItWasWithdrawn()
    {
        var withdrawn = SampleScenarios.SecurityGuarantees2021Scenario.Then(new DemandWithdrawn
        {
            Demand = new DemandId("ru-us-no-delay"),
            Occurred = new NodaTime.LocalDate(2022, 1, 5),
            Recorded = NodaTime.Instant.FromUtc(2022, 1, 5, 18, 0),
            Source = new Source("Wire", new NodaTime.LocalDate(2022, 1, 5)),
        }).Build();

        var act = () => withdrawn.Demand("ru-us-no-delay").Should().BeOpenFor("united-states");

        act.Should().Throw<Exception>().WithMessage("Expected demand ru-us-no-delay to be open for united-states, but it is Withdrawn: *");
    }
}
