using NodaTime;

namespace Negotiation.Model.Testing.Tests;

/// <summary>Runs the testing-kit example of README.md, so the README cannot drift from the kit.</summary>
public sealed class ReadmeKitExampleTests
{
    [Fact]
    public void Example_AfterTheBilateralRound_AssertionsHold()
    {
        var talks = SampleScenarios.SecurityGuarantees2021Scenario
            .HoldRound("ru-us-2022-01", Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich"))
            .Build();

        talks.Should().HaveOpenDemand("ru-nato-no-new-members", "nato");
        talks.Demand("ru-us-no-new-members").Should().BeRejectedBy("united-states", inPart: true);
        SampleScenarios.SecurityGuarantees2021.Should().HaveRoundBlockedBy("ru-nato-2022-01", "ru-us-2022-01");
    }

    [Fact]
    public void Example_FailingAssertion_PrintsTheReasonTree()
    {
        var act = () => SampleScenarios.SecurityGuarantees2021.Round("ru-nato-2022-01").Should().BeReadyToStart();

        act.Should().Throw<Exception>().WithMessage(
            "Expected round ru-nato-2022-01 to be ready to start, but its preconditions are not met:*"
            + "[not met] the round 'Russia–United States talks' has not been held; it is planned for early January 2022");
    }
}
