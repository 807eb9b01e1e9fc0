using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Cases;

public sealed class FactLogTests
{
    private static readonly Moment LastWeek = DateWindow.LastWeek(TestWorld.ArticleDay);

    private static readonly Fact[] Story =
    [
        Given.DocumentPresented(TestWorld.RussianDraft(), LastWeek),
        Given.DemandTabled(TestWorld.RussianDemand("legal-guarantees"), TestWorld.ArticleDay),
        Given.RoundPlanned(TestWorld.Bilateral(), TestWorld.ArticleDay),
        Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva),
    ];

    [Fact]
    public void Log_AfterEachRecord_HoldsTheFactsInTheOrderRecorded()
    {
        var negotiation = TestWorld.Case;
        var before = negotiation.Version;

        foreach (var fact in Story)
        {
            negotiation = negotiation.RecordOrThrow(fact);
        }

        negotiation.Log.Count.Should().Be(before + Story.Length);
        negotiation.Log.Skip(before).Should().Equal(Story);
        negotiation.Log[^1].Should().BeSameAs(Story[^1]);
        Enumerable.Range(0, negotiation.Log.Count).Select(i => negotiation.Log[i]).Should().Equal(negotiation.Log);
    }

    [Fact]
    public void Log_OfAnEmptyCase_IsEmpty()
    {
        var log = NegotiationCase.Create(new CaseId("empty"), "Empty").Log;

        log.IsEmpty.Should().BeTrue();
        log.Count.Should().Be(0);
        log.Should().BeEmpty();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void Indexer_OutsideTheLog_ThrowsSayingHowManyFactsThereAre(int outside)
    {
        var log = TestWorld.Case.Log;
        var index = outside < 0 ? outside : log.Count;

        var read = () => log[index];

        read.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*{log.Count} items*");
    }

    [Fact]
    public void Log_OfAnEarlierVersion_IsUnchangedByLaterRecordsAndByForks()
    {
        // Versions share their earlier facts: a later record and a fork from an earlier version (as of a past date, then
        // recording something else) must leave every version's log as it was.
        var first = TestWorld.Case.RecordOrThrow(Story[0], Story[1]);
        var later = first.RecordOrThrow(Story[2], Story[3]);
        var fork = first.RecordOrThrow(Given.DevelopmentOccurred(Exercise("exercise"), Moment.On(new LocalDate(2022, 2, 10))));

        first.Log.Should().HaveCount(TestWorld.Case.Version + 2);
        first.Log[^1].Should().BeSameAs(Story[1]);
        later.Log.TakeLast(2).Should().Equal(Story[2], Story[3]);
        fork.Log.Should().HaveCount(first.Version + 1);
        fork.Log.Take(first.Version).Should().Equal(first.Log);
        fork.Log[^1].Should().BeOfType<DevelopmentOccurred>();
    }

    [Fact]
    public void Log_OfALongCase_ReadsEveryFactByPosition()
    {
        // Past one block of 32 and one level of the trie (32 × 32 facts), where the list changes shape.
        var negotiation = TestWorld.Case;
        var facts = Enumerable.Range(0, 1100)
            .Select(i => (Fact)Given.DevelopmentOccurred(Exercise($"exercise-{i}"), Moment.On(new LocalDate(2022, 1, 1).PlusDays(i % 300))))
            .ToList();

        negotiation = negotiation.RecordAll(facts).Case;

        negotiation.Log.Skip(TestWorld.Case.Version).Should().Equal(facts);
        negotiation.Log[TestWorld.Case.Version + 1099].Should().BeSameAs(facts[1099]);
    }

    private static Development Exercise(string id) =>
        new(new DevelopmentId(id), DevelopmentKind.Exercise, "An exercise.") { Actors = [TestWorld.Russia] };
}
