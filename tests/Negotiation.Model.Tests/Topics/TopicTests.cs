using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Topics;

public sealed class TopicTests
{
    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentException()
    {
        var act = () => new Topic(default, "European security");

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void Constructor_NullName_ThrowsArgumentNullException()
    {
        var act = () => new Topic(TestWorld.EuropeanSecurity, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Name");
    }

    [Fact]
    public void Equality_ByValue()
    {
        var enlargement = new Topic(TestWorld.NatoEnlargement, "NATO enlargement", TestWorld.EuropeanSecurity);

        EqualityAssertions.AssertValueEquality(
            enlargement,
            new Topic(new TopicId("nato-enlargement"), "NATO enlargement", new TopicId("european-security")),
            enlargement with { Broader = null },
            enlargement with { Broader = TestWorld.SecurityGuarantees },
            enlargement with { Name = "Enlargement" },
            enlargement with { Id = TestWorld.ArmsControl });
    }
}
