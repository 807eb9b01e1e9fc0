using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Documents;

public sealed class DocumentRevisionTests
{
    private static readonly DocumentRevision First = new(1, TestWorld.ArticleDay, [new Provision("1", "Indivisible security."), new Provision("4", "No enlargement.")]);

    [Fact]
    public void FindProvision_ArticleItHas_ReturnsIt() =>
        First.FindProvision("4").Should().Be(new Provision("4", "No enlargement."));

    [Fact]
    public void FindProvision_ArticleItLacks_ReturnsNull() =>
        First.FindProvision("2").Should().BeNull();

    [Fact]
    public void Equality_ByValueWithProvisionsInOrder() =>
        EqualityAssertions.AssertValueEquality(
            First,
            new DocumentRevision(1, TestWorld.ArticleDay, [new Provision("1", "Indivisible security."), new Provision("4", "No enlargement.")]),
            First with { Number = 2 },
            First with { Presented = TestWorld.January },
            First with { Provisions = [new Provision("4", "No enlargement."), new Provision("1", "Indivisible security.")] });
}
