using NodaTime;

namespace Negotiation.Model.Tests.Scenarios;

/// <summary>Runs the example of README.md, so the README cannot drift from the API.</summary>
public sealed class ReadmeExampleTests
{
    private static readonly Source Reported = new("News report", new LocalDate(2021, 12, 22));
    private static readonly Instant RecordedAt = Instant.FromUtc(2021, 12, 22, 18, 0);
    private static readonly PartyId Russia = new("russia");
    private static readonly PartyId Us = new("united-states");
    private static readonly DocumentId Treaty = new("ru-us-draft-treaty");

    [Fact]
    public void Example_AsOf16And22December_CountsTheDemandOnlyOnceItCertainlyHappened()
    {
        var talks = Talks();

        talks.AsOf(new LocalDate(2021, 12, 16)).Demands.Count.Should().Be(0);
        talks.AsOf(new LocalDate(2021, 12, 22)).Demands.Count.Should().Be(1);
    }

    [Fact]
    public void Example_DemandOfOneself_IsRefusedWithNM3001AndLeavesTheCaseUntouched()
    {
        var talks = Talks();

        var result = talks.Record(new DemandTabled
        {
            Demand = new Demand(new DemandId("self"), Russia, [Russia], "A demand of oneself."),
            Occurred = new LocalDate(2021, 12, 22),
            Recorded = RecordedAt,
            Source = Reported,
        });

        result.Succeeded.Should().BeFalse();
        result.Errors[0].ErrorCode.Should().Be("NM3001").And.Be(ErrorCodes.AuthorAmongAddressees);
        result.Errors[0].PropertyName.Should().Be("Demands[self].Addressees[0]");
        result.Original.Should().BeSameAs(talks);
        talks.Demands.Should().ContainSingle();
    }

    private static NegotiationCase Talks()
    {
        var lastWeek = DateWindow.LastWeek(new LocalDate(2021, 12, 22));
        return NegotiationCase.Create(new CaseId("security-guarantees-2021"), "Russia's security guarantees")
            .RecordAll(
            [
                new PartyRegistered { Party = new State(Russia, "Russia", "RU"), Occurred = new LocalDate(2021, 12, 1), Recorded = RecordedAt, Source = Reported },
                new PartyRegistered { Party = new State(Us, "United States", "US"), Occurred = new LocalDate(2021, 12, 1), Recorded = RecordedAt, Source = Reported },
                new DocumentPresented
                {
                    Document = new Document(Treaty, DocumentKind.DraftTreaty, "Treaty on security guarantees", [Russia], [Us]),
                    Provisions = [new Provision("4", "The United States shall prevent further eastward expansion of NATO.")],
                    Occurred = lastWeek,
                    Recorded = RecordedAt,
                    Source = Reported,
                },
                new DemandTabled
                {
                    Demand = new Demand(new DemandId("ru-us-no-expansion"), Russia, [Us], "Prevent NATO's eastward expansion.")
                    {
                        Kind = DemandKind.Prohibition,
                        Source = DemandSource.InProvision(Treaty, 1, "4"),
                    },
                    Occurred = lastWeek,
                    Recorded = RecordedAt,
                    Source = Reported,
                },
            ]).Case;
    }
}
