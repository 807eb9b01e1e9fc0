namespace Negotiation.Model.Testing.Tests;

/// <summary>The failure message that the kit's README shows as text (Negotiation.Model.Docs.Tests compiles and runs the
/// README's C# blocks themselves; this checks the one thing they cannot: what a failing assertion prints).</summary>
public sealed class ReadmeKitExampleTests
{
    [Fact]
    public void Example_FailingAssertion_PrintsTheReasonTree()
    {
        var act = () => SampleScenarios.SecurityGuarantees2021.Round("ru-nato-2022-01").Should().BeReadyToStart();

        act.Should().Throw<Exception>().WithMessage(
            "Expected round ru-nato-2022-01 to be ready to start, but its preconditions are not met:*"
            + "[not met] the round 'Russia–United States talks' has not been held; it is planned for early January 2022");
    }
}
