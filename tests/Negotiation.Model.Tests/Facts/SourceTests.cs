using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Facts;

public sealed class SourceTests
{
    [Fact]
    public void Constructor_OutletAndDay_LeavesTheDetailsUnset()
    {
        var source = new Source("Reuters", TestWorld.ArticleDay);

        source.Speaker.Should().BeNull();
        source.Channel.Should().BeNull();
        source.Reference.Should().BeNull();
    }

    [Fact]
    public void Constructor_NullOutlet_ThrowsArgumentNullException()
    {
        var act = () => new Source(null!, TestWorld.ArticleDay);

        act.Should().Throw<ArgumentNullException>().WithParameterName("Outlet");
    }

    [Fact]
    public void Equality_ByValueIncludingTheDetails()
    {
        var rt = new Source("RT", TestWorld.ArticleDay) { Speaker = "Sergei Lavrov", Channel = "interview" };

        EqualityAssertions.AssertValueEquality(
            rt,
            new Source("RT", TestWorld.ArticleDay) { Speaker = "Sergei Lavrov", Channel = "interview" },
            rt with { Speaker = null },
            rt with { Channel = "press briefing" },
            rt with { Reference = "seed/000" },
            rt with { ReportedOn = TestWorld.ArticleDay.PlusDays(1) },
            rt with { Outlet = "Reuters" });
    }
}
