using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Parties;

public sealed class OrganisationTests
{
    [Fact]
    public void MembersOn_Date_ListsTheMembersThenOrderedById() =>
        TestWorld.NatoParty.MembersOn(TestWorld.ArticleDay).Should().Equal(TestWorld.France, TestWorld.Germany, TestWorld.UnitedKingdom, TestWorld.UnitedStates);

    [Fact]
    public void MembersOn_DateBeforeAMemberJoined_LeavesItOut() =>
        TestWorld.NatoParty.MembersOn(new LocalDate(1955, 5, 5)).Should().Equal(TestWorld.France, TestWorld.UnitedKingdom, TestWorld.UnitedStates);

    [Fact]
    public void MembersOn_DateAfterAMemberLeft_LeavesItOut()
    {
        TestWorld.EuParty.MembersOn(new LocalDate(2020, 1, 31)).Should().Equal(TestWorld.France, TestWorld.Germany, TestWorld.UnitedKingdom);
        TestWorld.EuParty.MembersOn(new LocalDate(2020, 2, 1)).Should().Equal(TestWorld.France, TestWorld.Germany);
    }

    [Fact]
    public void MembersOn_DateBeforeFounding_IsEmpty() =>
        TestWorld.NatoParty.MembersOn(new LocalDate(1949, 8, 23)).Should().BeEmpty();

    [Fact]
    public void MembersOn_MemberWhoLeftAndRejoined_ListsItOnceWhileAMember()
    {
        var nato = new Organisation(
            TestWorld.Nato,
            "NATO",
            OrganisationKind.Alliance,
            [
                new Membership(TestWorld.France, new LocalDate(1949, 8, 24), new LocalDate(1966, 7, 1)),
                new Membership(TestWorld.France, new LocalDate(2009, 4, 4)),
            ]);

        nato.MembersOn(new LocalDate(1980, 1, 1)).Should().BeEmpty();
        nato.MembersOn(new LocalDate(2021, 1, 1)).Should().Equal(TestWorld.France);
    }

    [Fact]
    public void HasMember_PartyAndDate_FollowsTheMembershipPeriods()
    {
        var eu = TestWorld.EuParty;

        eu.HasMember(TestWorld.UnitedKingdom, new LocalDate(2020, 1, 31)).Should().BeTrue();
        eu.HasMember(TestWorld.UnitedKingdom, new LocalDate(2020, 2, 1)).Should().BeFalse();
        eu.HasMember(TestWorld.Russia, TestWorld.ArticleDay).Should().BeFalse();
    }

    [Fact]
    public void Equality_ByIdNameKindAndPeriodsInOrder() =>
        EqualityAssertions.AssertValueEquality(
            TestWorld.EuParty,
            new Organisation(
                new PartyId("eu"),
                "European Union",
                OrganisationKind.Union,
                [.. TestWorld.EuParty.Memberships]),
            TestWorld.EuParty with { Name = "EU" },
            TestWorld.EuParty with { OrganisationKind = OrganisationKind.Alliance },
            TestWorld.EuParty with { Memberships = [.. TestWorld.EuParty.Memberships.Reverse()] },
            TestWorld.EuParty with { Memberships = [.. TestWorld.EuParty.Memberships.Take(2)] },
            TestWorld.NatoParty with { Id = TestWorld.Eu, Name = "European Union", OrganisationKind = OrganisationKind.Union });

    [Fact]
    public void MembershipChanges_RecordedOneByOne_GiveTheOrganisationRegisteredWithThoseMemberships()
    {
        var joined = new LocalDate(2030, 4, 4);
        var left = new LocalDate(2031, 5, 5);

        var changed = TestWorld.Case
            .Record(Given.MembershipBegan(TestWorld.Nato, TestWorld.Ukraine, joined)).Case
            .Record(Given.MembershipEnded(TestWorld.Nato, TestWorld.France, left)).Case;

        var nato = (Organisation)changed.Parties[TestWorld.Nato];
        var expected = TestWorld.NatoParty with
        {
            Memberships =
            [
                new Membership(TestWorld.UnitedStates, new LocalDate(1949, 8, 24)),
                new Membership(TestWorld.France, new LocalDate(1949, 8, 24), left),
                new Membership(TestWorld.UnitedKingdom, new LocalDate(1949, 8, 24)),
                new Membership(TestWorld.Germany, new LocalDate(1955, 5, 6)),
                new Membership(TestWorld.Ukraine, joined),
            ],
        };
        nato.Should().Be(expected);
        nato.GetHashCode().Should().Be(expected.GetHashCode());
        nato.Memberships.Should().Equal(expected.Memberships);
        (nato with { Name = "North Atlantic Treaty Organization" }).Memberships.Should().Equal(expected.Memberships, "a copy keeps the periods");
        ((Organisation)TestWorld.Case.Parties[TestWorld.Nato]).Memberships.Should().Equal(TestWorld.NatoParty.Memberships, "the case before the changes is untouched");
    }
}
