using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Deadlines;

public sealed class DeadlineTests
{
    private static readonly DeadlineId Reply = new("written-reply");
    private static readonly LocalDate Due = new(2022, 1, 31);

    private static readonly NegotiationCase Set = TestWorld.Case.RecordOrThrow(Given.DeadlineSet(WrittenReply()));

    [Fact]
    public void Deadline_NotExtended_IsDueOnItsFirstDayWhatever()
    {
        var deadline = Set.Deadlines[Reply];

        deadline.CurrentDue.Should().Be(Due);
        deadline.DueAsOf(TestWorld.ArticleDay).Should().Be(Due);
        deadline.DueAsOf(new LocalDate(2030, 1, 1)).Should().Be(Due);
    }

    [Fact]
    public void DueAsOf_ExtendedTwice_IsTheLatestExtensionDecidedByThatDay()
    {
        var deadline = Set.RecordOrThrow(
            Given.DeadlineExtended(Reply, new LocalDate(2022, 6, 30), new LocalDate(2022, 1, 20)),
            Given.DeadlineExtended(Reply, new LocalDate(2022, 12, 31), new LocalDate(2022, 6, 1))).Deadlines[Reply];

        deadline.DueAsOf(new LocalDate(2022, 1, 19)).Should().Be(Due);
        deadline.DueAsOf(new LocalDate(2022, 1, 20)).Should().Be(new LocalDate(2022, 6, 30));
        deadline.DueAsOf(new LocalDate(2022, 5, 31)).Should().Be(new LocalDate(2022, 6, 30));
        deadline.DueAsOf(new LocalDate(2022, 6, 1)).Should().Be(new LocalDate(2022, 12, 31));
        deadline.CurrentDue.Should().Be(new LocalDate(2022, 12, 31));
        deadline.Due.Should().Be(Due, "the first day is kept");
    }

    [Fact]
    public void DueAsOf_ExtensionDecidedApproximately_CountsOnlyOnceItsWindowHasPassed()
    {
        var deadline = Set.RecordOrThrow(Given.DeadlineExtended(Reply, new LocalDate(2022, 6, 30), DateWindow.LateIn(new YearMonth(2022, 1)))).Deadlines[Reply];

        deadline.DueAsOf(new LocalDate(2022, 1, 25)).Should().Be(Due);
        deadline.DueAsOf(new LocalDate(2022, 1, 31)).Should().Be(new LocalDate(2022, 6, 30));
    }

    [Theory]
    [InlineData(2022, 1, 30, "no")]
    [InlineData(2022, 1, 31, "no")]  // the last day in force has not passed
    [InlineData(2022, 2, 1, "yes")]
    public void IsMissedOn_NeverMet_IsMissedOnceTheLastDayHasPassed(int year, int month, int day, string expected) =>
        Set.Deadlines[Reply].IsMissedOn(new LocalDate(year, month, day)).ToString().Should().Be(expected);

    [Fact]
    public void IsMissedOn_ExtendedBeforeItPassed_IsNotMissedUntilTheNewDay()
    {
        var deadline = Set.RecordOrThrow(Given.DeadlineExtended(Reply, new LocalDate(2022, 6, 30), new LocalDate(2022, 1, 20))).Deadlines[Reply];

        deadline.IsMissedOn(new LocalDate(2022, 2, 1)).Should().Be(Truth.No);
        deadline.IsMissedOn(new LocalDate(2022, 7, 1)).Should().Be(Truth.Yes);
    }

    [Fact]
    public void IsMissedOn_ExtendedOnlyAfterItPassed_IsReportedMissedUntilTheExtension()
    {
        // A missed deadline is reported, not silently moved.
        var deadline = Set.RecordOrThrow(Given.DeadlineExtended(Reply, new LocalDate(2022, 6, 30), new LocalDate(2022, 2, 5))).Deadlines[Reply];

        deadline.IsMissedOn(new LocalDate(2022, 2, 2)).Should().Be(Truth.Yes);
        deadline.IsMissedOn(new LocalDate(2022, 2, 5)).Should().Be(Truth.No);
    }

    [Theory]
    [InlineData(2022, 1, 26, "no")]
    [InlineData(2022, 1, 31, "no")]
    [InlineData(2022, 2, 3, "yes")]
    public void IsMissedOn_MetOnADay_IsMissedOnlyWhenMetAfterTheLastDay(int year, int month, int day, string expected)
    {
        var deadline = Set.RecordOrThrow(Given.DeadlineMet(Reply, new LocalDate(year, month, day))).Deadlines[Reply];

        deadline.IsMissedOn(new LocalDate(2022, 3, 1)).ToString().Should().Be(expected);
    }

    [Fact]
    public void IsMissedOn_MetInAWindowAcrossTheLastDay_IsUndetermined()
    {
        var deadline = Set.RecordOrThrow(Given.DeadlineMet(Reply, DateWindow.Between(new LocalDate(2022, 1, 28), new LocalDate(2022, 2, 3)))).Deadlines[Reply];

        deadline.IsMissedOn(new LocalDate(2022, 3, 1)).Should().Be(Truth.Undetermined);
    }

    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentException()
    {
        var act = () => new Deadline(default, TestWorld.UnitedStates, "Reply", Due);

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            WrittenReply(),
            WrittenReply(),
            WrittenReply() with { Due = Due.PlusDays(1) },
            WrittenReply() with { What = "A reply" },
            WrittenReply() with { SetBy = TestWorld.Nato },
            WrittenReply() with { Subject = null });

    [Fact]
    public void DeadlineExtension_Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            new DeadlineExtension(new LocalDate(2022, 6, 30), TestWorld.January, TestWorld.Russia),
            new DeadlineExtension(new LocalDate(2022, 6, 30), TestWorld.January, TestWorld.Russia),
            new DeadlineExtension(new LocalDate(2022, 6, 30), TestWorld.January),
            new DeadlineExtension(new LocalDate(2022, 7, 1), TestWorld.January, TestWorld.Russia),
            new DeadlineExtension(new LocalDate(2022, 6, 30), TestWorld.EarlyJanuary, TestWorld.Russia));

    private static Deadline WrittenReply() =>
        new(Reply, TestWorld.Russia, "A written reply to the draft agreement", Due) { Subject = SubjectRef.Party(TestWorld.Nato) };
}
