using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Demands;

public sealed class DemandTests
{
    private static readonly Demand NoEnlargement = new(new DemandId("no-enlargement"), TestWorld.Russia, [TestWorld.Nato], "NATO must not admit new members.");

    [Fact]
    public void Constructor_RequiredMembersOnly_DefaultsTheRest()
    {
        NoEnlargement.Kind.Should().Be(DemandKind.Other);
        NoEnlargement.Topics.Should().BeEmpty();
        NoEnlargement.Concerns.Should().BeEmpty();
        NoEnlargement.Package.Should().BeNull();
        NoEnlargement.Source.Should().BeNull();
    }

    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentException()
    {
        var act = () => new Demand(default, TestWorld.Russia, [TestWorld.Nato], "text");

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void Constructor_DefaultAuthor_ThrowsArgumentException()
    {
        var act = () => new Demand(new DemandId("d"), default, [TestWorld.Nato], "text");

        act.Should().Throw<ArgumentException>().WithParameterName("Author");
    }

    [Fact]
    public void With_NullText_ThrowsArgumentNullException()
    {
        var act = () => NoEnlargement with { Text = null! };

        act.Should().Throw<ArgumentNullException>().WithParameterName("Text");
    }

    [Fact]
    public void Equality_ByValueWithCollectionsInOrder() =>
        EqualityAssertions.AssertValueEquality(
            NoEnlargement with { Topics = [TestWorld.NatoEnlargement], Concerns = [TestWorld.Ukraine] },
            new Demand(new DemandId("no-enlargement"), TestWorld.Russia, [TestWorld.Nato], "NATO must not admit new members.")
            {
                Topics = [TestWorld.NatoEnlargement],
                Concerns = [TestWorld.Ukraine],
            },
            NoEnlargement,
            NoEnlargement with { Topics = [TestWorld.NatoEnlargement], Concerns = [TestWorld.Ukraine], Addressees = [TestWorld.Nato, TestWorld.UnitedStates] },
            NoEnlargement with { Topics = [TestWorld.NatoEnlargement], Concerns = [TestWorld.Ukraine], Kind = DemandKind.Prohibition },
            NoEnlargement with { Topics = [TestWorld.NatoEnlargement], Concerns = [TestWorld.Ukraine], Package = "security-guarantees" },
            NoEnlargement with { Topics = [TestWorld.NatoEnlargement], Concerns = [TestWorld.Ukraine], Source = DemandSource.InStatement(new StatementId("s")) });
}
