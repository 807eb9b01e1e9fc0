using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Queries;

public sealed class DemandPackageQueriesTests
{
    private static readonly LocalDate Day = new(2022, 1, 10);

    // Russia tables two demands of NATO as one package, and a third outside it.
    private static NegotiationCase Packaged() => TestWorld.Case
        .ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d1") with { Package = "guarantees" }))
        .ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d2") with { Package = "guarantees" }))
        .ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d3")));

    private static StatementMade Nato(string id, Stance stance, params string[] demands) =>
        Given.StatementMade(new Statement(new StatementId(id), TestWorld.Nato, StatementKind.Assessment, "Our answer.")
        {
            Stances = [.. demands.Select(d => new StanceTaken(SubjectRef.Demand(new DemandId(d)), stance))],
        }, Day);

    [Fact]
    public void Packages_DemandsNamingAPackage_FormOneEntity()
    {
        var package = Packaged().Packages().Should().ContainSingle().Subject;

        package.Should().Be(new DemandPackage("guarantees", TestWorld.Russia, [new DemandId("d1"), new DemandId("d2")]));
        Packaged().Package("guarantees").Should().Be(package);
        Packaged().Package("unknown").Should().BeNull();
    }

    [Fact]
    public void PackageStatus_NoReaction_IsTabled() =>
        Packaged().PackageStatus(Packaged().Package("guarantees")!, TestWorld.Nato).Should().Be(DemandStatus.Tabled);

    [Fact]
    public void PackageStatus_OneDemandRejected_RejectsThePackage()
    {
        var negotiation = Packaged().ShouldAccept(Nato("s1", Stance.Accepts, "d1")).ShouldAccept(Nato("s2", Stance.Rejects, "d2"));

        negotiation.PackageStatus(negotiation.Package("guarantees")!, TestWorld.Nato).Should().Be(DemandStatus.Rejected);
    }

    [Fact]
    public void PackageStatus_PartAccepted_IsUnderDiscussionUntilAllAre()
    {
        var partly = Packaged().ShouldAccept(Nato("s1", Stance.Accepts, "d1"));
        var whole = partly.ShouldAccept(Nato("s2", Stance.Accepts, "d2"));

        partly.PackageStatus(partly.Package("guarantees")!, TestWorld.Nato).Should().Be(DemandStatus.UnderDiscussion);
        whole.PackageStatus(whole.Package("guarantees")!, TestWorld.Nato).Should().Be(DemandStatus.Accepted);
    }

    [Fact]
    public void PackageStatus_NotAnAddressee_IsNull() =>
        Packaged().PackageStatus(Packaged().Package("guarantees")!, TestWorld.Eu).Should().BeNull();
}
