using NodaTime;

namespace Negotiation.Model.Tests.Time;

/// <summary>Windows that meet on exactly one day.</summary>
public sealed class DateWindowEdgeTests
{
    private static readonly DateWindow EarlyJanuary = DateWindow.EarlyIn(new YearMonth(2022, 1));

    [Fact]
    public void Overlaps_OtherEndsOnTheFirstDay_Overlaps()
    {
        var newYearsDay = DateWindow.On(new LocalDate(2022, 1, 1));

        EarlyJanuary.Overlaps(newYearsDay).Should().BeTrue();
        newYearsDay.Overlaps(EarlyJanuary).Should().BeTrue();
        EarlyJanuary.Overlaps(DateWindow.On(new LocalDate(2021, 12, 31))).Should().BeFalse();
    }
}
