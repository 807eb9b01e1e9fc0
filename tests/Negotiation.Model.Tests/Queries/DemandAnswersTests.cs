using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Queries;

/// <summary>The answers about demands an analyst reads word for word: why a demand stands where it does with an
/// addressee, how a package stands taken whole, and the order lists come in.</summary>
public sealed class DemandAnswersTests
{
    private static readonly LocalDate Tabled = new(2021, 12, 17);
    private static readonly LocalDate Answered = new(2021, 12, 21);

    private static NegotiationCase WithDemands(params string[] ids) =>
        TestWorld.Case.RecordOrThrow(ids.Select(id => Given.DemandTabled(TestWorld.RussianDemand(id), Tabled)));

    private static StatementMade Nato(string id, params StanceTaken[] stances) =>
        Given.StatementMade(new Statement(new StatementId(id), TestWorld.Nato, StatementKind.Assessment, "Our answer.") { Stances = [.. stances] }, Answered);

    private static StanceTaken On(string demand, Stance stance, Extent extent = Extent.Whole) => new(SubjectRef.Demand(new DemandId(demand)), stance, extent);

    private static string ReasonOf(NegotiationCase negotiation, string demand) =>
        negotiation.StatusesOf(new DemandId(demand)).Should().ContainSingle().Subject.Reason;

    [Theory]
    [InlineData(Stance.Accepts, Extent.Whole, "NATO accepted it")]
    [InlineData(Stance.Accepts, Extent.Part, "NATO accepted part of it")]
    [InlineData(Stance.Rejects, Extent.Whole, "NATO rejected it")]
    [InlineData(Stance.Rejects, Extent.Part, "NATO rejected part of it")]
    [InlineData(Stance.OpenToDiscuss, Extent.Whole, "NATO is open to discuss it")]
    public void StatusesOf_AnAnswer_SaysWhoSaidWhatWhenAndQuotesIt(Stance stance, Extent extent, string said)
    {
        var negotiation = WithDemands("d1").ShouldAccept(Nato("s1", On("d1", stance, extent)));

        ReasonOf(negotiation, "d1").Should().Be($"{said} (21 December 2021, statement 's1': \"Our answer.\")");
    }

    [Fact]
    public void StatusesOf_NoAnswer_SaysTabledAndNotYetAnswered() =>
        ReasonOf(WithDemands("d1"), "d1").Should().Be("tabled (17 December 2021); NATO has not reacted yet");

    [Fact]
    public void StatusesOf_Withdrawn_SaysTheAuthorWithdrewItAndWhen() =>
        ReasonOf(WithDemands("d1").ShouldAccept(Given.DemandWithdrawn(new DemandId("d1"), Answered)), "d1")
            .Should().Be("Russia withdrew it (21 December 2021)");

    [Theory]
    [InlineData(false, "Russia replaced it with 'd2' (21 December 2021)")]
    [InlineData(true, "Russia hardened it into 'd2' (21 December 2021)")]
    public void StatusesOf_Replaced_SaysByWhichDemand(bool hardened, string reason) =>
        ReasonOf(WithDemands("d1", "d2").ShouldAccept(Given.DemandReplaced(new DemandId("d1"), new DemandId("d2"), Answered, hardened)), "d1")
            .Should().Be(reason);

    [Fact]
    public void PackageStatus_EverythingSettled_IsSettled()
    {
        var negotiation = Packaged()
            .ShouldAccept(Given.DemandSettled(new DemandId("d1"), DemandOutcome.Met, Answered))
            .ShouldAccept(Given.DemandSettled(new DemandId("d2"), DemandOutcome.NotMet, Answered));

        negotiation.PackageStatus(negotiation.Package("guarantees")!, TestWorld.Nato).Should().Be(DemandStatus.Settled);
    }

    [Fact]
    public void PackageStatus_OneSettledOneAccepted_IsAccepted()
    {
        var negotiation = Packaged()
            .ShouldAccept(Given.DemandSettled(new DemandId("d1"), DemandOutcome.Met, Answered))
            .ShouldAccept(Nato("s1", On("d2", Stance.Accepts)));

        negotiation.PackageStatus(negotiation.Package("guarantees")!, TestWorld.Nato).Should().Be(DemandStatus.Accepted);
    }

    [Fact]
    public void PackageStatus_OneDemandPartlyRejected_IsPartlyRejected()
    {
        var negotiation = Packaged().ShouldAccept(Nato("s1", On("d1", Stance.Rejects, Extent.Part)));

        negotiation.PackageStatus(negotiation.Package("guarantees")!, TestWorld.Nato).Should().Be(DemandStatus.PartlyRejected);
    }

    [Fact]
    public void PackageStatus_EverythingWithdrawn_IsWithdrawn()
    {
        var negotiation = Packaged()
            .ShouldAccept(Given.DemandWithdrawn(new DemandId("d1"), Answered))
            .ShouldAccept(Given.DemandWithdrawn(new DemandId("d2"), Answered));

        negotiation.PackageStatus(negotiation.Package("guarantees")!, TestWorld.Nato).Should().Be(DemandStatus.Withdrawn);
    }

    [Fact]
    public void PackageStatus_OneWithdrawnOneStillTabled_IsUnderDiscussion()
    {
        var negotiation = Packaged().ShouldAccept(Given.DemandWithdrawn(new DemandId("d1"), Answered));

        negotiation.PackageStatus(negotiation.Package("guarantees")!, TestWorld.Nato).Should().Be(DemandStatus.UnderDiscussion);
    }

    [Fact]
    public void Packages_SeveralNames_ComeInNameOrderWithTheirAuthor()
    {
        // Given NATO's package "arms" tabled after Russia's "guarantees"
        var nato = new Demand(new DemandId("n1"), TestWorld.Nato, [TestWorld.Russia], "Pull back.") { Package = "arms" };
        var negotiation = Packaged().ShouldAccept(Given.DemandTabled(nato, Answered));

        negotiation.Packages().Select(p => (p.Name, p.Author)).Should().Equal(("arms", TestWorld.Nato), ("guarantees", TestWorld.Russia));
    }

    [Fact]
    public void ConflictingDemands_SeveralOfOtherParties_ComeInIdOrder()
    {
        // Given two NATO demands that each name Russia's as one they conflict with
        var negotiation = WithDemands("d1").RecordOrThrow(Conflicting("n2"), Conflicting("n1"));

        negotiation.ConflictingDemands(new DemandId("d1")).Select(d => d.Id.ToString()).Should().Equal("n1", "n2");
    }

    [Fact]
    public void OpenDemandsWithAClosedStatus_AreNone()
    {
        // Given Russia withdraws one of two demands
        var negotiation = WithDemands("d1", "d2").ShouldAccept(Given.DemandWithdrawn(new DemandId("d1"), Answered));

        // Then it is among the withdrawn demands, but not among the open ones
        negotiation.SelectDemands().WithStatus(DemandStatus.Withdrawn).Ids.Should().Equal(new DemandId("d1"));
        negotiation.OpenDemands().WithStatus(DemandStatus.Withdrawn).Should().BeEmpty();
        negotiation.OpenDemands().WithStatus(DemandStatus.Tabled).Ids.Should().Equal(new DemandId("d2"));
    }

    [Fact]
    public void StatementsOn_TwoOnTheSameDay_ComeInIdOrder()
    {
        var negotiation = WithDemands("d1")
            .ShouldAccept(Nato("s-b", On("d1", Stance.Rejects)))
            .ShouldAccept(Nato("s-a", On("d1", Stance.Rejects)));

        negotiation.StatementsOn(new DemandId("d1")).Select(s => s.Id.ToString()).Should().Equal("s-a", "s-b");
    }

    private static DemandTabled Conflicting(string id) =>
        Given.DemandTabled(new Demand(new DemandId(id), TestWorld.Nato, [TestWorld.Russia], "Pull back.") { ConflictsWith = [new DemandId("d1")] }, Answered);

    private static NegotiationCase Packaged() => TestWorld.Case
        .ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d1") with { Package = "guarantees" }, Tabled))
        .ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d2") with { Package = "guarantees" }, Tabled));
}
