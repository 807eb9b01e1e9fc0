using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Parties;

/// <summary>The United Kingdom left the EU on 1 February 2020: a party that already left cannot leave again, whatever the
/// date, because only a membership still open ends.</summary>
public sealed class MembershipEndedAgainTests
{
    [Fact]
    public void MembershipEnded_APartyThatAlreadyLeft_IsNotAMember() =>
        TestWorld.Case.ShouldRefuse(Given.MembershipEnded(TestWorld.Eu, TestWorld.UnitedKingdom, new LocalDate(2021, 1, 1)), ErrorCodes.NotAMember, "Parties[eu].Memberships")
            .ErrorMessage.Should().Be("'united-kingdom' is not a member of 'eu' before 2021-01-01, so it cannot leave then.");

    [Fact]
    public void MembershipEnded_AnOpenMembership_EndsItAndLeavesTheClosedOneAsItWas()
    {
        var negotiation = TestWorld.Case.ShouldAccept(Given.MembershipEnded(TestWorld.Eu, TestWorld.Germany, new LocalDate(2030, 1, 1)));

        var periods = ((Organisation)negotiation.Parties[TestWorld.Eu]).Periods;
        periods.Single(m => m.Member == TestWorld.Germany).Left.Should().Be(new LocalDate(2030, 1, 1));
        periods.Single(m => m.Member == TestWorld.UnitedKingdom).Left.Should().Be(new LocalDate(2020, 2, 1));
    }
}
