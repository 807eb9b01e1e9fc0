using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Positions;

public sealed class ConditionMetTests
{
    internal static readonly DemandId Demand = new("d1");
    internal static readonly SubjectRef Subject = SubjectRef.Demand(Demand);
    internal static readonly StatementId Conditional = new("nato-conditional");
    internal static readonly LocalDate Accepted = new(2022, 1, 10);

    // NATO accepts Russia's demand on a condition on 10 January.
    internal static NegotiationCase ConditionallyAccepted() => TestWorld.Case
        .ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d1")))
        .ShouldAccept(Given.StatementMade(new Statement(Conditional, TestWorld.Nato, StatementKind.Acceptance, "Yes, if Russia does the same.")
        {
            Stances = [new StanceTaken(Subject, Stance.Accepts) { Condition = "if Russia does the same" }],
        }, Accepted));

    [Fact]
    public void ConditionMet_PendingCondition_SettlesTheAcceptance()
    {
        var before = ConditionallyAccepted();
        before.StatusOf(Demand, TestWorld.Nato).Should().Be(DemandStatus.ConditionallyAccepted);

        var after = before.ShouldAccept(Given.ConditionMet(Conditional, Subject, new LocalDate(2022, 2, 1), "Russia did the same."));

        after.StatusOf(Demand, TestWorld.Nato).Should().Be(DemandStatus.Accepted);
        after.OpenDemands().AddressedTo(TestWorld.Nato).Should().BeEmpty();
        var history = after.PositionHistory(TestWorld.Nato, Subject);
        history.Select(p => p.Stance).Should().Equal(Stance.AcceptsConditionally, Stance.Accepts);
        history[^1].ConditionFulfilled.Should().BeTrue();
        history[^1].Condition.Should().Be("if Russia does the same");
        history[^1].Since.Should().Be(Moment.On(new LocalDate(2022, 2, 1)));
        history[^1].Statement.Should().Be(Conditional);
    }

    [Fact]
    public void ConditionMet_AsOfBeforeTheDate_StillConditional() =>
        ConditionallyAccepted().ShouldAccept(Given.ConditionMet(Conditional, Subject, new LocalDate(2022, 2, 1)))
            .AsOf(new LocalDate(2022, 1, 20)).StatusOf(Demand, TestWorld.Nato).Should().Be(DemandStatus.ConditionallyAccepted);

    [Fact]
    public void StatementMade_UnconditionalAcceptanceLater_SettlesWithoutConditionMet() =>
        ConditionallyAccepted().ShouldAccept(Given.StatementMade(new Statement(new StatementId("nato-unconditional"), TestWorld.Nato, StatementKind.Acceptance, "Yes.")
            {
                Stances = [new StanceTaken(Subject, Stance.Accepts)],
            }, new LocalDate(2022, 1, 20)))
            .StatusOf(Demand, TestWorld.Nato).Should().Be(DemandStatus.Accepted);
}
