using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Facts;

/// <summary>What every fact carries (when it happened, when it was recorded, the source) and the checks the case makes
/// of those, whatever the kind of fact.</summary>
public sealed class FactTests
{
    private static readonly State Moldova = new(new PartyId("moldova"), "Moldova", "MD");

    [Fact]
    public void With_NullSource_ThrowsArgumentNullException()
    {
        var act = () => Given.PartyRegistered(Moldova) with { Source = null! };

        act.Should().Throw<ArgumentNullException>().WithParameterName("Source");
    }

    [Fact]
    public void Equality_ByValueIncludingTimesAndSource()
    {
        var held = Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva);

        EqualityAssertions.AssertValueEquality<Fact>(
            held,
            Given.RoundHeld(new RoundId("ru-us-2022-01"), Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich")),
            held with { Occurred = new LocalDate(2022, 1, 10) },
            held with { Recorded = held.Recorded + Duration.FromSeconds(1) },
            held with { Source = new Source("TASS", new LocalDate(2022, 1, 10)) },
            held with { Ended = TestWorld.Geneva },
            Given.RoundAgreed(TestWorld.BilateralId, TestWorld.Geneva));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Record_BlankOutlet_FailsWithSourceRequired(string outlet) =>
        TestWorld.Case.ShouldRefuse(Given.PartyRegistered(Moldova) with { Source = new Source(outlet, TestWorld.WorldDay) }, ErrorCodes.SourceRequired, "Source.Outlet");

    [Fact]
    public void Record_RecordedOnADayBeforeItHappened_FailsWithRecordedBeforeOccurred() =>
        TestWorld.Case.ShouldRefuse(
            Given.PartyRegistered(Moldova, TestWorld.ArticleDay).RecordedAt(Instant.FromUtc(2021, 12, 21, 12, 0)),
            ErrorCodes.RecordedBeforeOccurred,
            "Recorded");

    [Fact]
    public void Record_RecordedWhileAnApproximateTimeMayStillBeRunning_IsAccepted() =>
        // "Last week" (13 to 19 December) may have ended by 15 December.
        TestWorld.Case.ShouldAccept(Given.PartyRegistered(Moldova, DateWindow.LastWeek(TestWorld.ArticleDay)).RecordedAt(Instant.FromUtc(2021, 12, 15, 12, 0)));

    [Fact]
    public void Record_RecordedBeforeAnApproximateTimeBegins_FailsWithRecordedBeforeOccurred() =>
        TestWorld.Case.ShouldRefuse(
            Given.PartyRegistered(Moldova, DateWindow.LastWeek(TestWorld.ArticleDay)).RecordedAt(Instant.FromUtc(2021, 12, 12, 12, 0)),
            ErrorCodes.RecordedBeforeOccurred,
            "Recorded");

    [Fact]
    public void Record_RecordedHoursBeforeAnExactTimeOnTheSameDay_FailsWithRecordedBeforeOccurred() =>
        TestWorld.Case.ShouldRefuse(
            Given.PartyRegistered(Moldova, Moment.At(Instant.FromUtc(2021, 12, 22, 18, 0))).RecordedAt(Instant.FromUtc(2021, 12, 22, 9, 0)),
            ErrorCodes.RecordedBeforeOccurred,
            "Recorded");

    [Fact]
    public void Record_ZonedTimeRecordedAfterItsInstantButOnTheEarlierUtcDay_IsAccepted() =>
        // 00:30 in Tokyo on 10 January is 15:30 UTC on 9 January; recorded half an hour later.
        TestWorld.Case.ShouldAccept(
            Given.PartyRegistered(Moldova, Moment.InZone(new LocalDateTime(2022, 1, 10, 0, 30), "Asia/Tokyo")).RecordedAt(Instant.FromUtc(2022, 1, 9, 16, 0)));

    [Fact]
    public void Record_ReportDatedBeforeItHappened_FailsWithReportedBeforeOccurred() =>
        TestWorld.Case.ShouldRefuse(
            Given.PartyRegistered(Moldova, TestWorld.ArticleDay) with { Source = new Source("Reuters", new LocalDate(2021, 12, 21)) },
            ErrorCodes.ReportedBeforeOccurred,
            "Source.ReportedOn");

    [Fact]
    public void Record_ProblemsWithTheEntryAndTheFact_ReportsBoth() =>
        TestWorld.Case.ShouldRefuseWith(
            Given.PartyRegistered(Moldova with { IsoCode = "mda" }) with { Source = new Source(" ", TestWorld.WorldDay) },
            (ErrorCodes.SourceRequired, "Source.Outlet"),
            (ErrorCodes.InvalidIsoCode, "Parties[moldova].IsoCode"));
}
