using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Preconditions;

/// <summary>Each kind of precondition evaluated against a case: met, not met and undetermined, with the reason a reader
/// sees. A precondition is evaluated at the guarded round's start (its planned time until it is held).</summary>
public sealed class ConditionsTests
{
    private const string BilateralName = "the Russia–United States round (ru-us-2022-01)";

    private static readonly DocumentId Draft = new("ru-nato-draft");
    private static readonly DemandId NoEnlargement = new("no-enlargement");
    private static readonly Moment LastWeek = DateWindow.LastWeek(TestWorld.ArticleDay);
    private static readonly Instant BilateralEnd = Instant.FromUtc(2022, 1, 10, 17, 0);

    private static readonly NegotiationCase Planned = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral()));
    private static readonly NegotiationCase Held = Planned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva));

    [Fact]
    public void RoundHeld_UnknownRound_IsNotMet() =>
        AssertResult(Precondition.RoundHeld(new RoundId("other")).Evaluate(TestWorld.Case, RoundAt(TestWorld.January)), Truth.No, "the round 'other' is not known to the case");

    [Fact]
    public void RoundHeld_RoundOnlyPlanned_IsNotMetAndSaysWhenItIsPlanned() =>
        AssertResult(Evaluate(Planned, TestWorld.January), Truth.No, $"{BilateralName} has not been held; it is planned for early January 2022");

    [Fact]
    public void RoundHeld_RoundCancelled_IsNotMetAndGivesTheReason()
    {
        var cancelled = Planned.RecordOrThrow(Given.RoundCancelled(TestWorld.BilateralId, "Troop build-up", new LocalDate(2021, 12, 28)));

        AssertResult(Evaluate(cancelled, TestWorld.January), Truth.No, $"{BilateralName} has not been held; it was cancelled (Troop build-up)");
    }

    [Fact]
    public void RoundHeld_RoundPostponed_IsNotMetAndGivesReasonAndNewPlan()
    {
        var postponed = Planned.RecordOrThrow(Given.RoundPostponed(TestWorld.BilateralId, "Omicron", new LocalDate(2021, 12, 28), DateWindow.In(new YearMonth(2022, 2))));

        AssertResult(Evaluate(postponed, TestWorld.January), Truth.No, $"{BilateralName} has not been held; it was postponed (Omicron); it is planned for February 2022");
    }

    [Fact]
    public void RoundHeld_HeldBeforeTheGuardedRound_IsMet() =>
        AssertResult(Evaluate(Held, new LocalDate(2022, 1, 12)), Truth.Yes, $"{BilateralName} was held (2022-01-10 09:00 Europe/Zurich)");

    [Fact]
    public void RoundHeld_HeldPossiblyAfterTheGuardedRound_IsUndetermined() =>
        AssertResult(Evaluate(Held, TestWorld.January), Truth.Undetermined, $"{BilateralName} was held (2022-01-10 09:00 Europe/Zurich); it is undetermined whether that is before this round (January 2022)");

    [Fact]
    public void RoundHeld_HeldAfterTheGuardedRound_IsNotMet() =>
        AssertResult(Evaluate(Held, new LocalDate(2022, 1, 5)), Truth.No, $"{BilateralName} was held (2022-01-10 09:00 Europe/Zurich), not before this round (5 January 2022)");

    [Fact]
    public void RoundHeld_GuardedRoundHeldLater_IsEvaluatedAtItsActualStart()
    {
        // Planned for January (undetermined), but held on 12 January: evaluated at the actual start, so met.
        var negotiation = Held.RecordOrThrow(Given.RoundPlanned(TestWorld.NatoRound()), Given.RoundHeld(TestWorld.NatoRoundId, new LocalDate(2022, 1, 12)));
        var natoRound = negotiation.Rounds[TestWorld.NatoRoundId];

        natoRound.Precondition!.Evaluate(negotiation, natoRound).Met.Should().Be(Truth.Yes);
    }

    [Fact]
    public void RoundConcluded_HeldButNotConcluded_IsNotMet() =>
        AssertResult(
            Precondition.RoundConcluded(TestWorld.BilateralId).Evaluate(Held, RoundAt(new LocalDate(2022, 1, 12))),
            Truth.No,
            $"{BilateralName} has not been concluded; it was held (2022-01-10 09:00 Europe/Zurich) but not concluded");

    [Fact]
    public void RoundConcluded_ConcludedBefore_IsMetAndNamesTheEnd()
    {
        var concluded = Held.RecordOrThrow(Given.RoundConcluded(TestWorld.BilateralId, Moment.At(BilateralEnd)));

        AssertResult(
            Precondition.RoundConcluded(TestWorld.BilateralId).Evaluate(concluded, RoundAt(new LocalDate(2022, 1, 12))),
            Truth.Yes,
            $"{BilateralName} was concluded (2022-01-10T17:00:00Z)");
    }

    [Fact]
    public void RoundConcluded_ConcludedAfterTheGuardedRoundStarts_IsNotMet()
    {
        var concluded = Held.RecordOrThrow(Given.RoundConcluded(TestWorld.BilateralId, Moment.At(BilateralEnd)));

        Precondition.RoundConcluded(TestWorld.BilateralId).Evaluate(concluded, RoundAt(Moment.At(BilateralEnd - Duration.FromHours(1)))).Met.Should().Be(Truth.No);
    }

    [Fact]
    public void DocumentPresented_NotPresented_IsNotMet() =>
        AssertResult(Precondition.DocumentPresented(Draft).Evaluate(TestWorld.Case, RoundAt(TestWorld.January)), Truth.No, "the document 'ru-nato-draft' has not been presented");

    public static TheoryData<Moment, Truth, string> DocumentCases => new()
    {
        { TestWorld.January, Truth.Yes, "'Agreement on measures to ensure the security of Russia and NATO member states' was presented (week of 13 December 2021)" },
        { new LocalDate(2021, 12, 15), Truth.Undetermined, "'Agreement on measures to ensure the security of Russia and NATO member states' was presented (week of 13 December 2021); it is undetermined whether that is before the round (15 December 2021)" },
        { new LocalDate(2021, 12, 10), Truth.No, "'Agreement on measures to ensure the security of Russia and NATO member states' was presented (week of 13 December 2021), not before the round (10 December 2021)" },
    };

    [Theory]
    [MemberData(nameof(DocumentCases))]
    public void DocumentPresented_PresentedLastWeek_DependsOnWhenTheRoundStarts(Moment start, Truth expected, string reason)
    {
        var negotiation = TestWorld.Case.RecordOrThrow(Given.DocumentPresented(TestWorld.RussianDraft(), LastWeek));

        AssertResult(Precondition.DocumentPresented(Draft).Evaluate(negotiation, RoundAt(start)), expected, reason);
    }

    [Fact]
    public void DemandAnswered_UnknownDemand_IsNotMet() =>
        AssertResult(Precondition.DemandAnswered(NoEnlargement).Evaluate(TestWorld.Case, RoundAt(TestWorld.January)), Truth.No, "the demand 'no-enlargement' has not been tabled");

    [Fact]
    public void DemandAnswered_Unanswered_IsNotMet() =>
        AssertResult(
            Precondition.DemandAnswered(NoEnlargement).Evaluate(Tabled(), RoundAt(TestWorld.January)),
            Truth.No,
            "the demand 'no-enlargement' has not been answered by any addressee before the round (January 2022)");

    [Fact]
    public void DemandAnswered_RejectedByAnAddresseeBefore_IsMet() =>
        AssertResult(
            Precondition.DemandAnswered(NoEnlargement).Evaluate(Rejected(TestWorld.Nato), RoundAt(TestWorld.January)),
            Truth.Yes,
            "the demand 'no-enlargement' has been answered by any addressee");

    [Fact]
    public void DemandAnswered_AnsweredByAnotherAddresseeThanRequired_IsNotMet() =>
        AssertResult(
            Precondition.DemandAnswered(NoEnlargement, TestWorld.UnitedStates).Evaluate(Rejected(TestWorld.Nato), RoundAt(TestWorld.January)),
            Truth.No,
            "the demand 'no-enlargement' has not been answered by united-states before the round (January 2022)");

    [Fact]
    public void DemandAnswered_AnsweredByTheRequiredAddressee_IsMet() =>
        Precondition.DemandAnswered(NoEnlargement, TestWorld.UnitedStates).Evaluate(Rejected(TestWorld.UnitedStates), RoundAt(TestWorld.January)).Met.Should().Be(Truth.Yes);

    [Fact]
    public void DemandAnswered_AnsweredPossiblyAfterTheRoundStarts_IsUndetermined() =>
        AssertResult(
            Precondition.DemandAnswered(NoEnlargement).Evaluate(Rejected(TestWorld.Nato), RoundAt(TestWorld.ArticleDay)),
            Truth.Undetermined,
            "it is undetermined whether any addressee answered the demand 'no-enlargement' before the round (22 December 2021)");

    [Fact]
    public void PartyTakesPart_Side_IsMetAndNamesTheParty() =>
        AssertResult(Precondition.PartyTakesPart(TestWorld.Russia).Evaluate(TestWorld.Case, RoundAt(TestWorld.January)), Truth.Yes, "Russia takes part");

    [Fact]
    public void PartyTakesPart_NotASide_IsNotMet() =>
        AssertResult(Precondition.PartyTakesPart(TestWorld.Eu).Evaluate(TestWorld.Case, RoundAt(TestWorld.January)), Truth.No, "European Union does not take part");

    [Fact]
    public void DevelopmentOccurred_NoneOfThatKind_IsNotMet() =>
        AssertResult(
            Precondition.DevelopmentOccurred(DevelopmentKind.Invasion).Evaluate(TestWorld.Case, RoundAt(TestWorld.January)),
            Truth.No,
            "no development of kind Invasion has happened before the round (January 2022)");

    [Fact]
    public void DevelopmentOccurred_HappenedBefore_IsMetAndDescribesIt() =>
        AssertResult(
            Precondition.DevelopmentOccurred(DevelopmentKind.Invasion, TestWorld.Ukraine).Evaluate(Invaded(), RoundAt(DateWindow.In(new YearMonth(2022, 3)))),
            Truth.Yes,
            "a development of kind Invasion concerning Ukraine has happened: Russia invades Ukraine (24 February 2022)");

    [Fact]
    public void DevelopmentOccurred_ConcerningAnotherParty_IsNotMet() =>
        Precondition.DevelopmentOccurred(DevelopmentKind.Invasion, TestWorld.Georgia).Evaluate(Invaded(), RoundAt(DateWindow.In(new YearMonth(2022, 3)))).Met.Should().Be(Truth.No);

    [Fact]
    public void DevelopmentOccurred_OfAnotherKind_IsNotMet() =>
        Precondition.DevelopmentOccurred(DevelopmentKind.Recognition).Evaluate(Invaded(), RoundAt(DateWindow.In(new YearMonth(2022, 3)))).Met.Should().Be(Truth.No);

    [Fact]
    public void DevelopmentOccurred_PossiblyOnTheRoundsDay_IsUndetermined() =>
        AssertResult(
            Precondition.DevelopmentOccurred(DevelopmentKind.Invasion).Evaluate(Invaded(), RoundAt(new LocalDate(2022, 2, 24))),
            Truth.Undetermined,
            "it is undetermined whether a development of kind Invasion (Russia invades Ukraine, 24 February 2022) happened before the round (24 February 2022)");

    [Fact]
    public void DevelopmentOccurred_Negated_MetOnlyWhileItHasNotHappened()
    {
        var noInvasion = !Precondition.DevelopmentOccurred(DevelopmentKind.Invasion, TestWorld.Ukraine);

        noInvasion.Evaluate(Invaded(), RoundAt(TestWorld.January)).Met.Should().Be(Truth.Yes);
        noInvasion.Evaluate(Invaded(), RoundAt(DateWindow.In(new YearMonth(2022, 3)))).Met.Should().Be(Truth.No);
    }

    [Theory]
    [InlineData(20, "yes", "the round (20 January 2022) is not before 15 January 2022")]
    [InlineData(15, "yes", "the round (15 January 2022) is not before 15 January 2022")]
    [InlineData(10, "no", "the round (10 January 2022) would start before 15 January 2022")]
    public void NotBefore_RoundOnADay_ComparesTheDay(int day, string met, string reason) =>
        AssertResult(Precondition.NotBefore(new LocalDate(2022, 1, 15)).Evaluate(TestWorld.Case, RoundAt(new LocalDate(2022, 1, day))), Parse(met), reason);

    [Fact]
    public void NotBefore_RoundInAWindowAcrossTheDay_IsUndetermined() =>
        AssertResult(Precondition.NotBefore(new LocalDate(2022, 1, 15)).Evaluate(TestWorld.Case, RoundAt(TestWorld.January)), Truth.Undetermined, "the round (January 2022) may start before 15 January 2022");

    [Theory]
    [InlineData(10, "yes", "the round (10 January 2022) is not after 15 January 2022")]
    [InlineData(15, "yes", "the round (15 January 2022) is not after 15 January 2022")]
    [InlineData(20, "no", "the round (20 January 2022) would start after 15 January 2022")]
    public void NotAfter_RoundOnADay_ComparesTheDay(int day, string met, string reason) =>
        AssertResult(Precondition.NotAfter(new LocalDate(2022, 1, 15)).Evaluate(TestWorld.Case, RoundAt(new LocalDate(2022, 1, day))), Parse(met), reason);

    [Fact]
    public void NotAfter_RoundInAWindowAcrossTheDay_IsUndetermined() =>
        AssertResult(Precondition.NotAfter(new LocalDate(2022, 1, 15)).Evaluate(TestWorld.Case, RoundAt(TestWorld.January)), Truth.Undetermined, "the round (January 2022) may start after 15 January 2022");

    [Fact]
    public void AllOf_OnePartNotMet_IsNotMetWithEveryPartsAnswer()
    {
        var result = (Precondition.PartyTakesPart(TestWorld.Russia) & Precondition.PartyTakesPart(TestWorld.Eu)).Evaluate(TestWorld.Case, RoundAt(TestWorld.January));

        result.Should().Be(new PreconditionResult(
            Truth.No,
            "not all of these hold",
            [new PreconditionResult(Truth.Yes, "Russia takes part"), new PreconditionResult(Truth.No, "European Union does not take part")]));
    }

    [Theory]
    [InlineData("yes", "yes", "yes", "all of these hold")]
    [InlineData("yes", "undetermined", "undetermined", "it is undetermined whether all of these hold")]
    [InlineData("undetermined", "no", "no", "not all of these hold")]
    public void AllOf_Parts_CombinesWithThreeValuedAnd(string first, string second, string met, string reason)
    {
        var result = Precondition.AllOf(Leaf(first), Leaf(second)).Evaluate(TestWorld.Case, RoundAt(TestWorld.January));

        AssertResult(result, Parse(met), reason);
        result.Because.Select(b => b.Met).Should().Equal(Parse(first), Parse(second));
    }

    [Theory]
    [InlineData("no", "yes", "yes", "at least one of these holds")]
    [InlineData("no", "undetermined", "undetermined", "it is undetermined whether any of these holds")]
    [InlineData("no", "no", "no", "none of these holds")]
    public void AnyOf_Parts_CombinesWithThreeValuedOr(string first, string second, string met, string reason)
    {
        var result = Precondition.AnyOf(Leaf(first), Leaf(second)).Evaluate(TestWorld.Case, RoundAt(TestWorld.January));

        AssertResult(result, Parse(met), reason);
        result.Because.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("yes", "no", "this holds, and must not")]
    [InlineData("no", "yes", "this does not hold, as required")]
    [InlineData("undetermined", "undetermined", "it is undetermined whether this holds")]
    public void Not_Part_NegatesWithItsAnswerAsTheOnlyReason(string inner, string met, string reason)
    {
        var result = Precondition.Not(Leaf(inner)).Evaluate(TestWorld.Case, RoundAt(TestWorld.January));

        AssertResult(result, Parse(met), reason);
        result.Because.Should().ContainSingle().Which.Met.Should().Be(Parse(inner));
    }

    [Fact]
    public void ResultToString_Composite_RendersAnIndentedTree()
    {
        var precondition = Precondition.PartyTakesPart(TestWorld.Russia) & !Precondition.PartyTakesPart(TestWorld.Eu) & Precondition.NotBefore(new LocalDate(2022, 1, 15));

        var text = precondition.Evaluate(TestWorld.Case, RoundAt(TestWorld.January)).ToString();

        text.Should().Be(string.Join(
            Environment.NewLine,
            "[undetermined] it is undetermined whether all of these hold",
            "  [met] all of these hold",
            "    [met] Russia takes part",
            "    [met] this does not hold, as required",
            "      [not met] European Union does not take part",
            "  [undetermined] the round (January 2022) may start before 15 January 2022"));
    }

    [Fact]
    public void Result_Equality_ByValueIncludingTheReasonTree() =>
        EqualityAssertions.AssertValueEquality(
            new PreconditionResult(Truth.No, "not all of these hold", [new PreconditionResult(Truth.No, "x")]),
            new PreconditionResult(Truth.No, "not all of these hold", [new PreconditionResult(Truth.No, "x")]),
            new PreconditionResult(Truth.No, "not all of these hold"),
            new PreconditionResult(Truth.Undetermined, "not all of these hold", [new PreconditionResult(Truth.No, "x")]),
            new PreconditionResult(Truth.No, "not all of these hold", [new PreconditionResult(Truth.Yes, "x")]));

    private static PreconditionResult Evaluate(NegotiationCase negotiation, Moment start) =>
        Precondition.RoundHeld(TestWorld.BilateralId).Evaluate(negotiation, RoundAt(start));

    /// <summary>A Russia–NATO round starting at <paramref name="start"/>; evaluation needs only its sides and start.</summary>
    private static Round RoundAt(Moment start) => TestWorld.NatoRound(start);

    private static NegotiationCase Tabled() =>
        TestWorld.Case.RecordOrThrow(Given.DemandTabled(TestWorld.RussianDemand(NoEnlargement.Value, TestWorld.Nato, TestWorld.UnitedStates)));

    private static NegotiationCase Rejected(PartyId by) =>
        Tabled().RecordOrThrow(Given.StatementMade(new Statement(new StatementId("rejection"), by, StatementKind.Rejection, "Unacceptable.") { About = [NoEnlargement] }));

    private static NegotiationCase Invaded() =>
        TestWorld.Case.RecordOrThrow(Given.DevelopmentOccurred(
            new Development(new DevelopmentId("invasion"), DevelopmentKind.Invasion, "Russia invades Ukraine") { Actors = [TestWorld.Russia], Targets = [TestWorld.Ukraine] },
            new LocalDate(2022, 2, 24)));

    /// <summary>A simple precondition whose answer, for a Russia–NATO round in January 2022, is <paramref name="answer"/>.</summary>
    private static Precondition Leaf(string answer) => answer switch
    {
        "yes" => Precondition.PartyTakesPart(TestWorld.Russia),
        "no" => Precondition.PartyTakesPart(TestWorld.Eu),
        _ => Precondition.NotBefore(new LocalDate(2022, 1, 15)),
    };

    private static Truth Parse(string answer) => answer switch
    {
        "yes" => Truth.Yes,
        "no" => Truth.No,
        _ => Truth.Undetermined,
    };

    private static void AssertResult(PreconditionResult result, Truth met, string reason)
    {
        result.Met.Should().Be(met, "the reason given was: {0}", result.Reason);
        result.Reason.Should().Be(reason);
    }
}
