using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Commitments;

/// <summary>Programming errors in building a commitment's rule or asking its scope fail at once, saying what to fix.</summary>
public sealed class CommitmentArgumentTests
{
    [Fact]
    public void RoundOrder_DefaultFirstRound_Throws() =>
        FluentActions.Invoking(() => CommitmentRule.RoundOrder(default, TestWorld.BilateralId))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("first");

    [Fact]
    public void RoundOrder_DefaultSecondRound_Throws() =>
        FluentActions.Invoking(() => CommitmentRule.RoundOrder(TestWorld.BilateralId, default))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("then");

    [Fact]
    public void RoundOrder_TheSameRoundTwice_SaysARoundCannotComeBeforeItself() =>
        FluentActions.Invoking(() => CommitmentRule.RoundOrder(TestWorld.BilateralId, TestWorld.BilateralId))
            .Should().Throw<ArgumentException>().WithMessage("A round cannot come before itself; name two rounds.*").Which.ParamName.Should().Be("then");

    [Fact]
    public void Covers_NullRound_Throws() =>
        FluentActions.Invoking(() => new CommitmentScope().Covers(null!))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("round");
}
