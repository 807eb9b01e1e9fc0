using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Roles;

/// <summary>A role is held by exactly one party or one person; the refusal says which mistake was made.</summary>
public sealed class RoleHolderRefusalTests
{
    private static readonly LocalDate Day = new(2022, 1, 1);

    [Fact]
    public void RoleTaken_NoHolder_SaysItNamesNoHolder() =>
        TestWorld.Case.ShouldRefuse(Given.RoleTaken(new RoundRole(RoleKind.Observer), Day), ErrorCodes.RoleWithoutHolder, "Roles[observer]")
            .ErrorMessage.Should().Be("The observer role names no holder; name either the party or the person who holds it.");

    [Fact]
    public void RoleTaken_APartyAndAPerson_SaysItNamesBoth() =>
        TestWorld.Case.ShouldRefuse(Given.RoleTaken(new RoundRole(RoleKind.Observer, TestWorld.France, TestWorld.Borrell), Day), ErrorCodes.RoleWithoutHolder, "Roles[observer]")
            .ErrorMessage.Should().Be("The observer role names both a party and a person; name either the party or the person who holds it.");

    [Fact]
    public void RoleLeft_NoHolder_IsRefusedTheSameWay() =>
        TestWorld.Case.ShouldRefuse(Given.RoleLeft(new RoundRole(RoleKind.Observer), Day), ErrorCodes.RoleWithoutHolder, "Roles[observer]")
            .ErrorMessage.Should().Be("The observer role names no holder; name either the party or the person who holds it.");

    [Fact]
    public void RoleLeft_BeforeItWasTaken_SaysBothDays()
    {
        var observer = RoundRole.OfParty(RoleKind.Observer, TestWorld.France);
        var negotiation = TestWorld.Case.ShouldAccept(Given.RoleTaken(observer, new LocalDate(2022, 1, 10)));

        negotiation.ShouldRefuse(Given.RoleLeft(observer, Day), ErrorCodes.RoleNotHeld, "Roles[observer]")
            .ErrorMessage.Should().Be("observer: france cannot leave the role (1 January 2022) before taking it (10 January 2022); check both times.");
    }
}
