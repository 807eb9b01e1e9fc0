using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Queries;

/// <summary>The answers' own text and edges, as an analyst prints or probes them: the positions matrix as a table, a
/// revision diff, the dates sources claim, a demand selection, and the arguments a revision comparison refuses.</summary>
public sealed class AnswerTextTests
{
    private static readonly LocalDate Handed = new(2021, 12, 15);
    private static readonly LocalDate Answered = new(2021, 12, 21);
    private static readonly DocumentId Draft = new("ru-nato-draft");

    // Russia hands NATO a draft of two articles and tables two demands; NATO rejects the first in part.
    private static NegotiationCase Answer() => TestWorld.Case.RecordOrThrow(
        Given.DocumentPresented(TestWorld.RussianDraft(), Handed, new Provision("1", "No enlargement."), new Provision("2", "No bases.")),
        Given.DemandTabled(TestWorld.RussianDemand("d1"), Handed),
        Given.DemandTabled(TestWorld.RussianDemand("d2"), Handed),
        Given.StatementMade(new Statement(new StatementId("s1"), TestWorld.Nato, StatementKind.Assessment, "Partly unacceptable.")
        {
            Stances = [new StanceTaken(SubjectRef.Demand(new DemandId("d1")), Stance.Rejects, Extent.Part)],
        }, Answered));

    [Fact]
    public void PositionsMatrix_ToString_IsATabSeparatedTableWithPartsMarked()
    {
        var matrix = Answer().PositionsMatrix();

        matrix.ToString().Should().Be(string.Join(
            Environment.NewLine,
            "party\td1\td2",
            "nato\tRejects(part)\tNoStance"));
        WithFrance().PositionsMatrix().ToString().Should().Be(string.Join(
            Environment.NewLine,
            "party\td1\td2",
            "france\tNoStance\tAccepts",
            "nato\tRejects(part)\tNoStance"));
    }

    [Fact]
    public void PositionsMatrix_ACellOutsideIt_ThrowsNamingTheCellAndTheRows()
    {
        var matrix = WithFrance().PositionsMatrix();

        FluentActions.Invoking(() => matrix[TestWorld.Russia, new DemandId("d1")]).Should().Throw<KeyNotFoundException>()
            .WithMessage("The matrix has no cell for 'russia' × 'd1'; its rows are france, nato.");
    }

    // France, not an addressee, accepts the second demand.
    private static NegotiationCase WithFrance() => Answer().ShouldAccept(
        Given.StatementMade(new Statement(new StatementId("s2"), TestWorld.France, StatementKind.Assessment, "We agree.")
        {
            Stances = [new StanceTaken(SubjectRef.Demand(new DemandId("d2")), Stance.Accepts)],
        }, Answered));

    [Fact]
    public void PositionCell_ToString_GivesTheStanceItsExtentAndTheStatement()
    {
        var matrix = Answer().PositionsMatrix();

        matrix[TestWorld.Nato, new DemandId("d1")].ToString().Should().Be("nato × d1: Rejects (in part) [s1]");
        matrix[TestWorld.Nato, new DemandId("d2")].ToString().Should().Be("nato × d2: NoStance");
    }

    [Fact]
    public void CompareRevisions_OnlyAnArticleDropped_IsNotEmptyAndListsIt()
    {
        var negotiation = Answer().ShouldAccept(Given.DocumentRevised(Draft, TestWorld.Russia, Answered, new Provision("1", "No enlargement.")));

        var diff = negotiation.CompareRevisions(Draft, 1, 2);

        diff.IsEmpty.Should().BeFalse();
        diff.ToString().Should().Be($"ru-nato-draft r1 → r2: {Environment.NewLine}- art. 2: \"No bases.\"");
    }

    [Fact]
    public void CompareRevisions_OnlyAnArticleReworded_IsNotEmpty()
    {
        var negotiation = Answer().ShouldAccept(Given.DocumentRevised(Draft, TestWorld.Russia, Answered,
            new Provision("1", "No enlargement, ever."), new Provision("2", "No bases.")));

        negotiation.CompareRevisions(Draft, 1, 2).IsEmpty.Should().BeFalse();
        negotiation.CompareRevisions(Draft, 1, 2).Changed.Should().ContainSingle();
    }

    [Fact]
    public void CompareRevisions_ARevisionWithItself_SaysNoChanges() =>
        Answer().CompareRevisions(Draft, 1, 1).ToString().Should().Be("ru-nato-draft r1 → r1: no changes");

    [Theory]
    [InlineData(-1, 1, "from")]
    [InlineData(2, 1, "from")]
    [InlineData(0, 0, "to")]
    [InlineData(0, 2, "to")]
    public void CompareRevisions_ARevisionTheDocumentDoesNotHave_ThrowsNamingTheArgument(int from, int to, string parameter) =>
        FluentActions.Invoking(() => Answer().CompareRevisions(Draft, from, to)).Should().Throw<ArgumentOutOfRangeException>()
            .Which.ParamName.Should().Be(parameter);

    [Fact]
    public void ReportsOf_SourcesThatAgree_IsNotDisputedAndListsThem()
    {
        var tabled = Given.DemandTabled(TestWorld.RussianDemand("d3"), Handed) with
        {
            Reports = [new Report(new Source("TASS", Handed), Handed), new Report(new Source("RIA Novosti", Handed.PlusDays(1)), Handed)],
        };
        var negotiation = Answer().ShouldAccept(tabled);

        var reported = negotiation.ReportsOf(negotiation.Log[^1]);

        reported.IsDisputed.Should().BeFalse();
        negotiation.DisputedDates().Should().BeEmpty();
        reported.Sources.Should().Equal("Reuters", "TASS", "RIA Novosti");
        reported.ToString().Should().Be($"{tabled.Describe()}: accepted 15 December 2021; "
            + "Reuters (2021-12-15) says 15 December 2021; TASS (2021-12-15) says 15 December 2021; RIA Novosti (2021-12-16) says 15 December 2021");
    }

    [Fact]
    public void ReportsOf_AFactOfAnotherCase_ThrowsSayingWhichToPass()
    {
        var stranger = Given.DemandTabled(TestWorld.RussianDemand("d9"), Handed);

        FluentActions.Invoking(() => Answer().ReportsOf(stranger)).Should().Throw<ArgumentException>()
            .WithMessage("The fact is not in the case's log; pass one of negotiation.Log.*").Which.ParamName.Should().Be("fact");
    }

    [Fact]
    public void DemandSelection_ToString_ListsTheIdsOrSaysNone()
    {
        Answer().SelectDemands().ToString().Should().Be("d1, d2");
        Answer().SelectDemands().By(TestWorld.Nato).ToString().Should().Be("no demands");
    }

    [Fact]
    public void StatusesOf_ToString_GivesDemandAddresseeStatusAndReason() =>
        Answer().StatusesOf(new DemandId("d2")).Should().ContainSingle().Which.ToString()
            .Should().Be("d2 → nato: Tabled (tabled (15 December 2021); NATO has not reacted yet)");
}
