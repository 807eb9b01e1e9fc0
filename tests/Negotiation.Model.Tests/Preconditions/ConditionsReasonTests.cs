using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Preconditions;

/// <summary>Answers that depend on more than the first addressee or the last step of a round, and the messages of the
/// preconditions that cannot be made.</summary>
public sealed class ConditionsReasonTests
{
    private static readonly DemandId NoEnlargement = new("no-enlargement");

    [Fact]
    public void DemandAnswered_AnsweredOnlyByTheLastAddressee_IsMet()
    {
        // Addressed to NATO and the United States; only the United States answered.
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.DemandTabled(TestWorld.RussianDemand(NoEnlargement.Value, TestWorld.Nato, TestWorld.UnitedStates)),
            Given.StatementMade(new Statement(new StatementId("rejection"), TestWorld.UnitedStates, StatementKind.Rejection, "Unacceptable.") { About = [NoEnlargement] }));

        var result = Precondition.DemandAnswered(NoEnlargement).Evaluate(negotiation, TestWorld.NatoRound(TestWorld.January));

        result.Met.Should().Be(Truth.Yes, "the reason given was: {0}", result.Reason);
    }

    [Fact]
    public void RoundHeld_RoundAlsoConcluded_NamesWhenItWasHeldNotWhenItEnded()
    {
        var concluded = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(TestWorld.Bilateral()),
            Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva),
            Given.RoundConcluded(TestWorld.BilateralId, Moment.At(Instant.FromUtc(2022, 1, 10, 17, 0))));

        var result = Precondition.RoundHeld(TestWorld.BilateralId).Evaluate(concluded, TestWorld.NatoRound(new LocalDate(2022, 1, 12)));

        result.Met.Should().Be(Truth.Yes);
        result.Reason.Should().Be("the Russia–United States round (ru-us-2022-01) was held (2022-01-10 09:00 Europe/Zurich)");
    }

    [Fact]
    public void AllOf_NoPart_SaysAPartIsNeeded()
    {
        var act = () => Precondition.AllOf();

        act.Should().Throw<ArgumentException>().WithMessage("A composite precondition needs at least one part.*").WithParameterName("parts");
    }

    [Fact]
    public void Not_NullPart_SaysEveryPartNeedsAPrecondition()
    {
        var act = () => new NotCondition(null!);

        act.Should().Throw<ArgumentNullException>().WithMessage("A precondition part is null; give every part a precondition*").WithParameterName("Part");
    }
}
