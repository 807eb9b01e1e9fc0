using NodaTime;
using Negotiation.Model.Tests.Scenarios;

namespace Negotiation.Model.Tests.Queries;

/// <summary>The questions of the package README ("Asking questions") asked of this suite's own seed case, which is
/// entered through the raw API (the README asks the testing kit's sample, and Negotiation.Model.Docs.Tests runs that
/// block itself).</summary>
public sealed class ReadmeQueriesTests
{
    private static readonly NegotiationCase Seed = SecurityGuarantees2021.Case;

    [Fact]
    public void Readme_OpenDemandsAddressedToNato_AreTheFourOfTheDraftAgreement()
    {
        var nato = new PartyId("nato");
        var asReported = Seed.AsOf(new LocalDate(2021, 12, 22));

        asReported.OpenDemands().AddressedTo(nato).Select(d => d.Text).Should().Equal(
            "Legal guarantees over Russia's security.",
            "No military bases in former Soviet states.",
            "The alliance must not admit new members.",
            "Stop the alliance's eastward expansion.");
        Seed.AsOf(new LocalDate(2021, 12, 16)).OpenDemands().AddressedTo(nato).Should().BeEmpty();
    }

    [Fact]
    public void Readme_CanTheRussiaNatoRoundStart_IsBlockedWithTheReason() =>
        Seed.AsOf(new LocalDate(2021, 12, 22)).CanStart(new RoundId("ru-nato-2022-01")).Reason
            .Should().Be("blocked: the round 'Russia–United States talks' has not been held; it is planned for early January 2022");

    [Fact]
    public void Readme_TheUsStance_RejectsTheDraftInPart()
    {
        var asReported = Seed.AsOf(new LocalDate(2021, 12, 22));

        var stance = asReported.StanceOn(new PartyId("united-states"), SubjectRef.Document(new DocumentId("ru-us-draft-treaty")));
        $"{stance.Stance}, {stance.Extent}: {stance.Position!.Statement}".Should().Be("Rejects, Part: donfried-2021-12-21-unacceptable");
        asReported.StatusOf(new DemandId("ru-us-legal-guarantees"), new PartyId("united-states")).Should().Be(DemandStatus.PartlyRejected);
    }
}
