using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Statements;

/// <summary>Who may know of a confidential statement: its speaker's party, its addressees and those it was shared with;
/// nobody else.</summary>
public sealed class StatementReadersTests
{
    private static readonly StatementId Note = new("nato-note");

    private static NegotiationCase Shared() => TestWorld.Case.ShouldAccept(Given.StatementMade(
        new Statement(Note, TestWorld.Nato, StatementKind.Assessment, "A confidential assessment.")
        {
            Visibility = Visibility.Confidential,
            Addressees = [TestWorld.Russia],
            SharedWith = [TestWorld.Ukraine],
        },
        TestWorld.ArticleDay));

    [Fact]
    public void AsSeenBy_ThePartyItWasSharedWith_HasTheStatement() =>
        Shared().AsSeenBy(TestWorld.Ukraine).Statements.Should().ContainKey(Note);

    [Fact]
    public void AsSeenBy_TheAddresseeAndTheSpeakersParty_HaveTheStatement()
    {
        Shared().AsSeenBy(TestWorld.Russia).Statements.Should().ContainKey(Note);
        Shared().AsSeenBy(TestWorld.Nato).Statements.Should().ContainKey(Note);
    }

    [Fact]
    public void AsSeenBy_AnyoneElse_DoesNotHaveIt() =>
        Shared().AsSeenBy(TestWorld.Georgia).Statements.Should().NotContainKey(Note);
}
