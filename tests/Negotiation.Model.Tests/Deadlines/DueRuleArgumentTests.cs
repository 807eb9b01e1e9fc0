using NodaTime;

namespace Negotiation.Model.Tests.Deadlines;

/// <summary>A rule "two years after the referendum" needs a length of whole days or more; anything else is a programming
/// error reported at once.</summary>
public sealed class DueRuleArgumentTests
{
    private static readonly DevelopmentId Referendum = new("referendum");

    [Fact]
    public void Constructor_NullLength_Throws() =>
        FluentActions.Invoking(() => new DueRule(Referendum, null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("length");

    [Fact]
    public void Constructor_ZeroLength_SaysWhatALengthMayBe() =>
        FluentActions.Invoking(() => new DueRule(Referendum, Period.Zero)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("A deadline's rule runs whole days, weeks, months or years, more than zero, such as Period.FromYears(2).*");

    [Fact]
    public void Constructor_HoursOnly_Throws() =>
        FluentActions.Invoking(() => new DueRule(Referendum, Period.FromHours(5))).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Constructor_TwoYears_IsKept() =>
        new DueRule(Referendum, Period.FromYears(2)).Length.Should().Be(Period.FromYears(2));
}
