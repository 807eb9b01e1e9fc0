using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Positions;

public sealed class PositionTests
{
    private static readonly Position Rejects = new(TestWorld.UnitedStates, SubjectRef.Demand(new DemandId("no-enlargement")), Stance.Rejects, Extent.Part, TestWorld.ArticleDay, new StatementId("unacceptable"));

    [Fact]
    public void PositionOf_NoStatementYet_IsNullWithAnEmptyHistory()
    {
        TestWorld.Case.PositionOf(TestWorld.UnitedStates, new DemandId("no-enlargement")).Should().BeNull();
        TestWorld.Case.PositionHistory(TestWorld.UnitedStates, new DemandId("no-enlargement")).Should().BeEmpty();
    }

    [Fact]
    public void Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            Rejects,
            new Position(new PartyId("united-states"), new DemandId("no-enlargement"), Stance.Rejects, Extent.Part, TestWorld.ArticleDay, new StatementId("unacceptable")),
            Rejects with { Stance = Stance.OpenToDiscuss },
            Rejects with { Extent = Extent.Whole },
            Rejects with { Subject = new DocumentId("no-enlargement") },
            Rejects with { Since = TestWorld.January },
            Rejects with { Condition = "reciprocity" });
}
