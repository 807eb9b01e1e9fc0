using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Demands;

public sealed class DemandLifecycleTests
{
    private static readonly DemandLifecycle Tabled = new(TestWorld.ArticleDay);

    [Fact]
    public void IsStanding_JustTabled_IsTrue() => Tabled.IsStanding.Should().BeTrue();

    [Fact]
    public void IsStanding_Withdrawn_IsFalse() => (Tabled with { Withdrawn = TestWorld.January }).IsStanding.Should().BeFalse();

    [Fact]
    public void IsStanding_Replaced_IsFalse() => (Tabled with { ReplacedBy = new DemandId("harder") }).IsStanding.Should().BeFalse();

    [Fact]
    public void Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            Tabled,
            new DemandLifecycle(Moment.On(TestWorld.ArticleDay)),
            Tabled with { Withdrawn = TestWorld.January },
            Tabled with { Hardened = true },
            Tabled with { Replaced = TestWorld.January },
            new DemandLifecycle(TestWorld.January));
}
