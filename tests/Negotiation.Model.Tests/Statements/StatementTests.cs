using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Statements;

public sealed class StatementTests
{
    private static readonly Statement Warning = new(new StatementId("lavrov-warning"), TestWorld.Russia, StatementKind.Warning, "There will be a military-technical response.");

    [Fact]
    public void Constructor_RequiredMembersOnly_DefaultsTheRest()
    {
        Warning.Speaker.Should().BeNull();
        Warning.Channel.Should().Be(StatementChannel.Other);
        Warning.Outlet.Should().BeNull();
        Warning.Addressees.Should().BeEmpty();
        Warning.About.Should().BeEmpty();
        Warning.Extent.Should().Be(Extent.Whole);
        Warning.Condition.Should().BeNull();
        Warning.Made.Should().Be(default(Moment), "the case fills it in");
    }

    [Fact]
    public void Constructor_DefaultParty_ThrowsArgumentException()
    {
        var act = () => new Statement(new StatementId("s"), default, StatementKind.Warning, "text");

        act.Should().Throw<ArgumentException>().WithParameterName("Party");
    }

    [Fact]
    public void With_NullQuote_ThrowsArgumentNullException()
    {
        var act = () => Warning with { Quote = null! };

        act.Should().Throw<ArgumentNullException>().WithParameterName("Quote");
    }

    [Fact]
    public void Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            Warning with { About = [new DemandId("d")] },
            new Statement(new StatementId("lavrov-warning"), TestWorld.Russia, StatementKind.Warning, "There will be a military-technical response.") { About = [new DemandId("d")] },
            Warning,
            Warning with { About = [new DemandId("d")], Speaker = TestWorld.Lavrov },
            Warning with { About = [new DemandId("d")], Kind = StatementKind.Assessment },
            Warning with { About = [new DemandId("d")], Channel = StatementChannel.Interview, Outlet = "RT" },
            Warning with { About = [new DemandId("d")], Extent = Extent.Part });
}
