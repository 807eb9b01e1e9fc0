using Negotiation.Model.Tests.TestSupport;
using NodaTime;

// Not ...Engine.State, the folder's name: that namespace would hide the model's State type from every test under Engine.
namespace Negotiation.Model.Tests.Engine.Evolution;

/// <summary>The two forms of an evolution: over persistent data (Record, replays) and over a bulk evolution's builder,
/// which keeps what each entity was before the fact for the indexes.</summary>
public sealed class CaseEvolutionTests
{
    private static readonly TopicId ConventionalArms = new("conventional-arms-control");
    private static readonly Fact AnyFact = Given.TopicDefined(new Topic(ConventionalArms, "Conventional arms control"), new LocalDate(2022, 1, 10));

    [Fact]
    public void Put_InABulkEvolution_KeepsTheValueBeforeTheFactOnce()
    {
        var builder = new CaseDataBuilder();
        var first = new Topic(ConventionalArms, "Conventional arms control");
        builder.Topics[ConventionalArms] = first;
        var evolution = new CaseEvolution(builder, AnyFact);

        evolution.Put(first with { Name = "Conventional arms talks" });
        evolution.Put(first with { Name = "Conventional forces in Europe" });

        evolution.Written.Should().ContainSingle("an entity written twice by one fact is one change");
        evolution.Previous.Should().Equal([first], "the value before the fact is the one the first write replaced");
        builder.Topics[ConventionalArms].Name.Should().Be("Conventional forces in Europe", "the builder holds the last write");
    }

    [Fact]
    public void Put_ANewEntityInABulkEvolution_HasNoPreviousValue()
    {
        var evolution = new CaseEvolution(new CaseDataBuilder(), AnyFact);

        evolution.Put(new Topic(ConventionalArms, "Conventional arms control"));

        evolution.Previous.Should().Equal([null]);
    }

    [Fact]
    public void Next_StartsTheNextFactWithNothingWritten()
    {
        var evolution = new CaseEvolution(new CaseDataBuilder(), AnyFact);
        evolution.Put(new Topic(ConventionalArms, "Conventional arms control"));
        var next = Given.TopicDefined(new Topic(TestWorld.SecurityGuarantees, "Security guarantees"), new LocalDate(2022, 1, 11));

        evolution.Next(next).Should().BeSameAs(evolution);

        evolution.Fact.Should().BeSameAs(next);
        evolution.Written.Should().BeEmpty();
        evolution.Previous.Should().BeEmpty();
    }

    [Fact]
    public void Data_OfABulkEvolution_IsAProgrammerError() =>
        new CaseEvolution(new CaseDataBuilder(), AnyFact).Invoking(e => e.Data)
            .Should().Throw<InvalidOperationException>().WithMessage("*read the evolution's own properties*");

    [Fact]
    public void Next_OfAPersistentEvolution_IsAProgrammerError() =>
        new CaseEvolution(TestWorld.Case.Data, AnyFact).Invoking(e => e.Next(AnyFact))
            .Should().Throw<InvalidOperationException>().WithMessage("*one fact*");

    [Fact]
    public void Put_OverPersistentData_LeavesTheOldVersionUntouchedAndKeepsNoPreviousValues()
    {
        var before = TestWorld.Case.Data;
        var evolution = new CaseEvolution(before, AnyFact);

        evolution.Put(new Topic(ConventionalArms, "Conventional arms control"));

        evolution.Data.Topics.Should().ContainKey(ConventionalArms);
        before.Topics.Should().NotContainKey(ConventionalArms);
        evolution.Previous.Should().BeNull();
    }
}
