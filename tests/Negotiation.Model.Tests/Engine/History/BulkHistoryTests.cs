using CsCheck;
using Negotiation.Model.Tests.Properties;
using Negotiation.Model.Tests.Scenarios;
using Negotiation.Model.Tests.TestSupport;
using NodaTime;
using static Negotiation.Model.Tests.TestSupport.TestWorld;

namespace Negotiation.Model.Tests.Engine.History;

/// <summary>A case recorded in bulk (<see cref="NegotiationCase.RecordAll"/>, and so a loaded case file) leaves the
/// checkpoints of its blocks to be built when its past is first asked about (<see cref="CaseHistory.Deferred(CaseData)"/>):
/// every answer must be what the same facts recorded one by one give.</summary>
public sealed class BulkHistoryTests
{
    private static NegotiationCase OneByOne(NegotiationCase start, IEnumerable<Fact> facts) =>
        facts.Aggregate(start, (negotiation, fact) => negotiation.Record(fact).TryGetCase(out var recorded) ? recorded : throw new InvalidOperationException($"Refused: {fact.Describe()}"));

    private static NegotiationCase InBulk(NegotiationCase start, IEnumerable<Fact> facts) =>
        start.RecordAll(facts).TryGetCase(out var recorded) ? recorded : throw new InvalidOperationException("The facts were refused.");

    private static List<Fact> Topics(int count, string prefix) =>
        [.. Enumerable.Range(0, count).Select(i => Given.TopicDefined(new Topic(new TopicId($"{prefix}-{i}"), $"Topic {i}"), Moment.On(new LocalDate(2021, 12, 2))))];

    [Fact]
    public void RecordAll_KeepsNoCheckpointsUntilThePastIsAskedAbout()
    {
        var seed = SecurityGuarantees2021.Case;

        var loaded = InBulk(Empty, seed.Log);

        loaded.Data.History.IsDeferred.Should().BeTrue("the checkpoints of a bulk are built when the past is first asked about");
        loaded.Data.History.Count.Should().Be(loaded.Version / CaseHistory.BlockSize);
        CaseAnswers.Of(loaded.AsOf(ArticleDay)).Should().Equal(CaseAnswers.Of(seed.AsOf(ArticleDay)));
        _ = loaded.Data.History.Checkpoints;
        loaded.Data.History.IsDeferred.Should().BeFalse("reading the checkpoints built them");
    }

    [Fact]
    public void RecordAll_ItsCheckpoints_AreThoseOfRecordingOneByOne()
    {
        var seed = SecurityGuarantees2021.Case;
        var oneByOne = OneByOne(Empty, seed.Log);

        var checkpoints = InBulk(Empty, seed.Log).Data.History.Checkpoints;

        checkpoints.Select(c => c.Log.Count).Should().Equal(oneByOne.Data.History.Checkpoints.Select(c => c.Log.Count));
        checkpoints.Zip(oneByOne.Data.History.Checkpoints).Should().AllSatisfy(pair =>
            CaseAnswers.Of(seed.With(pair.First)).Should().Equal(CaseAnswers.Of(seed.With(pair.Second))));
    }

    [Fact]
    public void RecordAll_OntoACaseWithCheckpoints_KeepsThoseAndDefersOnlyTheNewBlocks()
    {
        var start = OneByOne(Case, Topics(40, "kept"));
        var more = Topics(40, "bulk");

        var extended = InBulk(start, more);
        var oneByOne = OneByOne(start, more);

        extended.Data.History.Block(1, extended.Data.Log).Should().BeSameAs(start.Data.History.Block(1, start.Data.Log), "the blocks the case had are its own");
        extended.Data.History.Checkpoints.Select(c => c.Log.Count).Should().Equal(oneByOne.Data.History.Checkpoints.Select(c => c.Log.Count));
        CaseAnswers.Of(extended.KnownOn(extended.Log[start.Version + 20].Recorded)).Should()
            .Equal(CaseAnswers.Of(oneByOne.KnownOn(oneByOne.Log[start.Version + 20].Recorded)));
    }

    [Fact]
    public void RecordAll_ThenRecord_KeepsTheNextBlocksAsAnyCaseDoes()
    {
        var loaded = InBulk(Case, Topics(20, "bulk"));
        var more = Topics(2 * CaseHistory.BlockSize, "one-by-one");

        var extended = more.Aggregate(loaded, (negotiation, fact) => negotiation.Record(fact).Case);

        extended.Data.History.IsDeferred.Should().BeTrue("recording facts one by one does not build the deferred checkpoints");
        Enumerable.Range(loaded.Data.History.Count + 1, extended.Data.History.Count - loaded.Data.History.Count)
            .Select(block => extended.Data.History.OwnerOf(block)).Should().AllBeOfType<CaseData>("facts recorded one by one keep their checkpoints at once");
        extended.Data.History.Checkpoints.Select(c => c.Log.Count).Should()
            .Equal(Enumerable.Range(1, extended.Version / CaseHistory.BlockSize).Select(block => block * CaseHistory.BlockSize));
        CaseAnswers.Of(extended.AsOf(WorldDay)).Should().Equal(CaseAnswers.Of(OneByOne(Case, Topics(20, "bulk").Concat(more)).AsOf(WorldDay)));
    }

    [Fact]
    public void RecordAll_ACheckThatReadsAnEarlierVersionOfTheBulk_AnswersAsRecordingOneByOne()
    {
        // Concluding a round whose precondition a late report has since broken looks at the case as it stood when the
        // round was held (NM5025), which falls in a block the bulk itself closed: the source replays the bulk so far.
        var guarded = new Round(new RoundId("guarded"), RoundFormat.Bilateral, [Russia, UnitedStates], Moment.Within(EarlyJanuary))
        {
            Precondition = !Precondition.DevelopmentOccurred(DevelopmentKind.Invasion, Ukraine),
        };
        var invasion = new Development(new DevelopmentId("invasion"), DevelopmentKind.Invasion, "Invasion of Ukraine.") { Actors = [Russia], Targets = [Ukraine] };
        List<Fact> facts =
        [
            .. Topics(2 * CaseHistory.BlockSize, "filler"),
            Given.RoundPlanned(guarded, Moment.On(new LocalDate(2021, 12, 20))),
            Given.RoundHeld(guarded.Id, Moment.On(new LocalDate(2022, 1, 10))),
            Given.DevelopmentOccurred(invasion, Moment.On(new LocalDate(2022, 1, 5))),
            Given.RoundConcluded(guarded.Id, Moment.On(new LocalDate(2022, 1, 11))),
        ];
        var oneByOne = facts.Aggregate((Case: Case, Warnings: new List<string>()), (state, fact) =>
        {
            var result = state.Case.Record(fact);
            result.Succeeded.Should().BeTrue(result.ToString());
            state.Warnings.AddRange(result.Warnings.Select(w => w.ErrorCode));
            return (result.Case, state.Warnings);
        });

        var bulk = Case.RecordAll(facts);

        bulk.Succeeded.Should().BeTrue();
        bulk.Warnings.Select(w => w.ErrorCode).Should().Contain(ErrorCodes.PreconditionsBrokenLater).And.Equal(oneByOne.Warnings);
        bulk.Case.Should().Be(oneByOne.Case);
        CaseAnswers.Of(bulk.Case.AsOf(new LocalDate(2022, 1, 10))).Should().Equal(CaseAnswers.Of(oneByOne.Case.AsOf(new LocalDate(2022, 1, 10))));
    }

    [Fact]
    public void ChangesSince_BetweenVersionsOfALoadedCase_FindsWhereTheyPart()
    {
        var loaded = InBulk(Empty, SecurityGuarantees2021.Case.Log);
        var later = OneByOne(loaded, Topics(3, "later"));

        var diff = later.ChangesSince(loaded);

        diff.Common.Should().Be(loaded.Version);
        diff.Added.Should().Equal(later.Log.Skip(loaded.Version));
        diff.Removed.Should().BeEmpty();
    }

    [Fact]
    public void OwnerOf_ABlockBuiltForAnAsOf_IsTheCheckpointTheRestoredCaseShares()
    {
        // ChangesSince finds where two versions part by comparing the owners of their blocks: before a deferred block is
        // built it is owned by its source, after, by the checkpoint, which a case restored from it holds too.
        var days = Enumerable.Range(0, 3 * CaseHistory.BlockSize)
            .Select(i => Given.TopicDefined(new Topic(new TopicId($"daily-{i}"), $"Topic {i}"), Moment.On(new LocalDate(2022, 1, 1).PlusDays(i))));
        var loaded = InBulk(Empty, days);
        var before = loaded.Data.History.OwnerOf(1);

        var asOf = loaded.AsOf(new LocalDate(2022, 1, 20));

        before.Should().BeOfType<CheckpointSource>();
        asOf.Version.Should().BeInRange(CaseHistory.BlockSize + 1, loaded.Version - 1, "the test needs a case restored past the first block");
        loaded.Data.History.OwnerOf(1).Should().BeSameAs(asOf.Data.History.OwnerOf(1));
        asOf.ChangesSince(loaded).Common.Should().Be(asOf.Version);
    }

    [Fact]
    public void RecordAll_AnyHistory_ItsPastAnswersAsRecordingOneByOne() =>
        Gen.Select(Generators.Facts, Gen.Int[-10, 75], Gen.Int[0, 4 * 125]).Sample(
            (facts, days, quarters) =>
            {
                var oneByOne = Generators.Accepted(facts);
                var added = oneByOne.Log.Skip(Case.Version).ToList();
                var bulk = InBulk(Case, added);
                var day = new LocalDate(2021, 12, 1).PlusDays(days);
                var when = Instant.FromUtc(2021, 10, 31, 0, 0) + Duration.FromHours(6 * quarters);

                bulk.Should().Be(oneByOne);
                CaseAnswers.Of(bulk.AsOf(day)).Should().Equal(CaseAnswers.Of(oneByOne.AsOf(day)), $"as of {day}");
                CaseAnswers.Of(bulk.KnownOn(when)).Should().Equal(CaseAnswers.Of(oneByOne.KnownOn(when)), $"as known on {when}");
                bulk.Validate().Errors.Select(e => (e.ErrorCode, e.PropertyName, e.Severity)).Should()
                    .Equal(oneByOne.Validate().Errors.Select(e => (e.ErrorCode, e.PropertyName, e.Severity)));
            },
            iter: 60,
            threads: 1);
}
