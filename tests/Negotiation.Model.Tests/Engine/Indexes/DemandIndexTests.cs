using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Engine.Indexes;

/// <summary>What the demands' indexes let a user see: the statuses one fact moved, and the statuses of a demand made of
/// many parties. Each case is built in its test.</summary>
public sealed class DemandIndexTests
{
    private static readonly State Moldova = new(new PartyId("moldova"), "Moldova", "MD");

    [Fact]
    public void ChangesSince_RoundHeldWithTwoDemandsOnItsAgenda_ListsBothStatusChanges()
    {
        var first = TestWorld.RussianDemand("first-demand", TestWorld.UnitedStates);
        var second = TestWorld.RussianDemand("second-demand", TestWorld.UnitedStates);
        var round = TestWorld.Bilateral() with { Agenda = new Agenda { Topics = [TestWorld.SecurityGuarantees], Demands = [first.Id, second.Id] } };
        var before = TestWorld.Case.RecordOrThrow(Given.DemandTabled(first), Given.DemandTabled(second), Given.RoundPlanned(round));

        var diff = before.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva)).ChangesSince(before);

        diff.StatusChanges.Select(s => s.ToString()).Should().Equal(
            "first-demand → united-states: Tabled → UnderDiscussion",
            "second-demand → united-states: Tabled → UnderDiscussion");
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void StatusOf_ANewDemandOfManyParties_IsTabledWithEach(int count)
    {
        PartyId[] parties = [TestWorld.UnitedStates, TestWorld.Ukraine, TestWorld.Georgia, TestWorld.Germany, TestWorld.France, TestWorld.UnitedKingdom, TestWorld.Nato, TestWorld.Eu, Moldova.Id, TestWorld.FormerSovietStates];
        var demand = TestWorld.RussianDemand("many-addressees", parties[..count]);
        var negotiation = TestWorld.Case.RecordOrThrow(Given.PartyRegistered(Moldova), Given.DemandTabled(demand));

        parties[..count].Select(p => negotiation.StatusOf(demand.Id, p)).Should().Equal(Enumerable.Repeat(DemandStatus.Tabled, count));
        negotiation.SelectDemands().WithStatus(DemandStatus.Tabled).Select(d => d.Id).Should().Equal(demand.Id);
    }
}
