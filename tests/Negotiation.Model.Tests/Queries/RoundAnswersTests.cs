using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Queries;

/// <summary>Which rounds fall in a period at its very edges, what the answers say, and the order rounds must come in
/// when one requires another through a third.</summary>
public sealed class RoundAnswersTests
{
    private static readonly LocalDate Tenth = new(2022, 1, 10);
    private static readonly Venue Geneva = new("Geneva, US mission", "Europe/Zurich");

    private static NegotiationCase WithBilateral(Moment planned, Venue? venue = null) =>
        TestWorld.Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral(planned) with { Venue = venue }, new LocalDate(2021, 12, 1)));

    private static Interval Utc(LocalDate first, LocalDate afterLast) =>
        new(first.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), afterLast.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());

    [Fact]
    public void RoundsIn_TheDayOfARoundKnownToTheDay_InItsVenuesZone_HasItCertainly()
    {
        var negotiation = WithBilateral(Moment.On(Tenth), Geneva);

        var found = negotiation.RoundsIn(new DateInterval(Tenth, Tenth), "Europe/Zurich").Should().ContainSingle().Subject;

        found.Within.Should().Be(Truth.Yes);
        found.Reason.Should().EndWith(" is planned for 10 January 2022, on 10 January 2022 (Europe/Zurich)");
    }

    [Fact]
    public void RoundsIn_SeveralDays_SaysFromWhichDayToWhich()
    {
        var negotiation = WithBilateral(Moment.On(Tenth), Geneva);

        negotiation.RoundsIn(new DateInterval(Tenth.PlusDays(-1), Tenth.PlusDays(1)), "Europe/Zurich").Should().ContainSingle()
            .Which.ToString().Should().EndWith(" is planned for 10 January 2022, from 9 January 2022 to 11 January 2022 (Europe/Zurich)");
    }

    [Fact]
    public void RoundsIn_AHeldRound_SaysItWasHeld()
    {
        var negotiation = WithBilateral(Moment.On(Tenth), Geneva).ShouldAccept(Given.RoundHeld(TestWorld.BilateralId, Moment.On(Tenth)));

        negotiation.RoundsIn(new DateInterval(Tenth, Tenth), "Europe/Zurich").Should().ContainSingle()
            .Which.Reason.Should().EndWith(" was held 10 January 2022, on 10 January 2022 (Europe/Zurich)");
    }

    [Fact]
    public void RoundsIn_ARoundStartingAtTheFirstInstant_IsIn()
    {
        var negotiation = WithBilateral(Moment.At(Instant.FromUtc(2022, 1, 10, 0, 0)));

        negotiation.RoundsIn(Utc(Tenth, Tenth.PlusDays(1))).Should().ContainSingle().Which.Within.Should().Be(Truth.Yes);
    }

    [Fact]
    public void RoundsIn_ARoundStartingAtTheLastInstant_IsIn()
    {
        var end = Utc(Tenth, Tenth.PlusDays(1)).End;
        var negotiation = WithBilateral(Moment.At(end - Duration.Epsilon));

        negotiation.RoundsIn(Utc(Tenth, Tenth.PlusDays(1))).Should().ContainSingle().Which.Within.Should().Be(Truth.Yes);
    }

    [Fact]
    public void RoundsIn_ARoundStartingWhenThePeriodEnds_IsNotIn()
    {
        // The period is half-open: midnight after the 10th belongs to the 11th
        var negotiation = WithBilateral(Moment.At(Instant.FromUtc(2022, 1, 11, 0, 0)));

        negotiation.RoundsIn(Utc(Tenth, Tenth.PlusDays(1))).Should().BeEmpty();
        negotiation.RoundsIn(new DateInterval(Tenth, Tenth), "Etc/UTC").Should().BeEmpty();
        negotiation.RoundsIn(new DateInterval(Tenth.PlusDays(1), Tenth.PlusDays(1)), "Etc/UTC").Should().ContainSingle();
    }

    [Fact]
    public void RoundsIn_ARoundHeldTheNextDay_IsNotIn()
    {
        // Held from noon to six on the 11th, asked about the 10th
        var negotiation = WithBilateral(Moment.At(Instant.FromUtc(2022, 1, 11, 12, 0)))
            .ShouldAccept(Given.RoundHeld(TestWorld.BilateralId, Moment.At(Instant.FromUtc(2022, 1, 11, 12, 0)), Moment.At(Instant.FromUtc(2022, 1, 11, 18, 0))));

        negotiation.RoundsIn(Utc(Tenth, Tenth.PlusDays(1))).Should().BeEmpty();
    }

    [Fact]
    public void RoundsIn_AnOpenEndedPeriod_ThrowsSayingWhatToGive() =>
        FluentActions.Invoking(() => TestWorld.Case.RoundsIn(new Interval(Instant.FromUtc(2022, 1, 1, 0, 0), null)))
            .Should().Throw<ArgumentException>().WithMessage("The period is open-ended; give an interval with a start and an end.*")
            .Which.ParamName.Should().Be("window");

    [Fact]
    public void RoundsIn_AnUnknownZone_ThrowsNamingIt() =>
        FluentActions.Invoking(() => TestWorld.Case.RoundsIn(new DateInterval(Tenth, Tenth), "Europe/Atlantis"))
            .Should().Throw<ArgumentException>().WithMessage("'Europe/Atlantis' is not a tz database zone id; use one such as 'Europe/Brussels'.*")
            .Which.ParamName.Should().Be("zoneId");

    [Fact]
    public void CanStart_AHeldRound_SaysWhenItStartedAndNothingElse()
    {
        var negotiation = WithBilateral(Moment.On(Tenth), Geneva).ShouldAccept(Given.RoundHeld(TestWorld.BilateralId, Moment.On(Tenth)));

        var readiness = negotiation.CanStart(TestWorld.BilateralId);

        readiness.Reason.Should().Be("held: it started 10 January 2022");
        readiness.ToString().Should().Be("held: it started 10 January 2022");
    }

    [Fact]
    public void CanStart_ToString_GivesTheReasonThenTheTreeOfConditions()
    {
        var negotiation = WithBilateral(TestWorld.EarlyJanuary).ShouldAccept(Given.RoundPlanned(TestWorld.NatoRound(), new LocalDate(2021, 12, 1)));

        var readiness = negotiation.CanStart(TestWorld.NatoRoundId);

        readiness.ToString().Should().Be(readiness.Reason + Environment.NewLine + readiness.Conditions);
        readiness.Reason.Should().StartWith("blocked: ");
    }

    [Fact]
    public void CanStart_TwoUnmetConditions_GivesBothReasons()
    {
        // Given the NATO round requires the bilateral round held and, as well, NATO's answer to a Russian demand
        var nato = TestWorld.NatoRound() with { Precondition = Precondition.RoundHeld(TestWorld.BilateralId) & Precondition.DemandAnswered(new DemandId("d1"), TestWorld.Nato) };
        var negotiation = WithBilateral(TestWorld.EarlyJanuary)
            .ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d1"), new LocalDate(2021, 12, 1)))
            .ShouldAccept(Given.RoundPlanned(nato, new LocalDate(2021, 12, 1)));

        var readiness = negotiation.CanStart(TestWorld.NatoRoundId);

        readiness.Reason.Should().StartWith("blocked: ").And.Contain("; and ");
        readiness.Reason.Split("; and ").Should().HaveCount(2);
    }

    [Fact]
    public void OrderOfRounds_ThroughARoundBetween_PutsTheFirstBeforeTheLast()
    {
        // Given a third round, planned for January like the others (so their dates cannot order them), that requires the
        // NATO round, which requires the bilateral round
        var third = new Round(new RoundId("ru-us-2022-01b"), RoundFormat.Bilateral, [TestWorld.Russia, TestWorld.UnitedStates], TestWorld.January)
        {
            Precondition = Precondition.RoundHeld(TestWorld.NatoRoundId),
        };
        var (negotiation, _) = WithBilateral(TestWorld.EarlyJanuary)
            .ShouldAccept(Given.RoundPlanned(TestWorld.NatoRound(), new LocalDate(2021, 12, 1)))
            .ShouldAcceptWithWarning(Given.RoundPlanned(third, new LocalDate(2021, 12, 1)), ErrorCodes.PlannedPossiblyBeforeRequiredRound, "Rounds[ru-us-2022-01b].Planned");

        var order = negotiation.OrderOfRounds();

        order.Precedes(TestWorld.BilateralId, third.Id).Should().Be(Truth.Yes, "the third round cannot start before the bilateral one is held");
        order.Precedes(third.Id, TestWorld.BilateralId).Should().Be(Truth.No);
        order.Precedes(third.Id, third.Id).Should().Be(Truth.No, "a round does not come before itself");
    }

    [Fact]
    public void RoundsIn_AnInterval_SaysBetweenWhichInstants()
    {
        var negotiation = WithBilateral(Moment.At(Instant.FromUtc(2022, 1, 10, 9, 0)));

        negotiation.RoundsIn(Utc(Tenth, Tenth.PlusDays(1))).Should().ContainSingle()
            .Which.Reason.Should().EndWith(" is planned for 2022-01-10T09:00:00Z, between 2022-01-10T00:00:00Z and 2022-01-11T00:00:00Z");
    }
}
