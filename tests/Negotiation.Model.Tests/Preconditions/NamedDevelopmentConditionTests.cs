using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Preconditions;

/// <summary>"Only after this development": met, not met and undetermined, with the reason a reader sees, which names the
/// development and when it happened.</summary>
public sealed class NamedDevelopmentConditionTests
{
    private static readonly DevelopmentId Invasion = new("invasion");

    private static readonly NegotiationCase Invaded = TestWorld.Case.RecordOrThrow(Given.DevelopmentOccurred(
        new Development(Invasion, DevelopmentKind.Invasion, "Russia invades Ukraine") { Actors = [TestWorld.Russia], Targets = [TestWorld.Ukraine] },
        new LocalDate(2022, 2, 24)));

    [Fact]
    public void DevelopmentOccurred_HappenedBeforeTheRound_IsMetAndSaysWhen() =>
        AssertResult(Evaluate(Invaded, new LocalDate(2022, 3, 1)), Truth.Yes, "'Russia invades Ukraine' (invasion) has happened (24 February 2022)");

    [Fact]
    public void DevelopmentOccurred_HappenedAfterTheRound_IsNotMetAndSaysWhen() =>
        AssertResult(
            Evaluate(Invaded, new LocalDate(2022, 1, 20)),
            Truth.No,
            "'Russia invades Ukraine' (invasion) (24 February 2022) had not happened before the round (20 January 2022)");

    [Fact]
    public void DevelopmentOccurred_RoundInTheSameMonth_IsUndetermined() =>
        AssertResult(
            Evaluate(Invaded, DateWindow.In(new YearMonth(2022, 2))),
            Truth.Undetermined,
            "it is undetermined whether 'Russia invades Ukraine' (invasion) (24 February 2022) happened before the round (February 2022)");

    [Fact]
    public void DevelopmentOccurred_NotRecorded_IsNotMet() =>
        AssertResult(Evaluate(TestWorld.Case, new LocalDate(2022, 3, 1)), Truth.No, "the development 'invasion' has not happened");

    private static PreconditionResult Evaluate(NegotiationCase negotiation, Moment start) =>
        Precondition.DevelopmentOccurred(Invasion).Evaluate(negotiation, TestWorld.NatoRound(start));

    private static void AssertResult(PreconditionResult result, Truth met, string reason)
    {
        result.Met.Should().Be(met, "the reason given was: {0}", result.Reason);
        result.Reason.Should().Be(reason);
    }
}
