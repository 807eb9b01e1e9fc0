using Negotiation.Model.Tests.TestSupport;
using NodaTime;
using static Negotiation.Model.Tests.Queries.SeedSequel;
using static Negotiation.Model.Tests.Scenarios.SecurityGuarantees2021;

namespace Negotiation.Model.Tests.Queries;

public sealed class RoundQueriesTests
{
    [Fact]
    public void CanStart_TheBilateralRoundOn22December_NothingBlocksIt()
    {
        var readiness = Case.AsOf(ArticleDay).CanStart(BilateralRound);

        readiness.CanStart.Should().Be(Truth.Yes);
        readiness.Reason.Should().Be("clear: it has no preconditions");
        readiness.Conditions.Should().BeNull();
    }

    [Fact]
    public void CanStart_TheNatoRoundOn22December_IsBlockedUntilTheBilateralRoundIsHeld()
    {
        var readiness = Case.AsOf(ArticleDay).CanStart(NatoRound);

        readiness.CanStart.Should().Be(Truth.No);
        readiness.Reason.Should().Be("blocked: the round 'Russia–United States talks' has not been held; it is planned for early January 2022");
        readiness.ToString().Should().Contain("[not met]");
    }

    [Fact]
    public void CanStart_TheNatoRoundAfterGeneva_IsClear()
    {
        // Given the bilateral round was held in Geneva on 10 January
        var readiness = WithSequel.AsOf(new LocalDate(2022, 1, 11)).CanStart(NatoRound);

        readiness.CanStart.Should().Be(Truth.Yes);
        readiness.Reason.Should().Be("clear: the round 'Russia–United States talks' was held (2022-01-10 09:00 Europe/Zurich)");
    }

    [Fact]
    public void CanStart_WhenTheBilateralRoundIsOnlyKnownToHaveBeenHeldEarlyInJanuary_IsUndetermined()
    {
        // Given the bilateral round is reported held "early in January", and the NATO round is planned for "January"
        var eleventh = new LocalDate(2022, 1, 11);
        var negotiation = Record(Case, [new RoundHeld { Round = BilateralRound, Occurred = DateWindow.EarlyIn(new YearMonth(2022, 1)), Recorded = At(2022, 1, 11, 12), Source = Reuters(eleventh) }]);

        // Then whether the NATO round can start is undetermined, and the reason says the times are too approximate
        var readiness = negotiation.CanStart(NatoRound);
        readiness.CanStart.Should().Be(Truth.Undetermined);
        readiness.Reason.Should().Be("undetermined: the round 'Russia–United States talks' was held (early January 2022); "
            + "it is undetermined whether that is before this round (January 2022)");

        // And as of 5 January the holding is not yet certain: blocked
        negotiation.AsOf(new LocalDate(2022, 1, 5)).CanStart(NatoRound).CanStart.Should().Be(Truth.No);
    }

    [Fact]
    public void Readiness_EveryRound_AgreesWithCanStart()
    {
        var negotiation = Case.AsOf(ArticleDay);
        negotiation.Readiness().Select(r => (r.Round, r.CanStart, r.Reason)).Should().Equal(
            negotiation.Rounds.Keys.Select(id => negotiation.CanStart(id)).Select(r => (r.Round, r.CanStart, r.Reason)));
    }

    [Fact]
    public void Readiness_RoundsGuardedByDevelopments_EachAnswersAsItsOwnEvaluation()
    {
        // Given an invasion of Ukraine on 24 February 2022, and rounds before and after it that must not follow one,
        // and a round that needs a recognition, which never happened
        static Round Guarded(string id, Moment planned, Precondition precondition) =>
            new(new RoundId(id), RoundFormat.Bilateral, [TestWorld.Russia, TestWorld.UnitedStates], planned) { Precondition = precondition };
        var noInvasion = !Precondition.DevelopmentOccurred(DevelopmentKind.Invasion, TestWorld.Ukraine);
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.DevelopmentOccurred(
                new Development(new DevelopmentId("invasion"), DevelopmentKind.Invasion, "Russia invades Ukraine") { Actors = [TestWorld.Russia], Targets = [TestWorld.Ukraine] },
                new LocalDate(2022, 2, 24)),
            Given.RoundPlanned(Guarded("before", DateWindow.In(new YearMonth(2022, 1)), noInvasion)),
            Given.RoundPlanned(Guarded("after", DateWindow.In(new YearMonth(2022, 3)), noInvasion)),
            Given.RoundPlanned(Guarded("recognised", DateWindow.In(new YearMonth(2022, 3)), Precondition.DevelopmentOccurred(DevelopmentKind.Recognition))));

        // When every round is asked at once (the developments are looked up once for all of them)
        var readiness = negotiation.Readiness();

        // Then each answer is the one its own evaluation gives, reasons included
        readiness.Select(r => (r.Round.Value, r.CanStart)).Should().Equal(("after", Truth.No), ("before", Truth.Yes), ("recognised", Truth.No));
        readiness.Select(r => r.Conditions).Should().Equal(readiness.Select(r => negotiation.Rounds[r.Round].Precondition!.Evaluate(negotiation, negotiation.Rounds[r.Round])));
        readiness[0].Reason.Should().Be("blocked: this holds, and must not");
        readiness[0].Conditions!.Because.Single().Reason.Should().Be("a development of kind Invasion concerning Ukraine has happened: Russia invades Ukraine (24 February 2022)");
        readiness[2].Reason.Should().Be("blocked: no development of kind Recognition has happened before the round (March 2022)");
    }

    [Fact]
    public void CanStart_ACancelledRound_IsNotMet()
    {
        var day = new LocalDate(2021, 12, 23);
        var negotiation = Record(Case, [new RoundCancelled { Round = NatoRound, Reason = "NATO declined.", Occurred = day, Recorded = At(2021, 12, 23, 12), Source = Reuters(day) }]);

        negotiation.CanStart(NatoRound).Reason.Should().Be("cancelled: NATO declined.");
        negotiation.OrderOfRounds().Steps.SelectMany(s => s.Rounds).Should().Equal(BilateralRound);
    }

    [Fact]
    public void CanStart_APreconditionBuiltFromSharedParts_EvaluatesEachSharedPartOnce()
    {
        // Given a precondition that reuses its parts: sixteen levels of "p & p" over "the bilateral round held", a tree
        // of 65,536 leaves but only seventeen distinct parts
        var shared = Precondition.RoundHeld(BilateralRound);
        for (var level = 0; level < 16; level++)
        {
            shared &= shared;
        }

        var guarded = new RoundId("ru-osce-2022-01");
        var negotiation = Record(WithSequel,
        [
            new RoundPlanned
            {
                Round = new Round(guarded, RoundFormat.Bilateral, [Russia, France], DateWindow.LateIn(new YearMonth(2022, 1))) { Precondition = shared },
                Occurred = ArticleDay,
                Recorded = At(2022, 1, 11, 12),
                Source = Reuters(ArticleDay),
            },
        ]);

        // Then the answer is the precondition's own, and each shared part was evaluated once: its answer is one object
        var readiness = negotiation.CanStart(guarded);
        readiness.CanStart.Should().Be(Truth.Yes);
        readiness.Conditions.Should().Be(shared.Evaluate(negotiation, negotiation.Rounds[guarded]));
        readiness.Conditions!.Because[0].Should().BeSameAs(readiness.Conditions.Because[1]);
        readiness.Reason.Should().Be("clear: the round 'Russia–United States talks' was held (2022-01-10 09:00 Europe/Zurich)");
    }

    [Fact]
    public void OrderOfRounds_TheSeed_PutsTheBilateralRoundFirst()
    {
        var order = Case.OrderOfRounds();

        order.Steps.Select(s => s.Rounds.Single()).Should().Equal(BilateralRound, NatoRound);
        order.Steps.Should().OnlyContain(s => s.IsOrdered);
        order.Cyclic.Should().BeEmpty();
        order.Precedes(BilateralRound, NatoRound).Should().Be(Truth.Yes);
        order.Precedes(NatoRound, BilateralRound).Should().Be(Truth.No);
        order.ToString().Should().Be("1. ru-us-2022-01" + Environment.NewLine + "2. ru-nato-2022-01");
    }

    [Fact]
    public void OrderOfRounds_RoundsNoPreconditionOrders_ShareAStepAndTheirOrderIsUndetermined()
    {
        // Given a Russia–France contact planned for "January", with no precondition
        var contact = new RoundId("ru-fr-2022-01");
        var negotiation = Record(Case, [new RoundPlanned { Round = new Round(contact, RoundFormat.Bilateral, [Russia, France], DateWindow.In(new YearMonth(2022, 1))), Occurred = ArticleDay, Recorded = At(2021, 12, 22, 19), Source = Reuters(ArticleDay) }]);

        var order = negotiation.OrderOfRounds();
        order.Steps[0].Rounds.Should().Equal(BilateralRound, contact);
        order.Steps[0].IsOrdered.Should().BeFalse();
        order.Steps[0].ToString().Should().EndWith("(order undetermined)");
        order.Precedes(BilateralRound, contact).Should().Be(Truth.Undetermined, "early January is neither surely before nor surely after January");
        order.Precedes(BilateralRound, NatoRound).Should().Be(Truth.Yes);
    }

    [Fact]
    public void BrokenCommitments_TheSeed_ReportsTheRussiaUsRoundWithoutTheEu()
    {
        var breaches = Case.AsOf(ArticleDay).BrokenCommitments();
        breaches.Select(b => b.Round).Should().Equal(NatoRound, BilateralRound);
        var breach = breaches[1];

        breach.Round.Should().Be(BilateralRound);
        breach.Commitment.Should().Be(EuParticipation);
        breach.Reason.Should().StartWith("the round 'Russia–United States talks' discusses European security without European Union");
        Case.AsOf(December16).BrokenCommitments().Should().BeEmpty();
    }

    [Fact]
    public void RoundsIn_12JanuaryInBrusselsTime_IsTheNatoRussiaCouncil()
    {
        var day = new LocalDate(2022, 1, 12);
        var found = WithSequel.RoundsIn(new DateInterval(day, day), "Europe/Brussels").Should().ContainSingle().Subject;

        found.Round.Id.Should().Be(NatoRound);
        found.Within.Should().Be(Truth.Yes);
        found.Reason.Should().Be("the round 'Russia–NATO talks' is planned for 2022-01-12 10:00 Europe/Brussels, on 12 January 2022 (Europe/Brussels)");
    }

    [Fact]
    public void RoundsIn_CalendarDays_DependOnTheZone()
    {
        // The Geneva round started at 09:00 in Zurich: 03:00 in New York and 17:00 in Tokyo on the 10th, 22:00 on the 9th in Hawaii
        var tenth = new DateInterval(new LocalDate(2022, 1, 10), new LocalDate(2022, 1, 10));
        var ninth = new DateInterval(new LocalDate(2022, 1, 9), new LocalDate(2022, 1, 9));
        WithSequel.RoundsIn(tenth, "America/New_York").Select(r => r.Round.Id).Should().Equal(BilateralRound);
        WithSequel.RoundsIn(tenth, "Asia/Tokyo").Select(r => r.Round.Id).Should().Equal(BilateralRound);
        WithSequel.RoundsIn(ninth, "Pacific/Honolulu").Should().ContainSingle().Which.Round.Id.Should().Be(BilateralRound);
        WithSequel.RoundsIn(tenth, "Europe/Zurich", UnitedStates).Select(r => r.Round.Id).Should().Equal(BilateralRound);
        WithSequel.RoundsIn(tenth, "Europe/Zurich", Nato).Should().BeEmpty();
    }

    [Fact]
    public void RoundsIn_ADayOfEarlyJanuaryAsOf22December_IsUndeterminedForBothRounds()
    {
        var day = new LocalDate(2022, 1, 5);
        var found = Case.AsOf(ArticleDay).RoundsIn(new DateInterval(day, day), "Europe/Brussels");

        found.Select(r => (r.Round.Id, r.Within)).Should().Equal((NatoRound, Truth.Undetermined), (BilateralRound, Truth.Undetermined));
        found[1].Reason.Should().Be("the round 'Russia–United States talks' is planned for early January 2022, which may or may not fall on 5 January 2022 (Europe/Brussels): the time is approximate");
    }

    [Fact]
    public void RoundsIn_AnExactPeriod_UsesInstants()
    {
        var tenth = new Interval(Instant.FromUtc(2022, 1, 10, 0, 0), Instant.FromUtc(2022, 1, 11, 0, 0));
        WithSequel.RoundsIn(tenth).Select(r => (r.Round.Id, r.Within)).Should().Equal((BilateralRound, Truth.Yes));
        FluentActions.Invoking(() => Case.RoundsIn(new Interval(null, Instant.FromUtc(2022, 1, 1, 0, 0)))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Case.RoundsIn(new DateInterval(ArticleDay, ArticleDay), "Mars/Olympus")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void RoundsOf_Russia_AreBothRoundsByStart() =>
        Case.RoundsOf(Russia).Select(r => r.Id).Should().Equal(NatoRound, BilateralRound);
}
