using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Time;

public sealed class MomentTests
{
    private static readonly Instant TenJanuaryEight = Instant.FromUtc(2022, 1, 10, 8, 0);

    [Fact]
    public void At_Instant_IsExactOnItsUtcDay()
    {
        var moment = Moment.At(TenJanuaryEight);

        moment.Kind.Should().Be(MomentKind.Exact);
        moment.IsPrecise.Should().BeTrue();
        moment.Instant.Should().Be(TenJanuaryEight);
        moment.LocalDateTime.Should().BeNull();
        moment.ZoneId.Should().BeNull();
        moment.Window.Should().Be(DateWindow.On(new LocalDate(2022, 1, 10)));
        moment.ToString().Should().Be("2022-01-10T08:00:00Z");
    }

    [Fact]
    public void At_LateEveningUtc_FallsOnItsUtcDay() =>
        Moment.At(Instant.FromUtc(2021, 12, 21, 23, 30)).Window.Should().Be(DateWindow.On(new LocalDate(2021, 12, 21)));

    [Fact]
    public void InZone_GenevaMorning_KeepsLocalTimeAndZoneAndResolvesTheInstant()
    {
        var moment = Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich");

        moment.Kind.Should().Be(MomentKind.Zoned);
        moment.IsPrecise.Should().BeTrue();
        moment.Instant.Should().Be(TenJanuaryEight);
        moment.LocalDateTime.Should().Be(new LocalDateTime(2022, 1, 10, 9, 0));
        moment.ZoneId.Should().Be("Europe/Zurich");
        moment.Window.Should().Be(DateWindow.On(new LocalDate(2022, 1, 10)));
        moment.ToString().Should().Be("2022-01-10 09:00 Europe/Zurich");
    }

    [Fact]
    public void InZone_TokyoJustAfterMidnight_FallsOnTheLocalDayNotTheUtcDay()
    {
        var moment = Moment.InZone(new LocalDateTime(2022, 1, 10, 0, 30), "Asia/Tokyo");

        moment.Instant.Should().Be(Instant.FromUtc(2022, 1, 9, 15, 30));
        moment.EarliestDate.Should().Be(new LocalDate(2022, 1, 10));
    }

    [Fact]
    public void InZone_TimeSkippedByDaylightSaving_ShiftsForwardByTheGap()
    {
        // 02:30 does not exist in Zurich on 27 March 2022: clocks jump from 02:00 to 03:00.
        var moment = Moment.InZone(new LocalDateTime(2022, 3, 27, 2, 30), "Europe/Zurich");

        moment.Instant.Should().Be(Instant.FromUtc(2022, 3, 27, 1, 30));
        moment.LocalDateTime.Should().Be(new LocalDateTime(2022, 3, 27, 2, 30));
    }

    [Fact]
    public void InZone_UnknownZone_ThrowsNamingTheZone()
    {
        var act = () => Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Geneva");

        act.Should().Throw<ArgumentException>().WithParameterName("zoneId").WithMessage("*'Europe/Geneva'*Europe/Zurich*");
    }

    [Fact]
    public void InZone_NullZone_ThrowsArgumentNullException()
    {
        var act = () => Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("zoneId");
    }

    [Fact]
    public void Within_Window_IsApproximateWithoutInstant()
    {
        var moment = Moment.Within(TestWorld.EarlyJanuary);

        moment.Kind.Should().Be(MomentKind.Approximate);
        moment.IsPrecise.Should().BeFalse();
        moment.Instant.Should().BeNull();
        moment.LocalDateTime.Should().BeNull();
        moment.ZoneId.Should().BeNull();
        moment.Window.Should().Be(TestWorld.EarlyJanuary);
        moment.EarliestDate.Should().Be(new LocalDate(2022, 1, 1));
        moment.LatestDate.Should().Be(new LocalDate(2022, 1, 10));
        moment.ToString().Should().Be("early January 2022");
    }

    [Fact]
    public void On_Day_IsAnApproximateSingleDay()
    {
        var moment = Moment.On(TestWorld.ArticleDay);

        moment.Should().Be(Moment.Within(DateWindow.On(TestWorld.ArticleDay)));
        moment.Kind.Should().Be(MomentKind.Approximate);
        moment.ToString().Should().Be("22 December 2021");
    }

    [Fact]
    public void Conversions_ImplicitAndNamed_GiveTheSameMoments()
    {
        Moment fromWindow = TestWorld.EarlyJanuary;
        Moment fromInstant = TenJanuaryEight;
        Moment fromDate = TestWorld.ArticleDay;

        fromWindow.Should().Be(Moment.FromDateWindow(TestWorld.EarlyJanuary)).And.Be(Moment.Within(TestWorld.EarlyJanuary));
        fromInstant.Should().Be(Moment.FromInstant(TenJanuaryEight)).And.Be(Moment.At(TenJanuaryEight));
        fromDate.Should().Be(Moment.FromLocalDate(TestWorld.ArticleDay)).And.Be(Moment.On(TestWorld.ArticleDay));
    }

    public static TheoryData<Moment, Moment, Truth> BeforeCases => new()
    {
        { Moment.At(TenJanuaryEight), Moment.At(TenJanuaryEight + Duration.FromHours(1)), Truth.Yes },
        { Moment.At(TenJanuaryEight + Duration.FromHours(1)), Moment.At(TenJanuaryEight), Truth.No },
        { Moment.At(TenJanuaryEight), Moment.At(TenJanuaryEight), Truth.No },
        // A zoned and an exact moment compare by instant.
        { TestWorld.Geneva, Moment.At(TenJanuaryEight + Duration.FromMinutes(30)), Truth.Yes },
        { TestWorld.Geneva, Moment.At(TenJanuaryEight), Truth.No },
        // Tokyo's 10 January 00:30 is 9 January 15:30 UTC: before 9 January 20:00 UTC although its day is later.
        { Moment.InZone(new LocalDateTime(2022, 1, 10, 0, 30), "Asia/Tokyo"), Moment.At(Instant.FromUtc(2022, 1, 9, 20, 0)), Truth.Yes },
        // A precise and an approximate moment compare by calendar days.
        { Moment.At(TenJanuaryEight), Moment.On(new LocalDate(2022, 1, 10)), Truth.Undetermined },
        { Moment.At(TenJanuaryEight), Moment.On(new LocalDate(2022, 1, 11)), Truth.Yes },
        { TestWorld.EarlyJanuary, TestWorld.January, Truth.Undetermined },
        { TestWorld.EarlyJanuary, TestWorld.Geneva, Truth.Undetermined },
        { DateWindow.LastWeek(TestWorld.ArticleDay), TestWorld.EarlyJanuary, Truth.Yes },
    };

    [Theory]
    [MemberData(nameof(BeforeCases))]
    public void IsBefore_TwoMoments_IsCertainOnlyWhenTheFactsSettleIt(Moment first, Moment second, Truth expected)
    {
        first.IsBefore(second).Should().Be(expected);
        second.IsAfter(first).Should().Be(expected);
    }

    [Theory]
    [InlineData(9, "no")]
    [InlineData(10, "yes")]
    public void IsOnOrBefore_PreciseMomentAndDay_ComparesItsDay(int day, string expected) =>
        Moment.At(TenJanuaryEight).IsOnOrBefore(new LocalDate(2022, 1, day)).ToString().Should().Be(expected);

    [Fact]
    public void IsOnOrBefore_ApproximateMomentAndDay_IsUndeterminedInsideTheWindow() =>
        Moment.Within(TestWorld.EarlyJanuary).IsOnOrBefore(new LocalDate(2022, 1, 5)).Should().Be(Truth.Undetermined);

    [Fact]
    public void IsOnOrBefore_PreciseMomentAndInstant_IsCertain()
    {
        var moment = Moment.At(TenJanuaryEight);

        moment.IsOnOrBefore(TenJanuaryEight).Should().Be(Truth.Yes);
        moment.IsOnOrBefore(TenJanuaryEight - Duration.Epsilon).Should().Be(Truth.No);
    }

    [Theory]
    [InlineData(2021, 12, 20, 9, 59, "no")]          // 21 December had begun nowhere yet
    [InlineData(2021, 12, 20, 10, 0, "undetermined")] // 21 December begins at UTC+14
    [InlineData(2021, 12, 22, 11, 59, "undetermined")]
    [InlineData(2021, 12, 22, 12, 0, "yes")]          // 21 December has ended at UTC-12
    public void IsOnOrBefore_ApproximateDayAndInstant_AllowsEveryZoneOnEarth(int year, int month, int day, int hour, int minute, string expected) =>
        Moment.On(new LocalDate(2021, 12, 21)).IsOnOrBefore(Instant.FromUtc(year, month, day, hour, minute)).ToString().Should().Be(expected);

    [Fact]
    public void ToInterval_PreciseMoment_IsOneTick()
    {
        var interval = Moment.At(TenJanuaryEight).ToInterval();

        interval.Start.Should().Be(TenJanuaryEight);
        interval.End.Should().Be(TenJanuaryEight + Duration.Epsilon);
    }

    [Fact]
    public void ToInterval_ApproximateDay_RunsFromUtcPlus14ToUtcMinus12()
    {
        var interval = Moment.On(new LocalDate(2021, 12, 21)).ToInterval();

        interval.Start.Should().Be(Instant.FromUtc(2021, 12, 20, 10, 0));
        interval.End.Should().Be(Instant.FromUtc(2021, 12, 22, 12, 0));
        interval.Duration.Should().Be(Duration.FromHours(50));
    }

    [Fact]
    public void Default_IsTheApproximateFirstDayOfYearOne()
    {
        var moment = default(Moment);

        moment.Kind.Should().Be(MomentKind.Approximate);
        moment.Window.Should().Be(default(DateWindow));
        moment.Instant.Should().BeNull();
    }

    [Fact]
    public void Equality_SameKindAndStatedValues_EqualAndOtherwiseUnequal()
    {
        EqualityAssertions.AssertValueEquality(
            Moment.At(TenJanuaryEight),
            Moment.At(Instant.FromUtc(2022, 1, 10, 8, 0)),
            Moment.At(TenJanuaryEight + Duration.FromSeconds(1)),
            Moment.On(new LocalDate(2022, 1, 10)),
            TestWorld.Geneva);

        // Same instant, stated in another zone: a different statement.
        EqualityAssertions.AssertValueEquality(
            TestWorld.Geneva,
            Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich"),
            Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Berlin"),
            Moment.InZone(new LocalDateTime(2022, 1, 10, 10, 0), "Europe/Zurich"));

        EqualityAssertions.AssertValueEquality(
            Moment.Within(TestWorld.EarlyJanuary),
            Moment.Within(DateWindow.VeryBeginningOfNextYear(TestWorld.ArticleDay)),
            Moment.Within(TestWorld.January),
            default);
    }
}
