using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Roles;

public sealed class RoleFactsTests
{
    internal static readonly RoundRole FranceCoordinates = RoundRole.OfParty(RoleKind.Coordinator, TestWorld.France) with { For = TestWorld.Eu };
    private static readonly RoundRole GermanyCoordinates = RoundRole.OfParty(RoleKind.Coordinator, TestWorld.Germany) with { For = TestWorld.Eu };

    // The EU's coordinator changes on 1 July 2022: France hands over to Germany.
    internal static NegotiationCase Handover() => TestWorld.Case
        .ShouldAccept(Given.RoleTaken(FranceCoordinates, new LocalDate(2022, 1, 1)))
        .ShouldAccept(Given.RoleLeft(FranceCoordinates, new LocalDate(2022, 7, 1)))
        .ShouldAccept(Given.RoleTaken(GermanyCoordinates, new LocalDate(2022, 7, 1)));

    [Fact]
    public void RoleHolders_CoordinatorChangesOverTime_AnswersForEachDay()
    {
        var negotiation = Handover();

        negotiation.RoleHolders(RoleKind.Coordinator, TestWorld.Eu, new LocalDate(2022, 3, 1)).Select(t => t.Role.Party).Should().Equal(TestWorld.France);
        negotiation.RoleHolders(RoleKind.Coordinator, TestWorld.Eu, new LocalDate(2022, 7, 1)).Select(t => t.Role.Party).Should().Equal(TestWorld.Germany);
        negotiation.RoleHolders(RoleKind.Coordinator, TestWorld.Eu, new LocalDate(2021, 12, 31)).Should().BeEmpty();
        negotiation.RoleHolders(RoleKind.Coordinator, TestWorld.Nato, new LocalDate(2022, 3, 1)).Should().BeEmpty("nobody coordinates NATO");
    }

    [Fact]
    public void RoleHistory_AfterAHandover_ListsBothTenuresInOrder()
    {
        var history = Handover().RoleHistory(RoleKind.Coordinator, TestWorld.Eu);

        history.Select(t => t.Role.Party).Should().Equal(TestWorld.France, TestWorld.Germany);
        history[0].Ended.Should().Be(Moment.On(new LocalDate(2022, 7, 1)));
        history[1].IsCurrent.Should().BeTrue();
        history[0].ToString().Should().Be("coordinator for eu: france from 1 January 2022 to 1 July 2022");
    }

    [Fact]
    public void RoleHolders_ApproximateHandover_IncludesBothWhileUndetermined()
    {
        var negotiation = TestWorld.Case
            .ShouldAccept(Given.RoleTaken(FranceCoordinates, new LocalDate(2022, 1, 1)))
            .ShouldAccept(Given.RoleLeft(FranceCoordinates, DateWindow.In(new YearMonth(2022, 7))))
            .ShouldAccept(Given.RoleTaken(GermanyCoordinates, DateWindow.In(new YearMonth(2022, 7))));

        var holders = negotiation.RoleHolders(RoleKind.Coordinator, TestWorld.Eu, new LocalDate(2022, 7, 15));

        holders.Should().HaveCount(2);
        holders.Select(t => t.HeldOn(new LocalDate(2022, 7, 15))).Should().AllSatisfy(t => t.IsUndetermined.Should().BeTrue());
    }

    [Fact]
    public void RolesOf_APartysOwnRole_IsItsAndNoOtherPartys()
    {
        var negotiation = TestWorld.Case.ShouldAccept(Given.RoleTaken(FranceCoordinates, new LocalDate(2022, 1, 1)));

        negotiation.RolesOf(TestWorld.France).Select(t => t.Role).Should().Equal(FranceCoordinates);
        negotiation.RolesOf(TestWorld.Germany).Should().BeEmpty();
    }

    [Fact]
    public void RolesOf_APersonsRole_CountsForTheirParty()
    {
        var mediator = RoundRole.OfPerson(RoleKind.Mediator, TestWorld.Borrell);
        var negotiation = TestWorld.Case.ShouldAccept(Given.RoleTaken(mediator, new LocalDate(2022, 2, 1)));

        negotiation.RolesOf(TestWorld.Eu).Select(t => t.Role).Should().Equal(mediator);
        negotiation.RoleHolders(RoleKind.Mediator, null, new LocalDate(2022, 2, 2)).Select(t => t.Role.Person).Should().Equal(TestWorld.Borrell);
        negotiation.Roles().Should().HaveCount(1);
    }

    [Fact]
    public void RoleHolders_AsOfBeforeTheHandover_ShowsTheOldCoordinatorStillInRole()
    {
        var before = Handover().AsOf(new LocalDate(2022, 6, 1));

        before.RoleHistory(RoleKind.Coordinator, TestWorld.Eu).Should().ContainSingle().Which.IsCurrent.Should().BeTrue();
    }

    [Fact]
    public void RoleTaken_AgainAfterLeaving_StartsASecondTenure() =>
        Handover()
            .ShouldAccept(Given.RoleTaken(FranceCoordinates, new LocalDate(2023, 1, 1)))
            .RoleHistory(RoleKind.Coordinator, TestWorld.Eu).Select(t => t.Role.Party).Should().Equal(TestWorld.France, TestWorld.Germany, TestWorld.France);

    [Fact]
    public void ChangesSince_RoleLeft_ReportsTheTenureChanged()
    {
        var before = TestWorld.Case.ShouldAccept(Given.RoleTaken(FranceCoordinates, new LocalDate(2022, 1, 1)));
        var after = before.ShouldAccept(Given.RoleLeft(FranceCoordinates, new LocalDate(2022, 7, 1)));

        after.ChangesSince(before).Changes.Should().ContainSingle(c => c.Kind == EntityKind.Role && c.Change == ChangeKind.Changed);
    }
}
