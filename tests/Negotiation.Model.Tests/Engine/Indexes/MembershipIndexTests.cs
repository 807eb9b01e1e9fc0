using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Engine.Indexes;

/// <summary>A member's periods in an organisation, found through the index, after the organisation gained other
/// members. The case is built in the test.</summary>
public sealed class MembershipIndexTests
{
    [Fact]
    public void MembershipBegan_OverlappingAfterAnotherMemberJoined_ReportsTheOverlapOnce()
    {
        var osce = new Organisation(new PartyId("osce"), "OSCE", OrganisationKind.Other, [new Membership(TestWorld.UnitedStates, new LocalDate(1975, 8, 1))]);
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.PartyRegistered(osce),
            Given.MembershipBegan(osce.Id, TestWorld.France, new LocalDate(1980, 1, 1)));

        var error = negotiation.ShouldRefuse(Given.MembershipBegan(osce.Id, TestWorld.UnitedStates, new LocalDate(2000, 1, 1)), ErrorCodes.MembershipPeriodsOverlap, "Parties[osce].Memberships[2]");

        error.ErrorMessage.Should().Be("Two membership periods of 'united-states' overlap (entries 0 and 2); merge them.");
    }
}
