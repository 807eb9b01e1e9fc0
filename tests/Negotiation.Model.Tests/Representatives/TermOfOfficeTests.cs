using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Representatives;

public sealed class TermOfOfficeTests
{
    // Pompeo's term: 26 April 2018 to 20 January 2021, both days in office.
    private static readonly TermOfOffice Ended = new(new LocalDate(2018, 4, 26), new LocalDate(2021, 1, 20));
    private static readonly TermOfOffice Open = new(new LocalDate(2021, 1, 26));

    [Theory]
    [InlineData(2018, 4, 25, false)]
    [InlineData(2018, 4, 26, true)]
    [InlineData(2021, 1, 20, true)]
    [InlineData(2021, 1, 21, false)]
    public void Covers_DayOfEndedTerm_IncludesFirstAndLastDay(int year, int month, int day, bool expected) =>
        Ended.Covers(new LocalDate(year, month, day)).Should().Be(expected);

    [Fact]
    public void Covers_DayOfOpenTerm_LastsIndefinitely()
    {
        Open.Covers(new LocalDate(2021, 1, 25)).Should().BeFalse();
        Open.Covers(new LocalDate(2100, 1, 1)).Should().BeTrue();
    }

    public static TheoryData<Moment, Truth> MomentCases => new()
    {
        { Moment.On(new LocalDate(2019, 6, 1)), Truth.Yes },
        { Moment.At(Instant.FromUtc(2021, 1, 20, 16, 0)), Truth.Yes },
        { DateWindow.In(new YearMonth(2018, 3)), Truth.No },
        { DateWindow.In(new YearMonth(2021, 2)), Truth.No },
        // A window that straddles the first or the last day in office: possibly in office, possibly not.
        { DateWindow.In(new YearMonth(2018, 4)), Truth.Undetermined },
        { DateWindow.In(new YearMonth(2021, 1)), Truth.Undetermined },
        { DateWindow.Between(new LocalDate(2018, 1, 1), new LocalDate(2021, 12, 31)), Truth.Undetermined },
    };

    [Theory]
    [MemberData(nameof(MomentCases))]
    public void Covers_Moment_IsThreeValued(Moment moment, Truth expected) =>
        Ended.Covers(moment).Should().Be(expected);

    [Fact]
    public void Covers_ApproximateMomentInsideOpenTerm_IsYes() =>
        Open.Covers(Moment.Within(TestWorld.January)).Should().Be(Truth.Yes);

    [Fact]
    public void Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            Ended,
            new TermOfOffice(new LocalDate(2018, 4, 26), new LocalDate(2021, 1, 20)),
            Ended with { Until = null },
            Ended with { From = new LocalDate(2018, 4, 27) },
            default);
}
