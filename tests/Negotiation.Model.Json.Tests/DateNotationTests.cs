using CsCheck;
using Negotiation.Model.Tests.Properties;
using NodaTime;

namespace Negotiation.Model.Json.Tests;

public sealed class DateNotationTests
{
    public static TheoryData<string, string> Windows() => new()
    {
        { "2021-12-21", "21 December 2021" },
        { "2021-W50", "week of 13 December 2021" },
        { "early 2022-01", "early January 2022" },
        { "mid 2022-02", "mid February 2022" },
        { "late 2022-02", "late February 2022" },
        { "2022-01", "January 2022" },
        { "2022-33", "Q1 2022" },
        { "2022-36", "Q4 2022" },
        { "2022-37", "early 2022" },
        { "2022-38", "mid 2022" },
        { "2022-39", "late 2022" },
        { "2022", "2022" },
        { "2021-11-01/2021-12-22", "1 November 2021 to 22 December 2021" },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void TryParseWindow_CanonicalForm_GivesTheWindowAndFormatsBack(string text, string described)
    {
        DateNotation.TryParseWindow(text, out var window, out var problem).Should().BeTrue(problem);

        window.ToString().Should().Be(described);
        DateNotation.Format(window).Should().Be(text);
    }

    [Fact]
    public void Format_EveryPrecision_HasACanonicalForm()
    {
        var day = new LocalDate(2021, 12, 15);
        DateWindow[] windows =
        [
            DateWindow.On(day), DateWindow.WeekOf(day), DateWindow.EarlyIn(new YearMonth(2021, 12)), DateWindow.MidIn(new YearMonth(2021, 12)),
            DateWindow.LateIn(new YearMonth(2021, 12)), DateWindow.In(new YearMonth(2021, 12)), DateWindow.InQuarter(2021, 4), DateWindow.EarlyInYear(2021),
            DateWindow.MidYear(2021), DateWindow.LateInYear(2021), DateWindow.InYear(2021), DateWindow.Between(day, day.PlusDays(3)),
        ];

        windows.Select(w => w.Precision).Should().BeEquivalentTo(Enum.GetValues<DatePrecision>(), "the list covers every precision");
        foreach (var window in windows)
        {
            DateNotation.TryParseWindow(DateNotation.Format(window), out var back, out _).Should().BeTrue();
            back.Should().Be(window);
        }
    }

    [Theory]
    [InlineData("2022-01-10T09:00:00+01:00[Europe/Zurich]")]
    [InlineData("2022-07-10T09:00:00+02:00[Europe/Zurich]")]
    [InlineData("2022-01-10T09:00:00.5-05:00[America/New_York]")]
    [InlineData("2022-01-10T09:00:00+00:00[UTC]")]
    public void TryParseMoment_Rfc9557ZonedTime_KeepsLocalTimeAndZone(string text)
    {
        DateNotation.TryParseMoment(text, out var moment, out var problem).Should().BeTrue(problem);

        moment.Kind.Should().Be(MomentKind.Zoned);
        DateNotation.Format(moment).Should().Be(text);
    }

    [Fact]
    public void TryParseMoment_OffsetTheZoneDoesNotHave_SaysSo()
    {
        DateNotation.TryParseMoment("2022-01-10T09:00:00+02:00[Europe/Zurich]", out _, out var problem).Should().BeFalse();

        problem.Should().Contain("+02:00").And.Contain("+01:00");
    }

    [Theory]
    [InlineData("2021-12-21T10:30:00Z", "2021-12-21T10:30:00Z")]
    [InlineData("2021-12-21T13:30:00+03:00", "2021-12-21T10:30:00Z")]
    public void TryParseMoment_Instant_IsExactInUtc(string text, string canonical)
    {
        DateNotation.TryParseMoment(text, out var moment, out _).Should().BeTrue();

        moment.Kind.Should().Be(MomentKind.Exact);
        DateNotation.Format(moment).Should().Be(canonical);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2022-13")]
    [InlineData("2022-40")]
    [InlineData("0000")]
    [InlineData("2022-02-30")]
    [InlineData("2022-W54")]
    [InlineData("early 2022-13")]
    [InlineData("2022-01-10/2022-01-01")]
    [InlineData("10000-01-01")]
    [InlineData("January 2022")]
    [InlineData("2022-01-10T09:00:00")]
    [InlineData("2022-01-10T09:00:00+01:00[Mars/Olympus]")]
    [InlineData("2022-01-10T09:00:00+01:00[")]
    [InlineData("9999-12-31T23:00:00-05:00")]
    [InlineData("9999-12-31T23:00:00-05:00[America/New_York]")]
    [InlineData("0001-01-01T01:00:00+05:00")]
    public void TryParseMoment_NotANotation_ExplainsWithoutThrowing(string text)
    {
        DateNotation.TryParseMoment(text, out _, out var problem).Should().BeFalse();

        problem.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void FormatThenParse_AnyGeneratedMoment_GivesItBack() =>
        Generators.Moment.Sample(moment =>
        {
            DateNotation.TryParseMoment(DateNotation.Format(moment), out var back, out var problem).Should().BeTrue(problem);
            back.Should().Be(moment);
        });
}
