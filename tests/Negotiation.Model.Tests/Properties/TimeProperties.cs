using CsCheck;
using NodaTime;

namespace Negotiation.Model.Tests.Properties;

public sealed class TimeProperties
{
    [Fact]
    public void DateWindow_AnyFactory_StartsOnOrBeforeItEnds() =>
        Generators.Window.Sample(window =>
            window.Start <= window.End
            && window.LengthInDays >= 1
            && window.Contains(window.Start)
            && window.Contains(window.End)
            && window.IsExactDay == (window.LengthInDays == 1));

    [Fact]
    public void DateWindow_PartsOfAMonth_NestInsideTheMonthItsQuarterAndItsYear() =>
        Generators.Month.Sample(month =>
        {
            var whole = DateWindow.In(month);
            var quarter = DateWindow.InQuarter(month.Year, ((month.Month - 1) / 3) + 1);
            var year = DateWindow.InYear(month.Year);

            return Inside(DateWindow.EarlyIn(month), whole)
                && Inside(DateWindow.MidIn(month), whole)
                && Inside(DateWindow.LateIn(month), whole)
                && Inside(whole, quarter)
                && Inside(quarter, year)
                && DateWindow.EarlyIn(month).IsBefore(DateWindow.MidIn(month)).IsYes
                && DateWindow.MidIn(month).IsBefore(DateWindow.LateIn(month)).IsYes
                && DateWindow.LateIn(month).End == whole.End;
        });

    [Fact]
    public void DateWindow_WeekOfADay_IsTheSevenDaysFromMondayHoldingIt() =>
        Generators.Date.Sample(day =>
        {
            var week = DateWindow.WeekOf(day);

            return week.Contains(day)
                && week.Start.DayOfWeek == IsoDayOfWeek.Monday
                && week.LengthInDays == 7
                && DateWindow.LastWeek(day).IsBefore(week).IsYes
                && week.IsBefore(DateWindow.NextWeek(day)).IsYes
                && DateWindow.LastWeek(day).End.PlusDays(1) == week.Start;
        });

    [Fact]
    public void DateWindow_IsBefore_IsAntisymmetric() =>
        Gen.Select(Generators.Window, Generators.Window).Sample((a, b) =>
            (!a.IsBefore(b).IsYes || b.IsBefore(a).IsNo) && (!a.IsBefore(b).IsNo || !b.IsBefore(a).IsNo || a.Overlaps(b)));

    [Fact]
    public void DateWindow_IsBefore_IsNeverCertainForAWindowAndItself() =>
        Generators.Window.Sample(window => window.IsBefore(window).IsUndetermined);

    [Fact]
    public void DateWindow_IsOnOrBeforeAndIsOnOrAfter_AreCertainOutsideTheWindowOnly() =>
        Gen.Select(Generators.Window, Generators.Date).Sample((window, day) =>
            window.IsOnOrBefore(day).IsUndetermined == (window.Start <= day && day < window.End)
            && window.IsOnOrAfter(day).IsUndetermined == (window.Start < day && day <= window.End));

    [Fact]
    public void Moment_IsBefore_IsAntisymmetricAndMirrorsIsAfter() =>
        Gen.Select(Generators.Moment, Generators.Moment).Sample((a, b) =>
            (!a.IsBefore(b).IsYes || b.IsBefore(a).IsNo) && a.IsAfter(b) == b.IsBefore(a));

    [Fact]
    public void Moment_TwoPreciseMoments_CompareWithCertainty() =>
        Gen.Select(Generators.Moment, Generators.Moment).Where((a, b) => a.IsPrecise && b.IsPrecise).Sample((a, b) =>
            a.IsBefore(b) == Truth.From(a.Instant!.Value < b.Instant!.Value));

    [Fact]
    public void Moment_ApproximateMoment_HasHappenedByAnInstantOnlyAfterItsLastDayEndedEverywhere() =>
        Gen.Select(Generators.Window, Generators.Instant).Sample((window, when) =>
        {
            var moment = Moment.Within(window);
            var answer = moment.IsOnOrBefore(when);
            var interval = moment.ToInterval();

            return answer.IsYes == (interval.End <= when) && answer.IsNo == (when < interval.Start);
        });

    [Fact]
    public void Truth_DeMorgan_HoldsForEveryPair() =>
        Gen.Select(Generators.Truth, Generators.Truth).Sample((a, b) =>
            !(a & b) == (!a | !b) && !(a | b) == (!a & !b));

    [Fact]
    public void Truth_AndOr_AreCommutativeAssociativeAndNegationIsAnInvolution() =>
        Gen.Select(Generators.Truth, Generators.Truth, Generators.Truth).Sample((a, b, c) =>
            (a & b) == (b & a)
            && (a | b) == (b | a)
            && ((a & b) & c) == (a & (b & c))
            && ((a | b) | c) == (a | (b | c))
            && !!a == a);

    [Fact]
    public void Truth_CertainAnswers_AgreeWithBooleanLogic() =>
        Gen.Select(Gen.Bool, Gen.Bool).Sample((x, y) =>
            (Truth.From(x) & Truth.From(y)) == Truth.From(x && y)
            && (Truth.From(x) | Truth.From(y)) == Truth.From(x || y)
            && !Truth.From(x) == Truth.From(!x));

    private static bool Inside(DateWindow inner, DateWindow outer) => outer.Start <= inner.Start && inner.End <= outer.End;
}
