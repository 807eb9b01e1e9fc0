using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Parties;

public sealed class PartyFactsTests
{
    private static readonly PartyId OsceId = new("osce");
    private static readonly LocalDate Joined = new(1975, 8, 1);

    // A membership change is validated as the organisation's list with the new period appended, and reported at that
    // entry: TestWorld lists four NATO members (entries 0 to 3) and three EU members (0 to 2).
    private const string NewNatoMembership = "Parties[nato].Memberships[4]";
    private const string NewEuMembership = "Parties[eu].Memberships[3]";

    [Fact]
    public void PartyRegistered_State_AddsItToTheParties()
    {
        var moldova = new State(new PartyId("moldova"), "Moldova", "MD");

        var negotiation = TestWorld.Case.ShouldAccept(Given.PartyRegistered(moldova));

        negotiation.Parties[moldova.Id].Should().Be(moldova);
        TestWorld.Case.Parties.Should().NotContainKey(moldova.Id);
    }

    [Fact]
    public void PartyRegistered_OrganisationWithKnownMembers_AddsIt()
    {
        var osce = new Organisation(OsceId, "OSCE", OrganisationKind.Forum, [new Membership(TestWorld.Russia, Joined), new Membership(TestWorld.UnitedStates, Joined)]);

        var negotiation = TestWorld.Case.ShouldAccept(Given.PartyRegistered(osce));

        negotiation.Parties[OsceId].Should().Be(osce);
    }

    [Fact]
    public void PartyRegistered_GroupOfKnownStates_AddsIt()
    {
        var west = new PartyGroup(new PartyId("the-west"), "The West", [TestWorld.UnitedStates, TestWorld.Germany]);

        TestWorld.Case.ShouldAccept(Given.PartyRegistered(west)).Parties[west.Id].Should().Be(west);
    }

    [Fact]
    public void PartyRegistered_MemberPeriodsThatOnlyTouch_IsAccepted()
    {
        // Left is the first day outside, so rejoining that very day does not overlap.
        var osce = Osce(new Membership(TestWorld.France, Joined, new LocalDate(1990, 1, 1)), new Membership(TestWorld.France, new LocalDate(1990, 1, 1)));

        TestWorld.Case.ShouldAccept(Given.PartyRegistered(osce));
    }

    [Fact]
    public void PartyRegistered_TakenId_FailsWithDuplicateId()
    {
        var error = TestWorld.Case.ShouldRefuse(Given.PartyRegistered(new State(TestWorld.Russia, "Russian Federation", "RU")), ErrorCodes.DuplicateId, "Parties[russia]");

        error.ErrorMessage.Should().Contain("'russia'");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void PartyRegistered_BlankName_FailsWithNameRequired(string name) =>
        TestWorld.Case.ShouldRefuse(Given.PartyRegistered(new State(new PartyId("moldova"), name, "MD")), ErrorCodes.NameRequired, "Parties[moldova].Name");

    [Fact]
    public void PartyRegistered_NameOf201Characters_FailsWithNameTooLong() =>
        TestWorld.Case.ShouldRefuse(Given.PartyRegistered(new State(new PartyId("moldova"), new string('M', 201), "MD")), ErrorCodes.NameTooLong, "Parties[moldova].Name");

    [Fact]
    public void PartyRegistered_NameOf200Characters_IsAccepted() =>
        TestWorld.Case.ShouldAccept(Given.PartyRegistered(new State(new PartyId("moldova"), new string('M', 200), "MD")));

    [Theory]
    [InlineData("md")]
    [InlineData("Md")]
    [InlineData("MDA")]
    [InlineData("M")]
    [InlineData("M1")]
    [InlineData("")]
    public void PartyRegistered_MalformedIsoCode_FailsWithInvalidIsoCode(string code)
    {
        var error = TestWorld.Case.ShouldRefuse(Given.PartyRegistered(new State(new PartyId("moldova"), "Moldova", code)), ErrorCodes.InvalidIsoCode, "Parties[moldova].IsoCode");

        error.ErrorMessage.Should().Contain($"'{code}'");
    }

    [Fact]
    public void PartyRegistered_UnknownMember_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.PartyRegistered(Osce(new Membership(TestWorld.Atlantis, Joined))), ErrorCodes.UnknownParty, "Parties[osce].Memberships[0].Member");

    [Fact]
    public void PartyRegistered_OrganisationAmongItsMembers_FailsWithOrganisationIsOwnMember() =>
        TestWorld.Case.ShouldRefuse(Given.PartyRegistered(Osce(new Membership(TestWorld.Russia, Joined), new Membership(OsceId, Joined))), ErrorCodes.OrganisationIsOwnMember, "Parties[osce].Memberships[1].Member");

    [Fact]
    public void PartyRegistered_GroupAsMember_FailsWithMemberIsGroup() =>
        TestWorld.Case.ShouldRefuse(Given.PartyRegistered(Osce(new Membership(TestWorld.FormerSovietStates, Joined))), ErrorCodes.MemberIsGroup, "Parties[osce].Memberships[0].Member");

    [Theory]
    [InlineData(1975, 8, 1)] // ends the day it starts
    [InlineData(1970, 1, 1)]
    public void PartyRegistered_MembershipEndingOnOrBeforeItsStart_FailsWithMembershipEndsBeforeStart(int year, int month, int day) =>
        TestWorld.Case.ShouldRefuse(Given.PartyRegistered(Osce(new Membership(TestWorld.Russia, Joined, new LocalDate(year, month, day)))), ErrorCodes.MembershipEndsBeforeStart, "Parties[osce].Memberships[0]");

    [Fact]
    public void PartyRegistered_OverlappingPeriodsOfOneMember_FailsWithMembershipPeriodsOverlap() =>
        TestWorld.Case.ShouldRefuse(
            Given.PartyRegistered(Osce(new Membership(TestWorld.Russia, Joined, new LocalDate(1990, 1, 1)), new Membership(TestWorld.Russia, new LocalDate(1989, 12, 31)))),
            ErrorCodes.MembershipPeriodsOverlap,
            "Parties[osce].Memberships[1]");

    [Fact]
    public void PartyRegistered_EmptyGroup_FailsWithGroupEmpty() =>
        TestWorld.Case.ShouldRefuse(Given.PartyRegistered(new PartyGroup(new PartyId("the-west"), "The West", [])), ErrorCodes.GroupEmpty, "Parties[the-west].Members");

    [Fact]
    public void PartyRegistered_GroupWithUnknownMember_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.PartyRegistered(new PartyGroup(new PartyId("the-west"), "The West", [TestWorld.Germany, TestWorld.Atlantis])), ErrorCodes.UnknownParty, "Parties[the-west].Members[1]");

    [Fact]
    public void PartyRegistered_GroupListingAMemberTwice_FailsWithDuplicateEntry() =>
        TestWorld.Case.ShouldRefuse(Given.PartyRegistered(new PartyGroup(new PartyId("the-west"), "The West", [TestWorld.Germany, TestWorld.Germany])), ErrorCodes.DuplicateEntry, "Parties[the-west].Members[1]");

    [Fact]
    public void PartyRegistered_SeveralProblems_ReportsEveryOne() =>
        TestWorld.Case.ShouldRefuseWith(
            Given.PartyRegistered(new State(TestWorld.Russia, "", "rus")),
            (ErrorCodes.DuplicateId, "Parties[russia]"),
            (ErrorCodes.NameRequired, "Parties[russia].Name"),
            (ErrorCodes.InvalidIsoCode, "Parties[russia].IsoCode"));

    [Fact]
    public void PartyRegistered_Describe_NamesThePartyAndItsKind()
    {
        Given.PartyRegistered(TestWorld.NatoParty).Describe().Should().Be("NATO (organisation) registered");
        Given.PartyRegistered(TestWorld.States[0]).Describe().Should().Be("Russia (state) registered");
    }

    [Fact]
    public void MembershipBegan_NewMember_IsAMemberFromItsFirstDay()
    {
        var joined = new LocalDate(2030, 4, 4);

        var negotiation = TestWorld.Case.ShouldAccept(Given.MembershipBegan(TestWorld.Nato, TestWorld.Ukraine, joined));

        var nato = (Organisation)negotiation.Parties[TestWorld.Nato];
        nato.HasMember(TestWorld.Ukraine, joined).Should().BeTrue();
        nato.HasMember(TestWorld.Ukraine, joined.PlusDays(-1)).Should().BeFalse();
        ((Organisation)TestWorld.Case.Parties[TestWorld.Nato]).HasMember(TestWorld.Ukraine, joined).Should().BeFalse();
    }

    [Fact]
    public void MembershipBegan_FormerMemberRejoiningOnOrAfterItLeft_IsAccepted()
    {
        var negotiation = TestWorld.Case.ShouldAccept(Given.MembershipBegan(TestWorld.Eu, TestWorld.UnitedKingdom, new LocalDate(2020, 2, 1)));

        ((Organisation)negotiation.Parties[TestWorld.Eu]).MembersOn(new LocalDate(2020, 2, 1)).Should().Contain(TestWorld.UnitedKingdom);
    }

    [Fact]
    public void MembershipBegan_FormerMemberRejoiningBeforeItLeft_FailsWithMembershipPeriodsOverlap() =>
        TestWorld.Case.ShouldRefuse(Given.MembershipBegan(TestWorld.Eu, TestWorld.UnitedKingdom, new LocalDate(2020, 1, 31)), ErrorCodes.MembershipPeriodsOverlap, NewEuMembership);

    [Fact]
    public void MembershipBegan_AlreadyAMember_FailsWithMembershipPeriodsOverlap()
    {
        var error = TestWorld.Case.ShouldRefuse(Given.MembershipBegan(TestWorld.Nato, TestWorld.Germany, new LocalDate(2000, 1, 1)), ErrorCodes.MembershipPeriodsOverlap, NewNatoMembership);

        // The organisation's overlap rule speaks: Germany's period since 1955 (entry 3) and the new one (entry 4).
        error.ErrorMessage.Should().Be("Two membership periods of 'germany' overlap (entries 3 and 4); merge them.");
    }

    [Fact]
    public void MembershipBegan_UnknownOrganisation_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.MembershipBegan(OsceId, TestWorld.Russia, Joined), ErrorCodes.UnknownParty, "Parties[osce]");

    [Fact]
    public void MembershipBegan_StateAsOrganisation_FailsWithNotAnOrganisation() =>
        TestWorld.Case.ShouldRefuse(Given.MembershipBegan(TestWorld.Russia, TestWorld.Ukraine, Joined), ErrorCodes.NotAnOrganisation, "Parties[russia]");

    [Fact]
    public void MembershipBegan_UnknownMember_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.MembershipBegan(TestWorld.Nato, TestWorld.Atlantis, Joined), ErrorCodes.UnknownParty, NewNatoMembership + ".Member");

    [Fact]
    public void MembershipBegan_OrganisationJoiningItself_FailsWithOrganisationIsOwnMember() =>
        TestWorld.Case.ShouldRefuse(Given.MembershipBegan(TestWorld.Nato, TestWorld.Nato, Joined), ErrorCodes.OrganisationIsOwnMember, NewNatoMembership + ".Member");

    [Fact]
    public void MembershipBegan_GroupJoining_FailsWithMemberIsGroup() =>
        TestWorld.Case.ShouldRefuse(Given.MembershipBegan(TestWorld.Nato, TestWorld.FormerSovietStates, Joined), ErrorCodes.MemberIsGroup, NewNatoMembership + ".Member");

    [Fact]
    public void MembershipBegan_Describe_NamesMemberOrganisationAndDay() =>
        Given.MembershipBegan(TestWorld.Nato, TestWorld.Ukraine, new LocalDate(2030, 4, 4)).Describe().Should().Be("ukraine joined nato on 2030-04-04");

    [Fact]
    public void MembershipEnded_Member_IsNoLongerAMemberFromTheDayItLeft()
    {
        var left = new LocalDate(2030, 1, 1);

        var negotiation = TestWorld.Case.ShouldAccept(Given.MembershipEnded(TestWorld.Nato, TestWorld.Germany, left));

        var nato = (Organisation)negotiation.Parties[TestWorld.Nato];
        nato.MembersOn(left.PlusDays(-1)).Should().Contain(TestWorld.Germany);
        nato.MembersOn(left).Should().NotContain(TestWorld.Germany);
        nato.Memberships.Should().Contain(new Membership(TestWorld.Germany, new LocalDate(1955, 5, 6), left));
    }

    [Fact]
    public void MembershipEnded_NeverAMember_FailsWithNotAMember() =>
        TestWorld.Case.ShouldRefuse(Given.MembershipEnded(TestWorld.Nato, TestWorld.Russia, new LocalDate(2030, 1, 1)), ErrorCodes.NotAMember, "Parties[nato].Memberships");

    [Fact]
    public void MembershipEnded_AlreadyLeft_FailsWithNotAMember() =>
        TestWorld.Case.ShouldRefuse(Given.MembershipEnded(TestWorld.Eu, TestWorld.UnitedKingdom, new LocalDate(2021, 1, 1)), ErrorCodes.NotAMember, "Parties[eu].Memberships");

    [Theory]
    [InlineData(1955, 5, 6)] // the day it joined: it would never have been a member
    [InlineData(1950, 1, 1)]
    public void MembershipEnded_OnOrBeforeJoining_FailsWithNotAMember(int year, int month, int day) =>
        TestWorld.Case.ShouldRefuse(Given.MembershipEnded(TestWorld.Nato, TestWorld.Germany, new LocalDate(year, month, day)), ErrorCodes.NotAMember, "Parties[nato].Memberships");

    [Fact]
    public void MembershipEnded_StateAsOrganisation_FailsWithNotAnOrganisation() =>
        TestWorld.Case.ShouldRefuse(Given.MembershipEnded(TestWorld.FormerSovietStates, TestWorld.Ukraine, new LocalDate(2030, 1, 1)), ErrorCodes.NotAnOrganisation, "Parties[former-soviet-states]");

    [Fact]
    public void MembershipEnded_UnknownOrganisation_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.MembershipEnded(OsceId, TestWorld.Russia, new LocalDate(2030, 1, 1)), ErrorCodes.UnknownParty, "Parties[osce]");

    [Fact]
    public void MembershipEnded_Describe_NamesMemberOrganisationAndDay() =>
        Given.MembershipEnded(TestWorld.Nato, TestWorld.Germany, new LocalDate(2030, 1, 1)).Describe().Should().Be("germany left nato on 2030-01-01");

    private static Organisation Osce(params Membership[] memberships) => new(OsceId, "OSCE", OrganisationKind.Forum, [.. memberships]);
}
