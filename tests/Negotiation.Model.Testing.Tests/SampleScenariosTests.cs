using NodaTime;

namespace Negotiation.Model.Testing.Tests;

public sealed class SampleScenariosTests
{
    private static readonly NegotiationCase Talks = SampleScenarios.SecurityGuarantees2021;

    [Fact]
    public void SecurityGuarantees2021_Builds_WithTheSeedArticleContent()
    {
        Talks.Documents.Should().HaveCount(2);
        Talks.Demands.Should().HaveCount(9);
        Talks.Rounds.Keys.Should().Equal(new RoundId("ru-nato-2022-01"), new RoundId("ru-us-2022-01"));
        ((Organisation)Talks.Parties[new PartyId("nato")]).MembersOn(new LocalDate(2021, 12, 22)).Should().HaveCount(30);
        ((Organisation)Talks.Parties[new PartyId("eu")]).MembersOn(new LocalDate(2021, 12, 22)).Should().HaveCount(27);
    }

    [Fact]
    public void SecurityGuarantees2021_Scenario_WarnsOnlyAboutTheRoundsWithoutTheEu()
    {
        var result = SampleScenarios.SecurityGuarantees2021Scenario.Try();

        // The US sits on NATO's side of the Russia–NATO round, so that round breaks the understanding too.
        result.Warnings.Select(w => w.ErrorMessage).Should().SatisfyRespectively(
            w => w.Should().StartWith("the round 'Russia–NATO talks' discusses European security without European Union"),
            w => w.Should().StartWith("the round 'Russia–United States talks' discusses European security without European Union"));
    }

    [Fact]
    public void SecurityGuarantees2021_AsOf16December_HasNoDocumentsOrDemands()
    {
        var early = Talks.AsOf(new LocalDate(2021, 12, 16));

        early.Documents.Should().BeEmpty();
        early.Demands.Should().BeEmpty();
    }
}
