using Negotiation.Model.Tests.TestSupport;
using Negotiation.Model.Validation;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The edges of the value rules: the 20,000-character cap, the first and last bidirectional controls, a high
/// surrogate ending a text, and what the refusal says.</summary>
public sealed class ValueRulesBoundaryTests
{
    private static readonly Statement Warning = new(new StatementId("warning"), TestWorld.Russia, StatementKind.Warning, "A military-technical response.");

    [Fact]
    public void Record_ConditionOfExactly20000Characters_Accepted() =>
        TestWorld.Case.ShouldAccept(Given.StatementMade(Warning with { Condition = new string('x', 20_000) }, TestWorld.ArticleDay));

    [Fact]
    public void Record_ConditionOf20000CharactersWithANul_FailsWithForbiddenCharacter() =>
        TestWorld.Case.ShouldRefuse(Given.StatementMade(Warning with { Condition = "\0" + new string('x', 19_999) }, TestWorld.ArticleDay), ErrorCodes.ForbiddenCharacter, "Statement.Condition");

    [Fact]
    public void Record_NulInAName_SaysWhichCharacterAndWhere()
    {
        var result = TestWorld.Empty.Record(Given.PartyRegistered(new State(new PartyId("x"), "Rus\0sia", "RU")));

        result.Errors.Should().ContainSingle().Which.ErrorMessage.Should().Be(
            "Party.Name holds the character U+0000 at 3: no control characters (other than tab and line breaks), lone surrogates or bidirectional overrides. Remove it.");
    }

    [Theory]
    [InlineData("\u202A", "the character U+202A at 0")]
    [InlineData("x\u202E", "the character U+202E at 1")]
    [InlineData("\u2066", "the character U+2066 at 0")]
    [InlineData("xy\u2069", "the character U+2069 at 2")]
    [InlineData("\u2029\u206A", null)]
    public void Forbidden_BidirectionalControls_FromFirstToLast(string text, string? expected) =>
        ValueRules.Forbidden(text).Should().Be(expected);

    [Fact]
    public void Forbidden_HighSurrogateEndingTheText_IsALoneSurrogate()
    {
        ValueRules.Forbidden("ab" + '\uD800').Should().Be("a lone surrogate (U+D800) at 2");
        ValueRules.Forbidden("a\U0001F600").Should().BeNull();
    }
}
