using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Documents;

public sealed class ProvisionTests
{
    [Fact]
    public void Constructor_NullArticle_ThrowsArgumentNullException()
    {
        var act = () => new Provision(null!, "text");

        act.Should().Throw<ArgumentNullException>().WithParameterName("Article");
    }

    [Fact]
    public void Constructor_NullText_ThrowsArgumentNullException()
    {
        var act = () => new Provision("4", null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Text");
    }

    [Fact]
    public void Provision_Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(new Provision("4", "No enlargement."), new Provision("4", "No enlargement."), new Provision("5", "No enlargement."), new Provision("4", "No bases."));

    [Fact]
    public void ProvisionRef_ToString_NamesDocumentRevisionAndArticle() =>
        new ProvisionRef(new DocumentId("ru-nato-draft"), 2, "5.2").ToString().Should().Be("ru-nato-draft r2 art. 5.2");

    [Fact]
    public void ProvisionRef_Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            new ProvisionRef(new DocumentId("ru-nato-draft"), 1, "4"),
            new ProvisionRef(new DocumentId("ru-nato-draft"), 1, "4"),
            new ProvisionRef(new DocumentId("ru-us-draft"), 1, "4"),
            new ProvisionRef(new DocumentId("ru-nato-draft"), 2, "4"),
            new ProvisionRef(new DocumentId("ru-nato-draft"), 1, "5"),
            default);
}
