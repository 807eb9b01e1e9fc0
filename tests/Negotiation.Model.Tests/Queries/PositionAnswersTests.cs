using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Queries;

/// <summary>Stances as an analyst asks about them: who the matrix has rows for, which of a direct stance and a stance on
/// the carrying draft decides on a day, when an approximately dated later statement makes the answer uncertain, and
/// the words of each answer.</summary>
public sealed class PositionAnswersTests
{
    private static readonly LocalDate Handed = new(2021, 12, 15);
    private static readonly DocumentId Draft = new("ru-nato-draft");
    private static readonly DemandId InDraft = new("d-in-draft");
    private static readonly DemandId Spoken = new("d1");

    // Russia hands NATO a draft whose article 1 carries one demand, and tables another by itself.
    private static NegotiationCase Tabled() => TestWorld.Case.RecordOrThrow(
        Given.DocumentPresented(TestWorld.RussianDraft(), Handed, new Provision("1", "No enlargement.")),
        Given.DemandTabled(TestWorld.RussianDemand(InDraft.ToString()) with { Source = DemandSource.InProvision(Draft, 1, "1") }, Handed),
        Given.DemandTabled(TestWorld.RussianDemand(Spoken.ToString()), Handed));

    private static StatementMade Says(PartyId party, string id, Moment when, SubjectRef subject, Stance stance, Extent extent = Extent.Whole) =>
        Given.StatementMade(new Statement(new StatementId(id), party, StatementKind.Assessment, "Our view.")
        {
            Stances = [new StanceTaken(subject, stance, extent)],
        }, when);

    [Fact]
    public void PositionsMatrix_APartyThatAnsweredADemandNotAddressedToIt_HasARow()
    {
        var negotiation = Tabled().ShouldAccept(Says(TestWorld.France, "fr-1", new LocalDate(2021, 12, 20), SubjectRef.Demand(Spoken), Stance.Rejects));

        var matrix = negotiation.PositionsMatrix();

        matrix.Parties.Should().Equal(TestWorld.France, TestWorld.Nato);
        matrix[TestWorld.France, Spoken].Stance.Should().Be(Stance.Rejects);
    }

    [Fact]
    public void PositionsMatrix_APartyThatAnsweredOnlyTheDraft_HasARowForTheDemandItCarries()
    {
        var negotiation = Tabled().ShouldAccept(Says(TestWorld.France, "fr-1", new LocalDate(2021, 12, 20), SubjectRef.Document(Draft), Stance.Rejects));

        var matrix = negotiation.PositionsMatrix();

        matrix.Parties.Should().Equal(TestWorld.France, TestWorld.Nato);
        matrix[TestWorld.France, InDraft].Stance.Should().Be(Stance.Rejects);
    }

    [Fact]
    public void StanceOn_ADayAfterALaterStanceOnTheCarryingDraft_IsThatStance()
    {
        // Given NATO accepts the demand itself on the 20th, then rejects the draft that carries it on the 22nd
        var negotiation = Tabled()
            .ShouldAccept(Says(TestWorld.Nato, "n-1", new LocalDate(2021, 12, 20), SubjectRef.Demand(InDraft), Stance.Accepts))
            .ShouldAccept(Says(TestWorld.Nato, "n-2", new LocalDate(2021, 12, 22), SubjectRef.Document(Draft), Stance.Rejects));

        // Then on the 23rd the rejection of the draft decides, and the answer says it came through the draft
        var answer = negotiation.StanceOn(TestWorld.Nato, SubjectRef.Demand(InDraft), new LocalDate(2021, 12, 23));

        answer.Stance.Should().Be(Stance.Rejects);
        answer.Reason.Should().Be("NATO rejected 'Agreement on measures to ensure the security of Russia and NATO member states', which carries it "
            + "(22 December 2021, statement 'n-2': \"Our view.\")");
        negotiation.StanceOn(TestWorld.Nato, SubjectRef.Demand(InDraft), new LocalDate(2021, 12, 21)).Stance.Should().Be(Stance.Accepts);
    }

    [Fact]
    public void StanceOn_ADirectStance_NamesTheDemand()
    {
        var negotiation = Tabled().ShouldAccept(Says(TestWorld.Nato, "n-1", new LocalDate(2021, 12, 20), SubjectRef.Demand(Spoken), Stance.Rejects));

        negotiation.StanceOn(TestWorld.Nato, SubjectRef.Demand(Spoken)).Reason
            .Should().Be("NATO rejected the demand 'd1' (20 December 2021, statement 'n-1': \"Our view.\")");
    }

    [Fact]
    public void StanceOn_NoStanceAndNoDay_SaysSoWithoutADay()
    {
        Tabled().StanceOn(TestWorld.Nato, SubjectRef.Demand(Spoken)).Reason.Should().Be("NATO has taken no stance on the demand 'd1'");
        Tabled().StanceOn(TestWorld.Nato, SubjectRef.Proposal(new ProposalId("p1"))).Reason.Should().Be("NATO has taken no stance on the proposal 'p1'");
    }

    [Fact]
    public void StanceOn_AnApproximateLaterStatementWithTheSameStance_IsStillCertain()
    {
        // Given NATO rejects on the 20th, and says the same some time in the week of the 20th
        var negotiation = Tabled()
            .ShouldAccept(Says(TestWorld.Nato, "n-1", new LocalDate(2021, 12, 20), SubjectRef.Demand(Spoken), Stance.Rejects))
            .ShouldAccept(Says(TestWorld.Nato, "n-2", DateWindow.WeekOf(new LocalDate(2021, 12, 20)), SubjectRef.Demand(Spoken), Stance.Rejects));

        var answer = negotiation.StanceOn(TestWorld.Nato, SubjectRef.Demand(Spoken), new LocalDate(2021, 12, 21));

        answer.Certain.Should().Be(Truth.Yes, "whichever came last, the stance is the same");
        answer.Reason.Should().NotContain("undetermined");
    }

    [Fact]
    public void StanceOn_AnApproximateLaterStatementRejectingOnlyInPart_IsUndeterminedAndSaysWhy()
    {
        var negotiation = Tabled()
            .ShouldAccept(Says(TestWorld.Nato, "n-1", new LocalDate(2021, 12, 20), SubjectRef.Demand(Spoken), Stance.Rejects))
            .ShouldAccept(Says(TestWorld.Nato, "n-2", DateWindow.WeekOf(new LocalDate(2021, 12, 20)), SubjectRef.Demand(Spoken), Stance.Rejects, Extent.Part));

        var answer = negotiation.StanceOn(TestWorld.Nato, SubjectRef.Demand(Spoken), new LocalDate(2021, 12, 21));

        answer.Certain.Should().Be(Truth.Undetermined);
        answer.Reason.Should().Be("NATO rejected the demand 'd1' (20 December 2021, statement 'n-1': \"Our view.\"); undetermined: NATO may already have "
            + "taken a later stance (Rejects, in part, week of 20 December 2021, statement 'n-2'), dated too approximately to say");
    }

    [Fact]
    public void StanceOn_AnApproximateLaterStatementOpenToDiscuss_IsUndeterminedAndSaysWhy()
    {
        var negotiation = Tabled()
            .ShouldAccept(Says(TestWorld.Nato, "n-1", new LocalDate(2021, 12, 20), SubjectRef.Demand(Spoken), Stance.Rejects))
            .ShouldAccept(Says(TestWorld.Nato, "n-2", DateWindow.WeekOf(new LocalDate(2021, 12, 20)), SubjectRef.Demand(Spoken), Stance.OpenToDiscuss));

        negotiation.StanceOn(TestWorld.Nato, SubjectRef.Demand(Spoken), new LocalDate(2021, 12, 21)).Reason.Should().Be(
            "NATO rejected the demand 'd1' (20 December 2021, statement 'n-1': \"Our view.\"); undetermined: NATO may already have "
            + "taken a later stance (OpenToDiscuss, week of 20 December 2021, statement 'n-2'), dated too approximately to say");
    }

    [Fact]
    public void StanceOn_OnlyAnApproximateStatementThatMayAlreadyHaveBeenMade_IsNoStanceYetButUndetermined()
    {
        var negotiation = Tabled()
            .ShouldAccept(Says(TestWorld.Nato, "n-1", DateWindow.WeekOf(new LocalDate(2021, 12, 20)), SubjectRef.Demand(Spoken), Stance.Rejects));

        var answer = negotiation.StanceOn(TestWorld.Nato, SubjectRef.Demand(Spoken), new LocalDate(2021, 12, 21));

        answer.Stance.Should().Be(Stance.NoStance);
        answer.Certain.Should().Be(Truth.Undetermined);
        answer.Reason.Should().StartWith("NATO has taken no stance on the demand 'd1' by 21 December 2021; undetermined:");
    }
}
