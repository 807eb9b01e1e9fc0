using Negotiation.Model.Tests.TestSupport;
using Negotiation.Model.Validation;

namespace Negotiation.Model.Tests.Preconditions;

/// <summary>Composites measure themselves when made: nulls and sizes beyond the caps are refused there, and every walk
/// over a precondition (leaves, validation, evaluation, wording, equality) answers at the largest size that can be made.</summary>
public sealed class PreconditionSizeTests
{
    private static readonly Precondition AfterBilateral = Precondition.RoundHeld(TestWorld.BilateralId);

    [Fact]
    public void NotCondition_NullPart_ThrowsArgumentNullException()
    {
        var act = () => new NotCondition(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Part");
    }

    [Fact]
    public void AllOfCondition_NullPart_ThrowsArgumentNullException()
    {
        var act = () => new AllOfCondition([AfterBilateral, null!]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Parts");
    }

    [Fact]
    public void AnyOfCondition_NullPart_ThrowsArgumentNullException()
    {
        var act = () => new AnyOfCondition([null!]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Parts");
    }

    [Fact]
    public void Not_OneBeyondMaxDepth_ThrowsArgumentException()
    {
        var deepest = Negated(AfterBilateral, Precondition.MaxDepth - 1);

        var act = () => !deepest;

        act.Should().Throw<ArgumentException>().WithMessage($"*{Precondition.MaxDepth + 1} deep*Flatten it*");
    }

    [Fact]
    public void AllOf_ChainOf20000_ThrowsArgumentExceptionInsteadOfOverflowingLater()
    {
        // The repro: a 20,000-deep chain crashed the process inside Record.
        var act = () =>
        {
            var p = AfterBilateral;
            for (var i = 0; i < 20_000; i++)
            {
                p &= Precondition.PartyTakesPart(TestWorld.Russia);
            }

            return p;
        };

        act.Should().Throw<ArgumentException>().WithParameterName("Parts");
    }

    [Fact]
    public void AllOf_ReusedPartBeyondMaxLeaves_ThrowsArgumentException()
    {
        var act = () => Doubled(AfterBilateral, 17);

        act.Should().Throw<ArgumentException>().WithMessage($"*{1 << 17} simple parts*");
    }

    [Fact]
    public void Walks_AtMaxDepth_Answer()
    {
        var deepest = Negated(AfterBilateral, Precondition.MaxDepth - 1);
        var same = Negated(AfterBilateral, Precondition.MaxDepth - 1);

        deepest.Leaves().Should().Equal(AfterBilateral);
        deepest.RequiredRounds().Should().Equal(TestWorld.BilateralId);
        deepest.Should().Be(same);
        deepest.GetHashCode().Should().Be(same.GetHashCode());
        deepest.ToString().Should().Contain("ru-us-2022-01");
        var round = TestWorld.NatoRound() with { Precondition = deepest };
        var answer = deepest.Evaluate(TestWorld.Case, round);
        answer.Met.Should().Be(Truth.Yes, "an odd number of negations of a round never held is met");
        answer.ToString().Split(Environment.NewLine).Should().HaveCount(Precondition.MaxDepth);
        PreconditionValidator.Instance.Validate(deepest).Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(ErrorCodes.PreconditionTooDeep);
    }

    [Fact]
    public void Leaves_ReusedParts_ListedDepthFirstEachTimeTheyOccur()
    {
        var a = Precondition.PartyTakesPart(TestWorld.Russia);
        var b = Precondition.PartyTakesPart(TestWorld.Nato);
        var c = Precondition.PartyTakesPart(TestWorld.Eu);
        var shared = a & !b;

        (shared | (c & shared)).Leaves().Should().Equal(a, b, c, a, b);
    }

    [Fact]
    public void Record_PreconditionAtDepthLimit_Accepted()
    {
        var round = TestWorld.NatoRound() with { Precondition = Negated(AfterBilateral, PreconditionValidator.DepthLimit - 2) & AfterBilateral };

        var recorded = TestWorld.Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral())).ShouldAccept(Given.RoundPlanned(round));

        recorded.CanStart(TestWorld.NatoRoundId).CanStart.Should().Be(Truth.No);
    }

    [Fact]
    public void Record_PreconditionDeeperThanLimit_RefusedWithPreconditionTooDeep()
    {
        var round = TestWorld.NatoRound() with { Precondition = Negated(AfterBilateral, PreconditionValidator.DepthLimit) };

        TestWorld.Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral()))
            .ShouldRefuse(Given.RoundPlanned(round), ErrorCodes.PreconditionTooDeep, "Rounds[ru-nato-2022-01].Precondition");
    }

    [Fact]
    public void Record_ReusedPartsUpToMaxLeaves_Accepted()
    {
        var round = TestWorld.NatoRound() with { Precondition = Doubled(AfterBilateral, 16) };

        TestWorld.Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral())).ShouldAccept(Given.RoundPlanned(round))
            .CanStart(TestWorld.NatoRoundId).CanStart.Should().Be(Truth.No);
    }

    private static Precondition Negated(Precondition part, int times)
    {
        for (var i = 0; i < times; i++)
        {
            part = !part;
        }

        return part;
    }

    // 2^times simple parts from one value reused: a small graph whose tree is large.
    private static Precondition Doubled(Precondition part, int times)
    {
        for (var i = 0; i < times; i++)
        {
            part &= part;
        }

        return part;
    }
}
