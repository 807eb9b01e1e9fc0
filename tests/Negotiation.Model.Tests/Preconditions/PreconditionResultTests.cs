using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Preconditions;

/// <summary>The answer of a precondition: reasons worded when first read, from the case and moment it was evaluated
/// against, and equality by value however the reason came to be worded.</summary>
public sealed class PreconditionResultTests
{
    private const string BilateralName = "the Russia–United States round (ru-us-2022-01)";

    private static readonly NegotiationCase Planned = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral()));

    [Fact]
    public void Reason_GivenAsAFunction_IsWordedWhenFirstReadAndKept()
    {
        var calls = 0;
        var result = new PreconditionResult(Truth.No, () => $"worded {++calls} time(s)");

        calls.Should().Be(0, "nothing is worded until the reason is read");
        result.Reason.Should().Be("worded 1 time(s)");
        result.Reason.Should().Be("worded 1 time(s)");
        calls.Should().Be(1);
    }

    [Fact]
    public void Equality_ReasonWordedByAFunction_EqualsTheSameWordsGivenAsText() =>
        EqualityAssertions.AssertValueEquality(
            new PreconditionResult(Truth.No, () => "not all of these hold", [new PreconditionResult(Truth.No, () => "x")]),
            new PreconditionResult(Truth.No, "not all of these hold", [new PreconditionResult(Truth.No, "x")]),
            new PreconditionResult(Truth.No, () => "none of these holds", [new PreconditionResult(Truth.No, "x")]),
            new PreconditionResult(Truth.No, () => "not all of these hold", [new PreconditionResult(Truth.No, () => "y")]));

    [Fact]
    public void Constructor_NoReason_Throws()
    {
        var text = () => new PreconditionResult(Truth.Yes, (string)null!);
        var words = () => new PreconditionResult(Truth.Yes, (Func<string>)null!);

        text.Should().Throw<ArgumentNullException>().WithParameterName("reason");
        words.Should().Throw<ArgumentNullException>().WithParameterName("reason");
    }

    [Fact]
    public void Reason_ReadAfterTheCaseChanged_WordsTheCaseItWasEvaluatedAgainst()
    {
        // Given an answer evaluated while the bilateral round was only planned, and not read yet
        var natoRound = TestWorld.NatoRound();
        var result = natoRound.Precondition!.Evaluate(Planned, natoRound);

        // When the round is then held in a later version of the case
        Planned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva));

        // Then the answer still speaks of the case it was evaluated against
        result.Met.Should().Be(Truth.No);
        result.Reason.Should().Be($"{BilateralName} has not been held; it is planned for early January 2022");
    }

    [Theory]
    [InlineData(12, "yes", "was held (2022-01-10 09:00 Europe/Zurich)")]
    [InlineData(5, "no", "was held (2022-01-10 09:00 Europe/Zurich), not before this round (5 January 2022)")]
    public void Evaluate_AtAMomentOtherThanTheRoundsStart_DecidesAndWordsAtThatMoment(int day, string met, string reason)
    {
        // Given a round planned for January, evaluated as if it started on another day (as validation does for a held round)
        var held = Planned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva));
        var at = Moment.On(new LocalDate(2022, 1, day));

        var result = Precondition.RoundHeld(TestWorld.BilateralId).Evaluate(held, TestWorld.NatoRound(), at);

        result.Met.Should().Be(met == "yes" ? Truth.Yes : Truth.No);
        result.Reason.Should().Be($"{BilateralName} {reason}");
    }
}
