using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Time;

public sealed class DateWindowTests
{
    private static readonly YearMonth January2022 = new(2022, 1);

    [Fact]
    public void On_Day_IsThatExactDay()
    {
        var window = DateWindow.On(new LocalDate(2021, 12, 21));

        AssertWindow(window, new(2021, 12, 21), new(2021, 12, 21), DatePrecision.Day, "21 December 2021");
        window.IsExactDay.Should().BeTrue();
        window.LengthInDays.Should().Be(1);
    }

    [Theory]
    [InlineData(2021, 12, 13)] // Monday
    [InlineData(2021, 12, 15)] // Wednesday
    [InlineData(2021, 12, 19)] // Sunday
    public void WeekOf_AnyDayOfTheWeek_IsMondayToSunday(int year, int month, int day)
    {
        var window = DateWindow.WeekOf(new LocalDate(year, month, day));

        AssertWindow(window, new(2021, 12, 13), new(2021, 12, 19), DatePrecision.Week, "week of 13 December 2021");
        window.LengthInDays.Should().Be(7);
    }

    [Fact]
    public void WeekOf_WeekAcrossNewYear_SpansBothYears()
    {
        var window = DateWindow.WeekOf(new LocalDate(2022, 1, 2));

        AssertWindow(window, new(2021, 12, 27), new(2022, 1, 2), DatePrecision.Week, "week of 27 December 2021");
    }

    [Fact]
    public void In_Month_IsTheWholeMonth()
    {
        AssertWindow(DateWindow.In(January2022), new(2022, 1, 1), new(2022, 1, 31), DatePrecision.Month, "January 2022");
        AssertWindow(DateWindow.In(new YearMonth(2024, 2)), new(2024, 2, 1), new(2024, 2, 29), DatePrecision.Month, "February 2024");
    }

    [Fact]
    public void EarlyIn_Month_IsDaysOneToTen() =>
        AssertWindow(DateWindow.EarlyIn(January2022), new(2022, 1, 1), new(2022, 1, 10), DatePrecision.EarlyMonth, "early January 2022");

    [Fact]
    public void MidIn_Month_IsDaysElevenToTwenty() =>
        AssertWindow(DateWindow.MidIn(January2022), new(2022, 1, 11), new(2022, 1, 20), DatePrecision.MidMonth, "mid January 2022");

    [Theory]
    [InlineData(2022, 1, 31)]
    [InlineData(2022, 2, 28)]
    [InlineData(2024, 2, 29)]
    [InlineData(2022, 4, 30)]
    public void LateIn_Month_IsDayTwentyOneToTheMonthsLastDay(int year, int month, int lastDay)
    {
        var window = DateWindow.LateIn(new YearMonth(year, month));

        window.Start.Should().Be(new LocalDate(year, month, 21));
        window.End.Should().Be(new LocalDate(year, month, lastDay));
        window.Precision.Should().Be(DatePrecision.LateMonth);
    }

    [Fact]
    public void LateIn_Month_ReadsLate() =>
        DateWindow.LateIn(January2022).ToString().Should().Be("late January 2022");

    [Theory]
    [InlineData(1, 1, 1, 3, 31, "Q1 2022")]
    [InlineData(2, 4, 1, 6, 30, "Q2 2022")]
    [InlineData(3, 7, 1, 9, 30, "Q3 2022")]
    [InlineData(4, 10, 1, 12, 31, "Q4 2022")]
    public void InQuarter_EachQuarter_IsItsThreeMonths(int quarter, int startMonth, int startDay, int endMonth, int endDay, string text) =>
        AssertWindow(DateWindow.InQuarter(2022, quarter), new(2022, startMonth, startDay), new(2022, endMonth, endDay), DatePrecision.Quarter, text);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void InQuarter_OutOfRange_Throws(int number)
    {
        var act = () => DateWindow.InQuarter(2022, number);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("quarter");
    }

    [Fact]
    public void InYear_Year_IsJanuaryToDecember() =>
        AssertWindow(DateWindow.InYear(2022), new(2022, 1, 1), new(2022, 12, 31), DatePrecision.Year, "2022");

    [Fact]
    public void EarlyInYear_Year_IsJanuaryToApril() =>
        AssertWindow(DateWindow.EarlyInYear(2022), new(2022, 1, 1), new(2022, 4, 30), DatePrecision.EarlyYear, "early 2022");

    [Fact]
    public void MidYear_Year_IsMayToAugust() =>
        AssertWindow(DateWindow.MidYear(2022), new(2022, 5, 1), new(2022, 8, 31), DatePrecision.MidYear, "mid 2022");

    [Fact]
    public void LateInYear_Year_IsSeptemberToDecember() =>
        AssertWindow(DateWindow.LateInYear(2022), new(2022, 9, 1), new(2022, 12, 31), DatePrecision.LateYear, "late 2022");

    [Fact]
    public void Between_TwoDays_IsARangeIncludingBoth()
    {
        var window = DateWindow.Between(new LocalDate(2022, 1, 10), new LocalDate(2022, 1, 12));

        AssertWindow(window, new(2022, 1, 10), new(2022, 1, 12), DatePrecision.Range, "10 January 2022 to 12 January 2022");
        window.LengthInDays.Should().Be(3);
    }

    [Fact]
    public void Between_SameDay_IsThatDay()
    {
        var day = new LocalDate(2022, 1, 10);

        DateWindow.Between(day, day).Should().Be(DateWindow.On(day));
    }

    [Fact]
    public void Between_EndBeforeStart_ThrowsNamingBothDates()
    {
        var act = () => DateWindow.Between(new LocalDate(2022, 1, 12), new LocalDate(2022, 1, 10));

        act.Should().Throw<ArgumentException>().WithParameterName("end").WithMessage("*2022-01-10*2022-01-12*");
    }

    [Theory]
    [InlineData(22, 13)] // said on Wednesday 22 December 2021, as in the seed article
    [InlineData(20, 13)] // said on a Monday: last week is the one before it
    [InlineData(26, 13)] // said on a Sunday
    [InlineData(19, 6)]
    public void LastWeek_SaidOn_IsTheWeekBeforeTheOneContainingThatDay(int saidOnDay, int expectedMonday)
    {
        var window = DateWindow.LastWeek(new LocalDate(2021, 12, saidOnDay));

        window.Should().Be(DateWindow.WeekOf(new LocalDate(2021, 12, expectedMonday)));
        window.Start.DayOfWeek.Should().Be(IsoDayOfWeek.Monday);
    }

    [Fact]
    public void NextWeek_SaidOn_IsTheWeekAfterTheOneContainingThatDay() =>
        AssertWindow(DateWindow.NextWeek(TestWorld.ArticleDay), new(2021, 12, 27), new(2022, 1, 2), DatePrecision.Week, "week of 27 December 2021");

    [Fact]
    public void NextYear_SaidOn_IsTheFollowingCalendarYear() =>
        DateWindow.NextYear(TestWorld.ArticleDay).Should().Be(DateWindow.InYear(2022));

    [Theory]
    [InlineData(2021, 12, 22)]
    [InlineData(2021, 1, 5)]
    public void VeryBeginningOfNextYear_SaidOn_IsEarlyJanuaryOfTheNextYear(int year, int month, int day)
    {
        var window = DateWindow.VeryBeginningOfNextYear(new LocalDate(year, month, day));

        AssertWindow(window, new(year + 1, 1, 1), new(year + 1, 1, 10), DatePrecision.EarlyMonth, $"early January {year + 1}");
    }

    [Theory]
    [InlineData(1, 22, 2022)]  // "in January", said in December: next January
    [InlineData(12, 22, 2021)] // "in December", said in December: this month has not ended
    [InlineData(12, 31, 2021)]
    [InlineData(11, 22, 2022)] // November has passed: next year's
    public void NextMonthNamed_SaidInDecember_IsTheNextSuchMonthNotYetEnded(int month, int saidOnDay, int expectedYear) =>
        DateWindow.NextMonthNamed(month, new LocalDate(2021, 12, saidOnDay)).Should().Be(DateWindow.In(new YearMonth(expectedYear, month)));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void NextMonthNamed_NotAMonth_Throws(int number)
    {
        var act = () => DateWindow.NextMonthNamed(number, TestWorld.ArticleDay);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("month");
    }

    [Fact]
    public void On_JulianDate_IsStoredInTheIsoCalendar()
    {
        // 9 December 2021 (Julian) is 22 December 2021 (ISO).
        var window = DateWindow.On(new LocalDate(2021, 12, 9, CalendarSystem.Julian));

        window.Start.Should().Be(new LocalDate(2021, 12, 22));
        window.Start.Calendar.Should().Be(CalendarSystem.Iso);
        window.Should().Be(DateWindow.On(new LocalDate(2021, 12, 22)));
    }

    [Fact]
    public void Default_IsTheFirstDayOfYearOne()
    {
        var window = default(DateWindow);

        window.Start.Should().Be(new LocalDate(1, 1, 1));
        window.IsExactDay.Should().BeTrue();
        window.Precision.Should().Be(DatePrecision.Day);
    }

    [Fact]
    public void ToDateInterval_Window_HasTheSameInclusiveEnds()
    {
        var interval = TestWorld.EarlyJanuary.ToDateInterval();

        interval.Start.Should().Be(new LocalDate(2022, 1, 1));
        interval.End.Should().Be(new LocalDate(2022, 1, 10));
        interval.Length.Should().Be(10);
    }

    [Theory]
    [InlineData(2021, 12, 31, false)]
    [InlineData(2022, 1, 1, true)]
    [InlineData(2022, 1, 10, true)]
    [InlineData(2022, 1, 11, false)]
    public void Contains_Day_IncludesBothEnds(int year, int month, int day, bool expected) =>
        TestWorld.EarlyJanuary.Contains(new LocalDate(year, month, day)).Should().Be(expected);

    [Fact]
    public void Overlaps_SharedOrAdjacentDays_OnlySharedDaysOverlap()
    {
        TestWorld.EarlyJanuary.Overlaps(TestWorld.January).Should().BeTrue();
        TestWorld.EarlyJanuary.Overlaps(DateWindow.On(new LocalDate(2022, 1, 10))).Should().BeTrue();
        TestWorld.EarlyJanuary.Overlaps(DateWindow.MidIn(new YearMonth(2022, 1))).Should().BeFalse();
    }

    public static TheoryData<DateWindow, DateWindow, Truth> BeforeCases => new()
    {
        // Early January against January: the seed's question, undetermined.
        { TestWorld.EarlyJanuary, TestWorld.January, Truth.Undetermined },
        { DateWindow.In(new YearMonth(2021, 12)), TestWorld.January, Truth.Yes },
        { TestWorld.January, DateWindow.In(new YearMonth(2021, 12)), Truth.No },
        { TestWorld.EarlyJanuary, DateWindow.MidIn(new YearMonth(2022, 1)), Truth.Yes },
        { DateWindow.On(new LocalDate(2022, 1, 10)), DateWindow.On(new LocalDate(2022, 1, 11)), Truth.Yes },
        // Two events on one day: the time of day is unknown.
        { DateWindow.On(new LocalDate(2022, 1, 10)), DateWindow.On(new LocalDate(2022, 1, 10)), Truth.Undetermined },
        { DateWindow.WeekOf(new LocalDate(2021, 12, 13)), DateWindow.On(new LocalDate(2021, 12, 19)), Truth.Undetermined },
        { DateWindow.WeekOf(new LocalDate(2021, 12, 13)), DateWindow.On(new LocalDate(2021, 12, 20)), Truth.Yes },
        { DateWindow.On(new LocalDate(2021, 12, 20)), DateWindow.WeekOf(new LocalDate(2021, 12, 13)), Truth.No },
    };

    [Theory]
    [MemberData(nameof(BeforeCases))]
    public void IsBefore_TwoWindows_IsThreeValued(DateWindow first, DateWindow second, Truth expected) =>
        first.IsBefore(second).Should().Be(expected);

    [Theory]
    [InlineData(2021, 12, 31, "no")]
    [InlineData(2022, 1, 1, "undetermined")]
    [InlineData(2022, 1, 9, "undetermined")]
    [InlineData(2022, 1, 10, "yes")]
    [InlineData(2022, 2, 1, "yes")]
    public void IsOnOrBefore_EarlyJanuary_HasHappenedOnlyOnceItsLastDayIsReached(int year, int month, int day, string expected) =>
        TestWorld.EarlyJanuary.IsOnOrBefore(new LocalDate(year, month, day)).ToString().Should().Be(expected);

    [Theory]
    [InlineData(2021, 12, 31, "yes")]
    [InlineData(2022, 1, 1, "yes")]
    [InlineData(2022, 1, 2, "undetermined")]
    [InlineData(2022, 1, 10, "undetermined")]
    [InlineData(2022, 1, 11, "no")]
    public void IsOnOrAfter_EarlyJanuary_IsCertainOnlyOutsideTheWindow(int year, int month, int day, string expected) =>
        TestWorld.EarlyJanuary.IsOnOrAfter(new LocalDate(year, month, day)).ToString().Should().Be(expected);

    [Fact]
    public void Equality_SameDaysAndPrecision_EqualAndOtherwiseUnequal() =>
        EqualityAssertions.AssertValueEquality(
            DateWindow.EarlyIn(January2022),
            DateWindow.VeryBeginningOfNextYear(TestWorld.ArticleDay),
            DateWindow.Between(new LocalDate(2022, 1, 1), new LocalDate(2022, 1, 10)),
            DateWindow.In(January2022),
            DateWindow.MidIn(January2022),
            DateWindow.EarlyIn(new YearMonth(2022, 2)));

    private static void AssertWindow(DateWindow window, LocalDate start, LocalDate end, DatePrecision precision, string text)
    {
        window.Start.Should().Be(start);
        window.End.Should().Be(end);
        window.Precision.Should().Be(precision);
        window.ToString().Should().Be(text);
        window.IsExactDay.Should().Be(start == end);
        window.LengthInDays.Should().Be(Period.DaysBetween(start, end) + 1);
    }
}
