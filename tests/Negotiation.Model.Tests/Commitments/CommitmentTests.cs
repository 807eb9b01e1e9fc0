using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Commitments;

public sealed class CommitmentTests
{
    private static readonly Commitment WithTheEu = new(
        new CommitmentId("us-eu-european-security"), [TestWorld.UnitedStates, TestWorld.Eu], "With the EU.", TestWorld.EuropeanSecurity, TestWorld.Eu);

    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentException()
    {
        var act = () => new Commitment(default, [TestWorld.UnitedStates], "With the EU.", TestWorld.EuropeanSecurity, TestWorld.Eu);

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void With_NullText_ThrowsArgumentNullException()
    {
        var act = () => WithTheEu with { Text = null! };

        act.Should().Throw<ArgumentNullException>().WithParameterName("Text");
    }

    [Fact]
    public void Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            WithTheEu,
            new Commitment(new CommitmentId("us-eu-european-security"), [TestWorld.UnitedStates, TestWorld.Eu], "With the EU.", TestWorld.EuropeanSecurity, TestWorld.Eu),
            WithTheEu with { Parties = [TestWorld.UnitedStates] },
            WithTheEu with { Topic = TestWorld.SecurityGuarantees },
            WithTheEu with { Rule = CommitmentRule.Participation(TestWorld.Nato) },
            WithTheEu with { Rule = CommitmentRule.Prohibition() },
            WithTheEu with { Scope = new CommitmentScope { From = TestWorld.ArticleDay } },
            WithTheEu with { Text = "With the European Union." });
}
