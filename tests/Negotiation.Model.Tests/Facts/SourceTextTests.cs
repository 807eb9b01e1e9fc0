using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Facts;

public sealed class SourceTextTests
{
    [Fact]
    public void ToString_EveryPart_OutletSpeakerChannelAndIsoDay()
    {
        var source = new Source("RT", TestWorld.ArticleDay) { Speaker = "Sergey Ryabkov", Channel = "interview", Reference = "seed/000" };

        source.ToString().Should().Be("RT, Sergey Ryabkov, interview, 2021-12-22");
    }

    [Fact]
    public void ToString_OutletAndDayOnly_SkipsTheUnknownParts()
    {
        new Source("Reuters", TestWorld.ArticleDay).ToString().Should().Be("Reuters, 2021-12-22");
    }

    [Fact]
    public void ToString_BlankSpeakerAndEmptyChannel_SkipsThem()
    {
        var source = new Source("Reuters", TestWorld.ArticleDay) { Speaker = "  ", Channel = string.Empty };

        source.ToString().Should().Be("Reuters, 2021-12-22");
    }

    [Fact]
    public void ToString_ChannelWithoutSpeaker_KeepsTheChannel()
    {
        var source = new Source("Kremlin", TestWorld.ArticleDay) { Channel = "press briefing" };

        source.ToString().Should().Be("Kremlin, press briefing, 2021-12-22");
    }
}
