using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Time;

/// <summary>A period given in another calendar is the same days as in ISO: a query over it answers as over those days.</summary>
public sealed class IsoDatesTests
{
    // 19 December 2021 to 19 January 2022 in the Julian calendar are 1 January to 1 February 2022 (ISO).
    private static readonly DateInterval JulianJanuary =
        new(new LocalDate(2021, 12, 19, CalendarSystem.Julian), new LocalDate(2022, 1, 19, CalendarSystem.Julian));

    [Fact]
    public void RoundsIn_JulianPeriod_FindsTheRoundsOfTheSameDays()
    {
        var planned = TestWorld.Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral()));

        var rounds = planned.RoundsIn(JulianJanuary, "Europe/Zurich");

        rounds.Should().ContainSingle();
        rounds.Select(r => r.ToString()).Should().Equal(
            planned.RoundsIn(new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 2, 1)), "Europe/Zurich").Select(r => r.ToString()));
    }

    [Fact]
    public void Iso_JulianPeriod_IsTheSameDaysInIso()
    {
        var days = IsoDates.Iso(JulianJanuary);

        days.Start.Should().Be(new LocalDate(2022, 1, 1));
        days.End.Should().Be(new LocalDate(2022, 2, 1));
    }
}
