using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Parties;

public sealed class PartyTests
{
    [Fact]
    public void State_Created_IsOfKindStateWithItsCode()
    {
        var russia = new State(TestWorld.Russia, "Russia", "RU");

        russia.Kind.Should().Be(PartyKind.State);
        russia.Id.Should().Be(TestWorld.Russia);
        russia.Name.Should().Be("Russia");
        russia.IsoCode.Should().Be("RU");
    }

    [Fact]
    public void Organisation_Created_IsOfKindOrganisation()
    {
        TestWorld.NatoParty.Kind.Should().Be(PartyKind.Organisation);
        TestWorld.NatoParty.OrganisationKind.Should().Be(OrganisationKind.Alliance);
    }

    [Fact]
    public void Organisation_WithoutMemberships_HasNone() =>
        new Organisation(new PartyId("osce"), "OSCE", OrganisationKind.Forum).Memberships.Should().BeEmpty();

    [Fact]
    public void PartyGroup_Created_IsOfKindGroupWithItsMembers()
    {
        TestWorld.FormerSovietParty.Kind.Should().Be(PartyKind.Group);
        TestWorld.FormerSovietParty.Members.Should().Equal(TestWorld.Ukraine, TestWorld.Georgia);
    }

    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentException()
    {
        var act = () => new State(default, "Russia", "RU");

        act.Should().Throw<ArgumentException>().WithParameterName("Id").WithMessage("*PartyId is default*");
    }

    [Fact]
    public void With_DefaultId_ThrowsArgumentException()
    {
        var russia = new State(TestWorld.Russia, "Russia", "RU");

        var act = () => russia with { Id = default };

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void Constructor_NullName_ThrowsArgumentNullException()
    {
        var act = () => new PartyGroup(TestWorld.FormerSovietStates, null!, [TestWorld.Ukraine]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Name");
    }

    [Fact]
    public void Constructor_NullIsoCode_ThrowsArgumentNullException()
    {
        var act = () => new State(TestWorld.Russia, "Russia", null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("IsoCode");
    }

    [Fact]
    public void Constructor_MalformedContent_IsLeftToTheCase()
    {
        // Blank names and malformed codes are data problems, reported with error codes when recorded, not exceptions.
        var act = () => new State(TestWorld.Russia, " ", "rus");

        act.Should().NotThrow();
    }

    [Fact]
    public void State_Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            new State(TestWorld.Russia, "Russia", "RU"),
            new State(new PartyId("russia"), "Russia", "RU"),
            new State(TestWorld.Russia, "Russian Federation", "RU"),
            new State(TestWorld.Russia, "Russia", "SU"),
            new State(TestWorld.Ukraine, "Russia", "RU"));

    [Fact]
    public void Organisation_Equality_ComparesMembershipsByContent()
    {
        var nato = new Organisation(TestWorld.Nato, "NATO", OrganisationKind.Alliance, [new Membership(TestWorld.France, new LocalDate(1949, 8, 24))]);

        EqualityAssertions.AssertValueEquality(
            nato,
            new Organisation(TestWorld.Nato, "NATO", OrganisationKind.Alliance, [new Membership(TestWorld.France, new LocalDate(1949, 8, 24))]),
            nato with { Memberships = [] },
            nato with { Memberships = [new Membership(TestWorld.France, new LocalDate(1949, 8, 24), new LocalDate(1966, 7, 1))] },
            nato with { OrganisationKind = OrganisationKind.Forum },
            nato with { Name = "North Atlantic Treaty Organization" });
    }

    [Fact]
    public void PartyGroup_Equality_ComparesMembersInOrder() =>
        EqualityAssertions.AssertValueEquality(
            TestWorld.FormerSovietParty,
            new PartyGroup(TestWorld.FormerSovietStates, "Former Soviet states", [TestWorld.Ukraine, TestWorld.Georgia]),
            new PartyGroup(TestWorld.FormerSovietStates, "Former Soviet states", [TestWorld.Georgia, TestWorld.Ukraine]),
            new PartyGroup(TestWorld.FormerSovietStates, "Former Soviet states", [TestWorld.Ukraine]));

    [Fact]
    public void Equality_StateAndGroupWithSameIdAndName_Unequal()
    {
        Party state = new State(TestWorld.Ukraine, "Ukraine", "UA");
        Party group = new PartyGroup(TestWorld.Ukraine, "Ukraine", [TestWorld.Georgia]);

        state.Equals(group).Should().BeFalse();
        (state == group).Should().BeFalse();
    }
}
