using NodaTime;

namespace Negotiation.Model.Testing.Tests;

public sealed class ScenarioTests
{
    private static readonly LocalDate Day = new(2021, 12, 22);

    private static readonly Scenario Given = Scenario.Of("talks", reportedOn: Day)
        .StartingOn(new LocalDate(2021, 12, 1))
        .State("russia", "Russia", "RU")
        .State("united-states", "United States", "US")
        .Round("ru-us", RoundFormat.Bilateral, ["russia", "united-states"], DateWindow.EarlyIn(new YearMonth(2022, 1)), agreedOn: Day);

    [Fact]
    public void Build_ValidStory_RecordsEveryFactWithTheDefaults()
    {
        var talks = Given.Build();

        talks.Version.Should().Be(3);
        talks.Log.Should().OnlyContain(f => f.Source.Outlet == "News report" && f.Recorded == Instant.FromUtc(2021, 12, 22, 18, 0));
        talks.Log[0].Occurred.Should().Be(Moment.On(new LocalDate(2021, 12, 1)), "parties exist from the day the world starts");
        talks.Rounds[new RoundId("ru-us")].Status.Should().Be(RoundStatus.Agreed);
    }

    [Fact]
    public void Build_RefusedStep_ThrowsNamingTheStepAndTheReason()
    {
        var story = Given.CancelRound("ru-us", "The sides fell out.", new LocalDate(2021, 12, 23))
            .HoldRound("ru-us", new LocalDate(2022, 1, 10));

        var build = story.Invoking(s => s.Build());

        build.Should().Throw<InvalidOperationException>()
            .WithMessage("Step 5 of the scenario 'talks' was refused (round ru-us held (10 January 2022)):*NM5009*cancelled*");
    }

    [Fact]
    public void Try_RefusedStep_ReturnsTheFailureInsteadOfThrowing()
    {
        var result = Given.HoldRound("ru-us", new LocalDate(2021, 12, 1)).Then(new RoundCancelled
        {
            Round = new RoundId("ru-us"),
            Reason = "Too late.",
            Occurred = new LocalDate(2022, 1, 2),
            Recorded = Instant.FromUtc(2022, 1, 2, 0, 0),
            Source = new Source("Wire", new LocalDate(2022, 1, 2)),
        }).Try();

        result.Succeeded.Should().BeFalse();
        result.Errors.Select(e => e.ErrorCode).Should().Contain(ErrorCodes.IllegalStatusChange);
    }

    [Fact]
    public void Then_FactWithTheDefaultsHappeningAfterTheReport_IsReportedAndRecordedOnItsDay()
    {
        var cancelled = new LocalDate(2022, 1, 5);

        var talks = Given.Then(new RoundCancelled
        {
            Round = new RoundId("ru-us"),
            Reason = "The sides fell out.",
            Occurred = cancelled,
            Recorded = Given.RecordedAt,
            Source = Given.Source,
        }).Build();

        talks.Rounds[new RoundId("ru-us")].Status.Should().Be(RoundStatus.Cancelled);
        talks.Log[^1].Source.Should().Be(new Source("News report", cancelled));
        talks.Log[^1].Recorded.Should().Be(Instant.FromUtc(2022, 1, 5, 18, 0), "as the shortcut CancelRound would record it");
    }

    [Fact]
    public void Then_FactWithItsOwnSource_KeepsItsSourceAndRecordTime()
    {
        var wire = new Source("Wire", new LocalDate(2022, 1, 6));
        var recorded = Instant.FromUtc(2022, 1, 7, 9, 0);

        var talks = Given.Then(new RoundCancelled
        {
            Round = new RoundId("ru-us"),
            Reason = "The sides fell out.",
            Occurred = new LocalDate(2022, 1, 5),
            Recorded = recorded,
            Source = wire,
        }).Build();

        talks.Log[^1].Source.Should().Be(wire);
        talks.Log[^1].Recorded.Should().Be(recorded);
    }

    [Fact]
    public void Demand_SeveralAddressees_AddressesEachInOrder()
    {
        var talks = Given.Organisation("nato", "NATO", OrganisationKind.Alliance)
            .Demand("no-expansion", by: "russia", of: ["united-states", "nato"], "Stop the alliance's eastward expansion.", tabled: Day)
            .Build();

        talks.Demands[new DemandId("no-expansion")].Addressees.Should().Equal(new PartyId("united-states"), new PartyId("nato"));
    }

    [Fact]
    public void Round_AfterSeveralRounds_IsBlockedUntilEachIsHeld()
    {
        var twoFirst = Given
            .Round("ru-us-2", RoundFormat.Bilateral, ["russia", "united-states"], DateWindow.EarlyIn(new YearMonth(2022, 1)), agreedOn: Day)
            .Round("ru-us-3", RoundFormat.Bilateral, ["russia", "united-states"], DateWindow.In(new YearMonth(2022, 2)), agreedOn: Day, after: ["ru-us", "ru-us-2"]);

        var oneHeld = twoFirst.HoldRound("ru-us", new LocalDate(2022, 1, 10)).Build();
        var bothHeld = twoFirst.HoldRound("ru-us", new LocalDate(2022, 1, 10)).HoldRound("ru-us-2", new LocalDate(2022, 1, 12)).Build();

        oneHeld.CanStart(new RoundId("ru-us-3")).CanStart.Should().Be(Truth.No);
        oneHeld.CanStart(new RoundId("ru-us-3")).Reason.Should().Contain("ru-us-2");
        bothHeld.CanStart(new RoundId("ru-us-3")).CanStart.Should().Be(Truth.Yes);
    }

    [Fact]
    public void Scenario_EachCallReturnsANewBuilder_SoGivensCanBeBranched()
    {
        var held = Given.HoldRound("ru-us", new LocalDate(2022, 1, 10));
        var cancelled = Given.CancelRound("ru-us", "The sides fell out.", new LocalDate(2022, 1, 5));

        Given.Facts.Should().HaveCount(3);
        held.Build().Rounds[new RoundId("ru-us")].Status.Should().Be(RoundStatus.Held);
        cancelled.Build().Rounds[new RoundId("ru-us")].Status.Should().Be(RoundStatus.Cancelled);
    }

    [Fact]
    public void Says_AboutAnUnknownId_ThrowsNamingIt()
    {
        var act = () => Given.Says("s", "russia", StatementKind.Rejection, "No.", Day, about: ["nothing-like-this"]);

        act.Should().Throw<ArgumentException>().WithMessage("'nothing-like-this' is not a demand, document, statement, round, topic or party*");
    }

    [Fact]
    public void Says_AboutADocument_ResolvesTheIdToTheDocument()
    {
        var talks = Given
            .Document("draft", DocumentKind.DraftTreaty, "Draft", by: "russia", to: "united-states", presented: new LocalDate(2021, 12, 15), ("1", "Text."))
            .Says("no", "united-states", StatementKind.Rejection, "Unacceptable.", Day, about: ["draft"])
            .Build();

        talks.PositionOf(new PartyId("united-states"), SubjectRef.Document(new DocumentId("draft")))!.Stance.Should().Be(Stance.Rejects);
    }

    [Fact]
    public void ReportedBy_ChangesTheSourceAndRecordTimeOfLaterFacts()
    {
        var later = Given.ReportedBy("Wire", new LocalDate(2022, 1, 11)).HoldRound("ru-us", new LocalDate(2022, 1, 10));

        var fact = later.Facts[^1];

        fact.Source.Should().Be(new Source("Wire", new LocalDate(2022, 1, 11)));
        fact.Recorded.Should().Be(Instant.FromUtc(2022, 1, 11, 18, 0));
    }
}
