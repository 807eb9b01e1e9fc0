using Negotiation.Model.Tests.Properties;
using Negotiation.Model.Tests.Scenarios;
using Negotiation.Model.Tests.TestSupport;
using NodaTime;
using static Negotiation.Model.Tests.TestSupport.TestWorld;

namespace Negotiation.Model.Tests.Engine.History;

/// <summary>The per-party view keeps no checkpoints until its past is asked about (<see cref="CaseHistory.Deferred(CaseData, CaseHistory, AppendVector{Fact})"/>):
/// what it answers about its past must be what a view with checkpoints built fact by fact answers.</summary>
public sealed class DeferredHistoryTests
{
    private static NegotiationCase Seed() => SecurityGuarantees2021.Case;

    [Fact]
    public void AsSeenBy_KeepsNoCheckpointsUntilThePastIsAskedAbout()
    {
        var view = Seed().AsSeenBy(Eu);

        view.Data.History.IsDeferred.Should().BeTrue("a view is evolved in bulk and its checkpoints are built on demand");
        view.Data.History.Occurred.Should().NotBeNull();
    }

    [Fact]
    public void AsSeenBy_ItsCheckpoints_AreThoseOfItsLogReplayedFactByFact()
    {
        var view = Seed().AsSeenBy(Eu);
        var eager = view.Log.Aggregate(CaseData.Empty, CaseEngine.Replay);

        var checkpoints = view.Data.History.Checkpoints;

        view.Data.History.IsDeferred.Should().BeFalse("reading the checkpoints builds them");
        checkpoints.Select(c => c.Log.Count).Should().Equal(eager.History.Checkpoints.Select(c => c.Log.Count));
        CaseAnswers.Of(view.With(checkpoints[^1]), Eu).Should().Equal(CaseAnswers.Of(view.With(eager.History.Checkpoints[^1]), Eu));
        view.Data.History.Checkpoints.Should().Equal(checkpoints, ReferenceEquals, "they are built once");
    }

    [Fact]
    public void AsSeenBy_AsOfAndKnownOn_AnswerAsTheViewWithCheckpoints()
    {
        var negotiation = Seed();
        var view = negotiation.AsSeenBy(Eu);
        var eager = view.With(view.Log.Aggregate(CaseData.Empty, CaseEngine.Replay));
        var day = new LocalDate(2021, 12, 20);
        var when = negotiation.Log[negotiation.Log.Count / 2].Recorded;

        CaseAnswers.Of(view.AsOf(day), Eu).Should().Equal(CaseAnswers.Of(eager.AsOf(day), Eu));
        CaseAnswers.Of(view.KnownOn(when), Eu).Should().Equal(CaseAnswers.Of(eager.KnownOn(when), Eu));
        view.AsOf(day).Version.Should().BeLessThan(view.Version, "the seed has facts after 20 December 2021");
    }

    [Fact]
    public void AsSeenBy_ThenRecord_TakesCheckpointsAsAnyCaseDoes()
    {
        var view = Seed().AsSeenBy(Eu);
        var facts = Enumerable.Range(0, CaseHistory.BlockSize).Select(i => Given.TopicDefined(new Topic(new TopicId($"deferred-{i}"), $"Topic {i}"), Moment.On(new LocalDate(2022, 3, 1)))).ToList();

        var extended = facts.Aggregate(view, (c, fact) => c.RecordOrThrow(fact));

        extended.Data.History.Checkpoints.Should().HaveCount(extended.Version / CaseHistory.BlockSize);
        extended.Data.History.Checkpoints[^1].Log.Count.Should().Be(extended.Version / CaseHistory.BlockSize * CaseHistory.BlockSize);
        CaseAnswers.Of(extended.AsOf(new LocalDate(2021, 12, 20)), Eu).Should().Equal(CaseAnswers.Of(view.AsOf(new LocalDate(2021, 12, 20)), Eu));
    }

    [Fact]
    public async Task AsSeenBy_CheckpointsReadFromManyThreads_AreBuiltOnce()
    {
        var view = Seed().AsSeenBy(Russia);

        var lists = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => view.Data.History.Checkpoints)));

        lists.Should().AllSatisfy(list => list.Should().Equal(lists[0], ReferenceEquals));
    }
}
