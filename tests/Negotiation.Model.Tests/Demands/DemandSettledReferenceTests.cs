using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Demands;

/// <summary>A demand settled "by" an article of a document must name a revision and an article that exist: NATO's reply
/// has one revision with articles 1 and 2.</summary>
public sealed class DemandSettledReferenceTests
{
    private static readonly DemandId Demand = new("d1");
    private static readonly DocumentId Reply = new("nato-reply");
    private static readonly LocalDate January26 = new(2022, 1, 26);
    private const string Path = "Demands[d1].Settlement.By";

    private static NegotiationCase Replied() => TestWorld.Case.RecordOrThrow(
        Given.DemandTabled(TestWorld.RussianDemand(Demand.Value), TestWorld.ArticleDay),
        Given.DocumentPresented(
            new Document(Reply, DocumentKind.WrittenResponse, "NATO's written response", [TestWorld.Nato], [TestWorld.Russia]),
            January26,
            new Provision("1", "Dialogue on risk reduction."),
            new Provision("2", "Transparency measures.")));

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void DemandSettled_ByARevisionTheDocumentDoesNotHave_IsRefused(int revision)
    {
        var failure = Replied().ShouldRefuse(
            Given.DemandSettled(Demand, DemandOutcome.PartlyMet, January26, new ProvisionRef(Reply, revision, "1")),
            ErrorCodes.UnknownRevision,
            Path);

        failure.ErrorMessage.Should().Be($"'NATO's written response' has no revision {revision}; it has 1.");
    }

    [Fact]
    public void DemandSettled_ByAnArticleTheRevisionDoesNotHave_IsRefused()
    {
        var failure = Replied().ShouldRefuse(
            Given.DemandSettled(Demand, DemandOutcome.PartlyMet, January26, new ProvisionRef(Reply, 1, "3")),
            ErrorCodes.UnknownProvision,
            Path);

        failure.ErrorMessage.Should().Be("Revision 1 of 'NATO's written response' has no article 3.");
    }

    [Fact]
    public void DemandSettled_ByTheLastArticleOfTheOnlyRevision_IsAccepted() =>
        Replied().ShouldAccept(Given.DemandSettled(Demand, DemandOutcome.PartlyMet, January26, new ProvisionRef(Reply, 1, "2")))
            .DemandLifecycles[Demand].Settlement!.By.Should().Be(new ProvisionRef(Reply, 1, "2"));
}
