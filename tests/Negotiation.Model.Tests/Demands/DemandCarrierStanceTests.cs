using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Demands;

/// <summary>A demand tabled in an article of a draft is answered either directly or by answering the draft: the later of
/// the two stances holds.</summary>
public sealed class DemandCarrierStanceTests
{
    private static readonly DocumentId Draft = new("ru-nato-draft");
    private static readonly DemandId Demand = new("no-enlargement");

    private static NegotiationCase Tabled() => TestWorld.Case.RecordOrThrow(
        Given.DocumentPresented(TestWorld.RussianDraft(Draft.Value), TestWorld.ArticleDay, new Provision("1", "NATO shall not enlarge.")),
        Given.DemandTabled(TestWorld.RussianDemand(Demand.Value) with { Source = DemandSource.InProvision(Draft, 1, "1") }, TestWorld.ArticleDay));

    private static Statement Answer(string id, SubjectRef subject, StatementKind kind, Stance stance) =>
        new(new StatementId(id), TestWorld.Nato, kind, "Our answer.") { Stances = [new StanceTaken(subject, stance)] };

    [Fact]
    public void StatusOf_DraftRejectedAfterTheDemandWasAccepted_IsRejected()
    {
        var negotiation = Tabled().RecordOrThrow(
            Given.StatementMade(Answer("accepts-demand", SubjectRef.Demand(Demand), StatementKind.Acceptance, Stance.Accepts), new LocalDate(2022, 1, 10)),
            Given.StatementMade(Answer("rejects-draft", SubjectRef.Document(Draft), StatementKind.Rejection, Stance.Rejects), new LocalDate(2022, 1, 20)));

        negotiation.StatusOf(Demand, TestWorld.Nato).Should().Be(DemandStatus.Rejected);
    }

    [Fact]
    public void StatusOf_DemandAcceptedAfterTheDraftWasRejected_IsAccepted()
    {
        var negotiation = Tabled().RecordOrThrow(
            Given.StatementMade(Answer("rejects-draft", SubjectRef.Document(Draft), StatementKind.Rejection, Stance.Rejects), new LocalDate(2022, 1, 10)),
            Given.StatementMade(Answer("accepts-demand", SubjectRef.Demand(Demand), StatementKind.Acceptance, Stance.Accepts), new LocalDate(2022, 1, 20)));

        negotiation.StatusOf(Demand, TestWorld.Nato).Should().Be(DemandStatus.Accepted);
    }
}
