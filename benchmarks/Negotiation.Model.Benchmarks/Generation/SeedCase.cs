using Negotiation.Model.Testing;
using NodaTime;

namespace Negotiation.Model.Benchmarks.Generation;

/// <summary>
/// Size S: the seed article of 22 December 2021 (Russia's security demands to the United States and NATO), as the testing
/// kit's <see cref="SampleScenarios.SecurityGuarantees2021Scenario"/> tells it: the states, NATO and the EU with their
/// memberships, two groups, four office holders, four topics, two drafts carrying nine demands, a bilateral round and a
/// Russia–NATO round that waits for it, the statements of the article and the US–EU commitment.
/// </summary>
internal static class SeedCase
{
    private static readonly LocalDate ArticleDay = new(2021, 12, 22);
    private static readonly PartyId Russia = new("russia");
    private static readonly PartyId Nato = new("nato");
    private static readonly TopicId MilitaryDeployments = new("military-deployments");
    private static readonly DocumentId DraftWithNato = new("ru-nato-draft-agreement");
    private static readonly RoundId BilateralRound = new("ru-us-2022-01");

    public static (NegotiationCase Case, int Warnings, Probes Probes) Build()
    {
        var negotiation = NegotiationCase.Create(new CaseId("security-guarantees-2021"), "Russia's security guarantees, December 2021");
        var warnings = 0;
        foreach (var fact in SampleScenarios.SecurityGuarantees2021Scenario.Facts)
        {
            negotiation = CaseGenerator.RecordOrThrow(negotiation, fact, ref warnings);
        }

        var common = CaseGenerator.CommonProbes(negotiation);
        var nextDay = ArticleDay.PlusDays(1);
        var nextSource = new Source("News report", nextDay);
        var nextRecorded = Instant.FromUtc(2021, 12, 23, 18, 0);
        var probes = new Probes(
            NextDemand: new DemandTabled
            {
                Demand = new Demand(new DemandId("ru-nato-no-exercises"), Russia, [Nato], "No exercises near Russia's borders.")
                {
                    Kind = DemandKind.Prohibition,
                    Topics = [MilitaryDeployments],
                    Source = DemandSource.InProvision(DraftWithNato, 1, "7"),
                },
                Occurred = nextDay,
                Recorded = nextRecorded,
                Source = nextSource,
            },
            NextHeld: new RoundHeld
            {
                Round = BilateralRound,
                Occurred = Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich"),
                Recorded = Instant.FromUtc(2022, 1, 10, 18, 0),
                Source = new Source("News report", new LocalDate(2022, 1, 10)),
            },
            NextStatement: new StatementMade
            {
                Statement = new Statement(new StatementId("nato-rejects-no-new-members"), Nato, StatementKind.Rejection, "NATO's door remains open.")
                {
                    Channel = StatementChannel.PressConference,
                    Addressees = [Russia],
                    About = [SubjectRef.Demand(new DemandId("ru-nato-no-new-members"))],
                },
                Occurred = nextDay,
                Recorded = nextRecorded,
                Source = nextSource,
            },
            common.Addressee,
            common.RoundParty,
            common.Month,
            common.MidDate,
            common.MidInstant);
        return (negotiation, warnings, probes);
    }
}
