using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Preconditions;

/// <summary>A change of a round's preconditions says whether it added the first ones, dropped them all, or replaced them.</summary>
public sealed class PreconditionChangeTests
{
    private static readonly Precondition Held = Precondition.RoundHeld(TestWorld.BilateralId);
    private static readonly Precondition TakesPart = Precondition.PartyTakesPart(TestWorld.Russia);

    [Fact]
    public void IsAddition_NoneBefore_IsAnAdditionOnly()
    {
        var change = new PreconditionChange(null, Held, TestWorld.ArticleDay);

        change.IsAddition.Should().BeTrue();
        change.IsDrop.Should().BeFalse();
    }

    [Fact]
    public void IsDrop_NoneAfter_IsADropOnly()
    {
        var change = new PreconditionChange(Held, null, TestWorld.ArticleDay);

        change.IsDrop.Should().BeTrue();
        change.IsAddition.Should().BeFalse();
    }

    [Fact]
    public void Replacement_BothSides_IsNeitherAdditionNorDrop()
    {
        var change = new PreconditionChange(Held, TakesPart, TestWorld.ArticleDay);

        change.IsAddition.Should().BeFalse();
        change.IsDrop.Should().BeFalse();
    }

    [Fact]
    public void RoundPreconditionsChanged_FirstPreconditionsThenNone_RecordsAnAdditionThenADrop()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(TestWorld.Bilateral()),
            Given.RoundPreconditionsChanged(TestWorld.BilateralId, TakesPart, TestWorld.ArticleDay),
            Given.RoundPreconditionsChanged(TestWorld.BilateralId, null, TestWorld.ArticleDay.PlusDays(1)));

        var changes = negotiation.Rounds[TestWorld.BilateralId].PreconditionChanges.Items;

        changes.Select(c => (c.IsAddition, c.IsDrop)).Should().Equal((true, false), (false, true));
    }
}
