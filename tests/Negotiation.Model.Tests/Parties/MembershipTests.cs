using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Parties;

public sealed class MembershipTests
{
    private static readonly Membership UnitedKingdomInEu = new(TestWorld.UnitedKingdom, new LocalDate(1973, 1, 1), new LocalDate(2020, 2, 1));

    [Theory]
    [InlineData(1972, 12, 31, false)]
    [InlineData(1973, 1, 1, true)]   // the first day of membership
    [InlineData(2020, 1, 31, true)]  // the last day of membership
    [InlineData(2020, 2, 1, false)]  // Left is the first day outside
    public void IsActiveOn_EndedMembership_CoversJoinedUpToTheDayBeforeLeft(int year, int month, int day, bool expected) =>
        UnitedKingdomInEu.IsActiveOn(new LocalDate(year, month, day)).Should().Be(expected);

    [Fact]
    public void IsActiveOn_OpenMembership_LastsIndefinitely() =>
        new Membership(TestWorld.Germany, new LocalDate(1955, 5, 6)).IsActiveOn(new LocalDate(2100, 1, 1)).Should().BeTrue();

    [Fact]
    public void Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            UnitedKingdomInEu,
            new Membership(new PartyId("united-kingdom"), new LocalDate(1973, 1, 1), new LocalDate(2020, 2, 1)),
            UnitedKingdomInEu with { Left = null },
            UnitedKingdomInEu with { Joined = new LocalDate(1973, 1, 2) },
            UnitedKingdomInEu with { Member = TestWorld.France },
            default);
}
