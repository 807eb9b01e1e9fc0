using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Cases;

public sealed class NegotiationCaseTests
{
    private static readonly CaseId Id = new("security-guarantees-2021");
    private static readonly State Moldova = new(new PartyId("moldova"), "Moldova", "MD");
    private static readonly DocumentId Draft = new("ru-nato-draft");
    private static readonly DemandId Guarantees = new("legal-guarantees");
    private static readonly Moment LastWeek = DateWindow.LastWeek(TestWorld.ArticleDay);

    /// <summary>The seed's shape: the world on 1 December, Russia's draft "last week" (13 to 19 December), its demand
    /// tabled on the article's day, and the bilateral round planned then and held in Geneva on 10 January.</summary>
    private static readonly NegotiationCase Story = TestWorld.Case.RecordOrThrow(
        Given.DocumentPresented(TestWorld.RussianDraft(), LastWeek).RecordedAt(Instant.FromUtc(2021, 12, 22, 18, 0)),
        Given.DemandTabled(TestWorld.RussianDemand(Guarantees.Value), TestWorld.ArticleDay).RecordedAt(Instant.FromUtc(2021, 12, 22, 18, 0)),
        Given.RoundPlanned(TestWorld.Bilateral(), TestWorld.ArticleDay).RecordedAt(Instant.FromUtc(2021, 12, 22, 18, 0)),
        Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva).RecordedAt(Instant.FromUtc(2022, 1, 10, 18, 0)));

    [Fact]
    public void Create_IdAndTitle_IsEmpty()
    {
        var negotiation = NegotiationCase.Create(Id, "Security guarantees, December 2021");

        negotiation.Id.Should().Be(Id);
        negotiation.Title.Should().Be("Security guarantees, December 2021");
        negotiation.Version.Should().Be(0);
        negotiation.Log.Should().BeEmpty();
        negotiation.Parties.Should().BeEmpty();
        negotiation.Rounds.Should().BeEmpty();
        negotiation.ToString().Should().Be("Security guarantees, December 2021 (security-guarantees-2021, 0 facts)");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Create_BlankTitle_ThrowsArgumentException(string blank)
    {
        var act = () => NegotiationCase.Create(Id, blank);

        act.Should().Throw<ArgumentException>().WithParameterName("title");
    }

    [Fact]
    public void Create_DefaultId_ThrowsArgumentException()
    {
        var act = () => NegotiationCase.Create(default, "Title");

        act.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void Record_Accepted_AppendsToTheLogOfANewCaseAndLeavesTheOriginal()
    {
        var before = TestWorld.Case;
        var version = before.Version;
        var fact = Given.PartyRegistered(Moldova);

        var after = before.Record(fact).Case;

        after.Should().NotBeSameAs(before);
        after.Version.Should().Be(version + 1);
        after.Log[^1].Should().BeSameAs(fact);
        after.Log.Take(version).Should().Equal(before.Log);
        before.Version.Should().Be(version);
        before.Parties.Should().NotContainKey(Moldova.Id);
        after.ToString().Should().Be($"Test world (test-world, {version + 1} facts)");
    }

    [Fact]
    public void Record_Accepted_SharesWhatItDidNotTouchWithThePreviousVersion()
    {
        var before = TestWorld.Case;

        var after = before.Record(Given.PartyRegistered(Moldova)).Case;

        after.Parties.Should().NotBeSameAs(before.Parties);
        after.Topics.Should().BeSameAs(before.Topics);
        after.Representatives.Should().BeSameAs(before.Representatives);
    }

    [Fact]
    public void Record_Null_ThrowsArgumentNullException()
    {
        var act = () => TestWorld.Case.Record(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("fact");
    }

    [Fact]
    public void RecordAll_AllAccepted_RecordsThemInOrderWithEveryWarning()
    {
        var commitment = new Commitment(new CommitmentId("us-eu"), [TestWorld.UnitedStates, TestWorld.Eu], "With the EU.", TestWorld.EuropeanSecurity, TestWorld.Eu);
        Fact[] facts = [Given.CommitmentMade(commitment), Given.RoundPlanned(TestWorld.Bilateral()), Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva)];

        var result = TestWorld.Case.RecordAll(facts);

        result.Succeeded.Should().BeTrue();
        result.Original.Should().BeSameAs(TestWorld.Case);
        result.Case.Log.TakeLast(3).Should().Equal(facts);
        result.Warnings.Should().HaveCount(2);
    }

    [Fact]
    public void RecordAll_OneRefused_RecordsNoneAndReportsOnlyTheFirstRefusal()
    {
        Fact[] facts =
        [
            Given.PartyRegistered(Moldova),
            Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva),
            Given.PartyRegistered(Moldova),
        ];

        var result = TestWorld.Case.RecordAll(facts);

        result.Succeeded.Should().BeFalse();
        result.Original.Should().BeSameAs(TestWorld.Case);
        result.Errors.Select(e => (e.ErrorCode, e.PropertyName)).Should().Equal((ErrorCodes.UnknownRound, "Rounds[ru-us-2022-01]"));
        result.RefusedAt.Should().Be(1, "the second fact of the list was refused");
        TestWorld.Case.Parties.Should().NotContainKey(Moldova.Id);
    }

    [Fact]
    public void RecordAll_NoFacts_SucceedsWithAnEqualCase()
    {
        var result = TestWorld.Case.RecordAll([]);

        result.Succeeded.Should().BeTrue();
        result.Case.Should().Be(TestWorld.Case);
        result.Case.Version.Should().Be(TestWorld.Case.Version);
    }

    [Fact]
    public void RecordAll_NullSequence_ThrowsArgumentNullException()
    {
        var act = () => TestWorld.Case.RecordAll(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("facts");
    }

    [Fact]
    public void RecordAll_NullFact_ThrowsArgumentNullException()
    {
        var act = () => TestWorld.Case.RecordAll([Given.PartyRegistered(Moldova), null!]);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Equality_SameIdTitleAndFactsInOrder_EqualAndOtherwiseUnequal()
    {
        var moldova = Given.PartyRegistered(Moldova);
        var topic = Given.TopicDefined(new Topic(new TopicId("energy"), "Energy"));
        var negotiation = TestWorld.Case.RecordOrThrow(moldova, topic);

        EqualityAssertions.AssertValueEquality(
            negotiation,
            TestWorld.Case.RecordOrThrow(Given.PartyRegistered(Moldova), Given.TopicDefined(new Topic(new TopicId("energy"), "Energy"))),
            TestWorld.Case.RecordOrThrow(topic, moldova),
            TestWorld.Case.RecordOrThrow(moldova),
            TestWorld.Case,
            NegotiationCase.Create(new CaseId("other"), "Test world").RecordOrThrow(TestWorld.Case.Log).RecordOrThrow(moldova, topic),
            NegotiationCase.Create(new CaseId("test-world"), "Other title").RecordOrThrow(TestWorld.Case.Log).RecordOrThrow(moldova, topic));
    }

    [Fact]
    public void AsOf_BeforeLastWeekEnded_HasNeitherTheDraftNorTheDemand()
    {
        // "As of 16 December 2021 there are no documents and no demands yet."
        var asOf = Story.AsOf(new LocalDate(2021, 12, 16));

        asOf.Documents.Should().BeEmpty();
        asOf.Demands.Should().BeEmpty();
        asOf.Parties.Should().HaveCount(TestWorld.Case.Parties.Count);
        asOf.Version.Should().Be(TestWorld.Case.Version);
    }

    [Fact]
    public void AsOf_LastDayOfLastWeek_HasTheDraftButNotTheDemand()
    {
        var asOf = Story.AsOf(new LocalDate(2021, 12, 19));

        asOf.Documents.Should().ContainKey(Draft);
        asOf.Demands.Should().BeEmpty();
    }

    [Fact]
    public void AsOf_DayBeforeAndDayOfAHeldRound_ShowsItsStatusThen()
    {
        Story.AsOf(new LocalDate(2022, 1, 9)).Rounds[TestWorld.BilateralId].Status.Should().Be(RoundStatus.Agreed);
        Story.AsOf(new LocalDate(2022, 1, 10)).Rounds[TestWorld.BilateralId].Status.Should().Be(RoundStatus.Held);
    }

    [Fact]
    public void AsOf_AfterEveryFact_EqualsTheCase()
    {
        var asOf = Story.AsOf(new LocalDate(2022, 12, 31));

        // Nothing to leave out: the case itself, as a With… method returns this when nothing changes.
        asOf.Should().Be(Story).And.BeSameAs(Story);
    }

    [Fact]
    public void AsOf_BeforeAnything_IsEmptyButKeepsIdAndTitle()
    {
        var asOf = Story.AsOf(new LocalDate(2000, 1, 1));

        asOf.Version.Should().Be(0);
        asOf.Id.Should().Be(Story.Id);
        asOf.Title.Should().Be(Story.Title);
    }

    [Fact]
    public void KnownOn_BeforeAFactWasRecorded_LeavesItOut()
    {
        var known = Story.KnownOn(Instant.FromUtc(2021, 12, 22, 17, 59));

        known.Version.Should().Be(TestWorld.Case.Version);
        known.Documents.Should().BeEmpty("the draft happened last week but was recorded only on the 22nd");
        Story.AsOf(new LocalDate(2021, 12, 20)).Documents.Should().ContainKey(Draft, "as the world stood, the draft existed");
    }

    [Fact]
    public void KnownOn_TheInstantAFactWasRecorded_IncludesIt()
    {
        var known = Story.KnownOn(Instant.FromUtc(2021, 12, 22, 18, 0));

        known.Documents.Should().ContainKey(Draft);
        known.Demands.Should().ContainKey(Guarantees);
        known.Rounds[TestWorld.BilateralId].Status.Should().Be(RoundStatus.Agreed);
    }

    [Fact]
    public void KnownOn_AfterEveryFact_EqualsTheCase() =>
        Story.KnownOn(Instant.FromUtc(2030, 1, 1, 0, 0)).Should().Be(Story);
}
