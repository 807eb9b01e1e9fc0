using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Demands;

public sealed class DemandSourceTests
{
    private static readonly DocumentId Draft = new("ru-nato-draft");

    [Fact]
    public void InProvision_Article_PointsAtTheProvisionOnly()
    {
        var source = DemandSource.InProvision(Draft, 1, "4");

        source.Provision.Should().Be(new ProvisionRef(Draft, 1, "4"));
        source.Statement.Should().BeNull();
        source.ToString().Should().Be("ru-nato-draft r1 art. 4");
    }

    [Fact]
    public void InStatement_Statement_PointsAtTheStatementOnly()
    {
        var source = DemandSource.InStatement(new StatementId("lavrov-rt"));

        source.Statement.Should().Be(new StatementId("lavrov-rt"));
        source.Provision.Should().BeNull();
        source.ToString().Should().Be("lavrov-rt");
    }

    [Fact]
    public void Default_PointsAtNothing()
    {
        var source = default(DemandSource);

        source.Provision.Should().BeNull();
        source.Statement.Should().BeNull();
        source.ToString().Should().BeEmpty();
    }

    [Fact]
    public void InProvision_DefaultDocument_ThrowsArgumentException()
    {
        var act = () => DemandSource.InProvision(default, 1, "4");

        act.Should().Throw<ArgumentException>().WithParameterName("document");
    }

    [Fact]
    public void InProvision_NullArticle_ThrowsArgumentNullException()
    {
        var act = () => DemandSource.InProvision(Draft, 1, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("article");
    }

    [Fact]
    public void InStatement_DefaultStatement_ThrowsArgumentException()
    {
        var act = () => DemandSource.InStatement(default);

        act.Should().Throw<ArgumentException>().WithParameterName("statement");
    }

    [Fact]
    public void Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            DemandSource.InProvision(Draft, 1, "4"),
            DemandSource.InProvision(new DocumentId("ru-nato-draft"), 1, "4"),
            DemandSource.InProvision(Draft, 2, "4"),
            DemandSource.InProvision(Draft, 1, "5"),
            DemandSource.InStatement(new StatementId("ru-nato-draft")),
            default);
}
