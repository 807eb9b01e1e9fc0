using System.Collections.Immutable;

namespace Negotiation.Model.Tests.Utility;

/// <summary>The edges of the small helpers: a name exactly as long as a display line allows, a list compared with nothing,
/// a topic walk that reaches its scope on its last allowed step or meets a loop.</summary>
public sealed class BoundaryTests
{
    [Fact]
    public void DisplayOf_ANameOfExactlySixtyCharacters_IsShownWhole()
    {
        var name = new string('x', 60);

        Display.Of("Party", "p1", name).Should().Be($"Party p1 ({name})");
        Display.Of("Party", "p1", name + "y").Should().Be($"Party p1 ({new string('x', 59)}…)");
    }

    [Fact]
    public void SharedListEquals_Null_IsFalse() =>
        SharedList<int>.From([1, 2]).Equals((SharedList<int>?)null).Should().BeFalse();

    [Fact]
    public void SharedListEquals_SameItemsInAnotherList_IsTrue() =>
        SharedList<int>.From([1, 2]).Equals(SharedList<int>.Empty.Add(1).Add(2)).Should().BeTrue();

    [Fact]
    public void Covers_ScopeReachedOnTheLastStepTheTopicsAllow_IsTrue()
    {
        // One known topic, whose broader topic is not itself among the topics: the walk takes one step up to reach it.
        var topics = ImmutableDictionary<TopicId, Topic>.Empty.Add(new TopicId("enlargement"), new Topic(new TopicId("enlargement"), "Enlargement", new TopicId("security")));

        TopicHierarchy.Covers(topics, new TopicId("security"), new TopicId("enlargement")).Should().BeTrue();
    }

    [Fact]
    public void Covers_ALoopThatNeverReachesTheScope_EndsWithFalse()
    {
        var a = new TopicId("a");
        var b = new TopicId("b");
        var topics = ImmutableDictionary<TopicId, Topic>.Empty.Add(a, new Topic(a, "A", b)).Add(b, new Topic(b, "B", a));

        TopicHierarchy.Covers(topics, new TopicId("c"), a).Should().BeFalse();
    }
}
