using Negotiation.Model.Tests.TestSupport;
using NodaTime;
using static Negotiation.Model.Tests.TestSupport.TestWorld;

namespace Negotiation.Model.Tests.Queries;

/// <summary>
/// "As of" leaves out the facts the replay refuses, and whether a fact is refused depends on which other facts are in:
/// a fact refused as of one day can be accepted as of an earlier one, so "as of" an "as of" is not "as of" the case.
/// </summary>
public sealed class CaseHistoryRefusalTests
{
    private static readonly RoundId NatoRound = new("ru-nato-late-january");

    private static readonly LocalDate December31 = new(2021, 12, 31);

    private static readonly LocalDate January31 = new(2022, 1, 31);

    /// <summary>
    /// The bilateral round is planned for early January, pushed to March on 5 January and held on 15 March; only after
    /// that is it learned that a NATO round requiring it had been planned, on 22 December, for late January.
    /// </summary>
    private static NegotiationCase Case { get; } = TestWorld.Case.RecordOrThrow(
        Given.RoundPlanned(new Round(BilateralId, RoundFormat.Bilateral, [Russia, UnitedStates], EarlyJanuary)),
        Given.RoundRescheduled(BilateralId, DateWindow.In(new YearMonth(2022, 3)), new LocalDate(2022, 1, 5)),
        Given.RoundHeld(BilateralId, new LocalDate(2022, 3, 15)),
        Given.RoundPlanned(new Round(NatoRound, RoundFormat.Bilateral, [Russia, Nato], DateWindow.LateIn(new YearMonth(2022, 1)))
        {
            Precondition = Precondition.RoundHeld(BilateralId),
        }).RecordedAt(Instant.FromUtc(2022, 3, 20, 0, 0)));

    [Fact]
    public void AsOf_ARoundPlannedBeforeTheRoundItRequires_IsLeftOut()
    {
        // As of 31 January the bilateral round is planned for March and not yet held: the NATO round would come first
        var january = Case.AsOf(January31);

        january.Should().Be(QueryOracle.Replay(Case, f => f.Occurred.IsOnOrBefore(January31).IsYes));
        january.Rounds.Should().ContainKey(BilateralId).And.NotContainKey(NatoRound);
        january.Rounds[BilateralId].Planned.Should().Be(Moment.Within(DateWindow.In(new YearMonth(2022, 3))));
    }

    [Fact]
    public void AsOf_BeforeTheRoundItRequiresWasPushedBack_KeepsTheRound()
    {
        // As of 31 December the bilateral round is still planned for early January, so the NATO round may follow it
        var december = Case.AsOf(December31);

        december.Should().Be(QueryOracle.Replay(Case, f => f.Occurred.IsOnOrBefore(December31).IsYes));
        december.Rounds.Should().ContainKey(NatoRound);
    }

    [Fact]
    public void AsOf_OfACaseAsOfALaterDay_ReplaysThatCasesLogNotTheOriginal()
    {
        var december = Case.AsOf(January31).AsOf(December31);

        december.Should().Be(QueryOracle.Replay(Case.AsOf(January31), f => f.Occurred.IsOnOrBefore(December31).IsYes));
        december.Rounds.Should().NotContainKey(NatoRound, "the case as of 31 January never recorded it");
        december.Should().NotBe(Case.AsOf(December31));
    }
}
