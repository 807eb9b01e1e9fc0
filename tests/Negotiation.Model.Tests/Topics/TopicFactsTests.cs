using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Topics;

public sealed class TopicFactsTests
{
    private static readonly TopicId Exercises = new("military-exercises");

    [Fact]
    public void TopicDefined_NarrowerThanAKnownTopic_AddsIt()
    {
        var exercises = new Topic(Exercises, "Military exercises", TestWorld.MilitaryDeployments);

        TestWorld.Case.ShouldAccept(Given.TopicDefined(exercises)).Topics[Exercises].Should().Be(exercises);
    }

    [Fact]
    public void TopicDefined_TakenId_FailsWithDuplicateId() =>
        TestWorld.Case.ShouldRefuse(Given.TopicDefined(new Topic(TestWorld.ArmsControl, "Arms control")), ErrorCodes.DuplicateId, "Topics[arms-control]");

    [Fact]
    public void TopicDefined_BlankName_FailsWithNameRequired() =>
        TestWorld.Case.ShouldRefuse(Given.TopicDefined(new Topic(Exercises, "\t")), ErrorCodes.NameRequired, "Topics[military-exercises].Name");

    [Fact]
    public void TopicDefined_OwnBroaderTopic_FailsWithTopicIsOwnBroader() =>
        TestWorld.Case.ShouldRefuse(Given.TopicDefined(new Topic(Exercises, "Military exercises", Exercises)), ErrorCodes.TopicIsOwnBroader, "Topics[military-exercises].Broader");

    [Fact]
    public void TopicDefined_UnknownBroaderTopic_FailsWithUnknownTopic() =>
        TestWorld.Case.ShouldRefuse(Given.TopicDefined(new Topic(Exercises, "Military exercises", new TopicId("defence"))), ErrorCodes.UnknownTopic, "Topics[military-exercises].Broader");

    [Fact]
    public void TopicDefined_Describe_NamesTheBroaderTopic()
    {
        Given.TopicDefined(new Topic(Exercises, "Military exercises", TestWorld.MilitaryDeployments)).Describe().Should().Be("topic 'Military exercises' (within military-deployments)");
        Given.TopicDefined(new Topic(Exercises, "Military exercises")).Describe().Should().Be("topic 'Military exercises'");
    }
}
