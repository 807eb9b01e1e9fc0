using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Proposals;

public sealed class ProposalTests
{
    private static readonly Proposal ExerciseLimits = new(new ProposalId("exercise-limits"), TestWorld.UnitedStates, [TestWorld.Russia], "Reciprocal limits on the size of exercises.");

    [Fact]
    public void Constructor_RequiredMembersOnly_DefaultsTheRest()
    {
        ExerciseLimits.Topics.Should().BeEmpty();
        ExerciseLimits.Answers.Should().BeEmpty();
        ExerciseLimits.Condition.Should().BeNull();
        ExerciseLimits.IsReciprocal.Should().BeFalse();
        ExerciseLimits.Source.Should().BeNull();
    }

    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentException()
    {
        var act = () => new Proposal(default, TestWorld.UnitedStates, [TestWorld.Russia], "text");

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void With_NullText_ThrowsArgumentNullException()
    {
        var act = () => ExerciseLimits with { Text = null! };

        act.Should().Throw<ArgumentNullException>().WithParameterName("Text");
    }

    [Fact]
    public void Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            ExerciseLimits with { Answers = [new DemandId("no-exercises")] },
            new Proposal(new ProposalId("exercise-limits"), TestWorld.UnitedStates, [TestWorld.Russia], "Reciprocal limits on the size of exercises.")
            {
                Answers = [SubjectRef.Demand(new DemandId("no-exercises"))],
            },
            ExerciseLimits,
            ExerciseLimits with { Answers = [new DemandId("no-exercises")], IsReciprocal = true },
            ExerciseLimits with { Answers = [new DemandId("no-exercises")], Condition = "if Russia does the same" },
            ExerciseLimits with { Answers = [new DocumentId("no-exercises")] });
}
