using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Preconditions;

public sealed class PreconditionTests
{
    private static readonly RoundId Other = new("other-round");
    private static readonly Precondition AfterBilateral = Precondition.RoundHeld(TestWorld.BilateralId);
    private static readonly Precondition RussiaTakesPart = Precondition.PartyTakesPart(TestWorld.Russia);
    private static readonly Precondition GermanyTakesPart = Precondition.PartyTakesPart(TestWorld.Germany);

    [Fact]
    public void Factories_EachKind_BuildTheMatchingRecord()
    {
        Precondition.RoundHeld(Other).Should().Be(new RoundHeldCondition(Other));
        Precondition.RoundConcluded(Other).Should().Be(new RoundConcludedCondition(Other));
        Precondition.DocumentPresented(new DocumentId("d")).Should().Be(new DocumentPresentedCondition(new DocumentId("d")));
        Precondition.DemandAnswered(new DemandId("d"), TestWorld.Nato).Should().Be(new DemandAnsweredCondition(new DemandId("d"), TestWorld.Nato));
        Precondition.PartyTakesPart(TestWorld.Eu).Should().Be(new PartyTakesPartCondition(TestWorld.Eu));
        Precondition.DevelopmentOccurred(DevelopmentKind.Invasion).Should().Be(new DevelopmentOccurredCondition(DevelopmentKind.Invasion));
        Precondition.NotBefore(TestWorld.ArticleDay).Should().Be(new NotBeforeCondition(TestWorld.ArticleDay));
        Precondition.NotAfter(TestWorld.ArticleDay).Should().Be(new NotAfterCondition(TestWorld.ArticleDay));
    }

    [Fact]
    public void Operators_AndOrNot_BuildAllOfAnyOfAndNot()
    {
        (AfterBilateral & RussiaTakesPart).Should().Be(Precondition.AllOf(AfterBilateral, RussiaTakesPart)).And.BeOfType<AllOfCondition>();
        (AfterBilateral | RussiaTakesPart).Should().Be(Precondition.AnyOf(AfterBilateral, RussiaTakesPart)).And.BeOfType<AnyOfCondition>();
        (!AfterBilateral).Should().Be(Precondition.Not(AfterBilateral)).And.BeOfType<NotCondition>();
        Precondition.BitwiseAnd(AfterBilateral, RussiaTakesPart).Should().Be(AfterBilateral & RussiaTakesPart);
        Precondition.BitwiseOr(AfterBilateral, RussiaTakesPart).Should().Be(AfterBilateral | RussiaTakesPart);
        Precondition.LogicalNot(AfterBilateral).Should().Be(!AfterBilateral);
    }

    [Fact]
    public void AllOf_NoPart_ThrowsArgumentException()
    {
        var act = () => Precondition.AllOf();

        act.Should().Throw<ArgumentException>().WithParameterName("parts");
    }

    [Fact]
    public void AnyOf_NullPart_ThrowsArgumentNullException()
    {
        var act = () => Precondition.AnyOf(AfterBilateral, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("parts");
    }

    [Fact]
    public void Not_Null_ThrowsArgumentNullException()
    {
        var act = () => Precondition.Not(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("part");
    }

    [Fact]
    public void Leaves_Composite_ListsTheSimplePartsDepthFirst()
    {
        var precondition = Precondition.AllOf(AfterBilateral, Precondition.AnyOf(Precondition.RoundConcluded(Other), !RussiaTakesPart), GermanyTakesPart);

        precondition.Leaves().Should().Equal(AfterBilateral, Precondition.RoundConcluded(Other), RussiaTakesPart, GermanyTakesPart);
        RussiaTakesPart.Leaves().Should().Equal(RussiaTakesPart);
    }

    [Fact]
    public void RequiredRounds_Composite_ListsEachRoundOnceInOrder()
    {
        var precondition = AfterBilateral & (Precondition.RoundConcluded(Other) | Precondition.RoundConcluded(TestWorld.BilateralId)) & RussiaTakesPart;

        precondition.RequiredRounds().Should().Equal(TestWorld.BilateralId, Other);
        RussiaTakesPart.RequiredRounds().Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_NullArguments_ThrowArgumentNullException()
    {
        var round = TestWorld.Bilateral();

        var withoutCase = () => RussiaTakesPart.Evaluate(null!, round);
        var withoutRound = () => RussiaTakesPart.Evaluate(TestWorld.Case, null!);

        withoutCase.Should().Throw<ArgumentNullException>().WithParameterName("negotiation");
        withoutRound.Should().Throw<ArgumentNullException>().WithParameterName("round");
    }

    [Fact]
    public void Equality_SimpleAndComposite_ByValueWithPartsInOrder()
    {
        EqualityAssertions.AssertValueEquality(
            AfterBilateral,
            Precondition.RoundHeld(new RoundId("ru-us-2022-01")),
            Precondition.RoundConcluded(TestWorld.BilateralId),
            Precondition.RoundHeld(Other));

        EqualityAssertions.AssertValueEquality(
            AfterBilateral & RussiaTakesPart,
            Precondition.AllOf(Precondition.RoundHeld(TestWorld.BilateralId), Precondition.PartyTakesPart(TestWorld.Russia)),
            RussiaTakesPart & AfterBilateral,
            AfterBilateral | RussiaTakesPart,
            AfterBilateral & RussiaTakesPart & GermanyTakesPart);

        EqualityAssertions.AssertValueEquality(
            Precondition.DevelopmentOccurred(DevelopmentKind.Invasion, TestWorld.Ukraine),
            new DevelopmentOccurredCondition(DevelopmentKind.Invasion, TestWorld.Ukraine),
            Precondition.DevelopmentOccurred(DevelopmentKind.Invasion),
            Precondition.DevelopmentOccurred(DevelopmentKind.Recognition, TestWorld.Ukraine));
    }
}
