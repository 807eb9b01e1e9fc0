using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Developments;

public sealed class DevelopmentTests
{
    private static readonly DevelopmentId Id = new("invasion");
    private static readonly LocalDate Day = new(2022, 2, 24);

    [Fact]
    public void Concerns_ActorTargetOrNeither_OnlyNamedParties()
    {
        var invasion = Invasion();

        invasion.Concerns(TestWorld.Russia).Should().BeTrue();
        invasion.Concerns(TestWorld.Ukraine).Should().BeTrue();
        invasion.Concerns(TestWorld.Georgia).Should().BeFalse();
    }

    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentException()
    {
        var act = () => new Development(default, DevelopmentKind.Invasion, "Invasion");

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            Invasion(),
            Invasion(),
            Invasion() with { Kind = DevelopmentKind.TroopBuildUp },
            Invasion() with { Targets = [TestWorld.Georgia] },
            Invasion() with { Actors = [] },
            Invasion() with { Description = "Full-scale invasion" });

    [Fact]
    public void DevelopmentOccurred_WellFormed_RecordsItWithWhenItHappened()
    {
        var negotiation = TestWorld.Case.ShouldAccept(Given.DevelopmentOccurred(Invasion(), Day));

        negotiation.Developments[Id].Occurred.Should().Be(Moment.On(Day));
        negotiation.Developments[Id].Targets.Should().Equal(TestWorld.Ukraine);
    }

    [Fact]
    public void DevelopmentOccurred_TakenId_FailsWithDuplicateId() =>
        TestWorld.Case.RecordOrThrow(Given.DevelopmentOccurred(Invasion(), Day))
            .ShouldRefuse(Given.DevelopmentOccurred(Invasion(), Day), ErrorCodes.DuplicateId, "Developments[invasion]");

    [Fact]
    public void DevelopmentOccurred_BlankDescription_FailsWithTextRequired() =>
        TestWorld.Case.ShouldRefuse(Given.DevelopmentOccurred(Invasion() with { Description = "" }, Day), ErrorCodes.TextRequired, "Developments[invasion].Description");

    [Fact]
    public void DevelopmentOccurred_UnknownActor_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.DevelopmentOccurred(Invasion() with { Actors = [TestWorld.Atlantis] }, Day), ErrorCodes.UnknownParty, "Developments[invasion].Actors[0]");

    [Fact]
    public void DevelopmentOccurred_UnknownTarget_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.DevelopmentOccurred(Invasion() with { Targets = [TestWorld.Ukraine, TestWorld.Atlantis] }, Day), ErrorCodes.UnknownParty, "Developments[invasion].Targets[1]");

    [Fact]
    public void DevelopmentOccurred_Describe_NamesKindAndWhatHappened() =>
        Given.DevelopmentOccurred(Invasion(), Day).Describe().Should().Be("Invasion: Russia invades Ukraine");

    private static Development Invasion() =>
        new(Id, DevelopmentKind.Invasion, "Russia invades Ukraine") { Actors = [TestWorld.Russia], Targets = [TestWorld.Ukraine] };
}
