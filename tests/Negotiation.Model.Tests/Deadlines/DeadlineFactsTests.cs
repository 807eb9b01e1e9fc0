using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Deadlines;

public sealed class DeadlineFactsTests
{
    private const string Path = "Deadlines[written-reply]";
    private static readonly DeadlineId Reply = new("written-reply");
    private static readonly LocalDate Due = new(2022, 1, 31);

    private static readonly NegotiationCase Set = TestWorld.Case.RecordOrThrow(Given.DeadlineSet(WrittenReply()));

    [Fact]
    public void DeadlineSet_WellFormed_RecordsWhenItWasSet()
    {
        var deadline = TestWorld.Case.ShouldAccept(Given.DeadlineSet(WrittenReply(), TestWorld.ArticleDay)).Deadlines[Reply];

        deadline.Set.Should().Be(Moment.On(TestWorld.ArticleDay));
        deadline.Extensions.Should().BeEmpty();
        deadline.Met.Should().BeNull();
        deadline.What.Should().Be("A written reply");
    }

    [Fact]
    public void DeadlineSet_TakenId_FailsWithDuplicateId() =>
        Set.ShouldRefuse(Given.DeadlineSet(WrittenReply()), ErrorCodes.DuplicateId, Path);

    [Fact]
    public void DeadlineSet_BlankDescription_FailsWithTextRequired() =>
        TestWorld.Case.ShouldRefuse(Given.DeadlineSet(WrittenReply() with { What = " " }), ErrorCodes.TextRequired, Path + ".What");

    [Fact]
    public void DeadlineSet_UnknownParty_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.DeadlineSet(WrittenReply() with { SetBy = TestWorld.Atlantis }), ErrorCodes.UnknownParty, Path + ".SetBy");

    [Fact]
    public void DeadlineSet_UnknownSubject_FailsWithUnknownRound() =>
        TestWorld.Case.ShouldRefuse(Given.DeadlineSet(WrittenReply() with { Subject = SubjectRef.Round(TestWorld.BilateralId) }), ErrorCodes.UnknownRound, Path + ".Subject");

    [Fact]
    public void DeadlineSet_DefaultSubject_FailsWithIdMissing() =>
        TestWorld.Case.ShouldRefuse(Given.DeadlineSet(WrittenReply() with { Subject = default(SubjectRef) }), ErrorCodes.IdMissing, Path + ".Subject");

    [Fact]
    public void DeadlineSet_Describe_NamesWhoWhenAndWhat() =>
        Given.DeadlineSet(WrittenReply()).Describe().Should().Be("russia set a deadline of 2022-01-31: A written reply");

    [Fact]
    public void DeadlineExtended_ToALaterDay_KeepsTheExtensionWithWhoAndWhen()
    {
        var deadline = Set.ShouldAccept(Given.DeadlineExtended(Reply, new LocalDate(2022, 6, 30), new LocalDate(2022, 1, 20), TestWorld.Russia)).Deadlines[Reply];

        deadline.Extensions.Should().Equal(new DeadlineExtension(new LocalDate(2022, 6, 30), new LocalDate(2022, 1, 20), TestWorld.Russia));
        Set.Deadlines[Reply].Extensions.Should().BeEmpty();
    }

    [Fact]
    public void DeadlineExtended_UnknownDeadline_FailsWithUnknownDeadline() =>
        TestWorld.Case.ShouldRefuse(Given.DeadlineExtended(Reply, new LocalDate(2022, 6, 30), new LocalDate(2022, 1, 20)), ErrorCodes.UnknownDeadline, Path);

    [Theory]
    [InlineData(2022, 1, 31)]
    [InlineData(2022, 1, 15)]
    public void DeadlineExtended_ToADayNotAfterTheOneInForce_FailsWithExtensionNotLater(int year, int month, int day) =>
        Set.ShouldRefuse(Given.DeadlineExtended(Reply, new LocalDate(year, month, day), new LocalDate(2022, 1, 10)), ErrorCodes.ExtensionNotLater, Path + ".Extensions");

    [Fact]
    public void DeadlineExtended_SecondTimeToBeforeTheFirstExtension_FailsWithExtensionNotLater() =>
        Set.RecordOrThrow(Given.DeadlineExtended(Reply, new LocalDate(2022, 6, 30), new LocalDate(2022, 1, 20)))
            .ShouldRefuse(Given.DeadlineExtended(Reply, new LocalDate(2022, 3, 31), new LocalDate(2022, 2, 1)), ErrorCodes.ExtensionNotLater, Path + ".Extensions");

    [Fact]
    public void DeadlineExtended_UnknownParty_FailsWithUnknownParty() =>
        Set.ShouldRefuse(Given.DeadlineExtended(Reply, new LocalDate(2022, 6, 30), new LocalDate(2022, 1, 20), TestWorld.Atlantis), ErrorCodes.UnknownParty, Path + ".Extensions.By");

    [Fact]
    public void DeadlineExtended_AlreadyMet_FailsWithDeadlineAlreadyMet() =>
        Set.RecordOrThrow(Given.DeadlineMet(Reply, new LocalDate(2022, 1, 26)))
            .ShouldRefuse(Given.DeadlineExtended(Reply, new LocalDate(2022, 6, 30), new LocalDate(2022, 1, 28)), ErrorCodes.DeadlineAlreadyMet, Path);

    [Fact]
    public void DeadlineExtended_CertainlyBeforeItWasSet_FailsWithChangedBeforeSet() =>
        // Set on the article's day, 22 December 2021.
        Set.ShouldRefuse(Given.DeadlineExtended(Reply, new LocalDate(2022, 6, 30), new LocalDate(2021, 12, 20)), ErrorCodes.ChangedBeforeSet, Path + ".Extensions");

    [Fact]
    public void DeadlineExtended_PossiblyBeforeItWasSet_IsAccepted() =>
        Set.ShouldAccept(Given.DeadlineExtended(Reply, new LocalDate(2022, 6, 30), DateWindow.In(new YearMonth(2021, 12))));

    [Fact]
    public void DeadlineExtended_Describe_NamesTheNewDay() =>
        Given.DeadlineExtended(Reply, new LocalDate(2022, 6, 30), new LocalDate(2022, 1, 20)).Describe().Should().Be("deadline written-reply extended to 2022-06-30");

    [Fact]
    public void DeadlineMet_Open_RecordsWhenItWasMet() =>
        Set.ShouldAccept(Given.DeadlineMet(Reply, new LocalDate(2022, 1, 26))).Deadlines[Reply].Met.Should().Be(Moment.On(new LocalDate(2022, 1, 26)));

    [Fact]
    public void DeadlineMet_UnknownDeadline_FailsWithUnknownDeadline() =>
        TestWorld.Case.ShouldRefuse(Given.DeadlineMet(Reply, new LocalDate(2022, 1, 26)), ErrorCodes.UnknownDeadline, Path);

    [Fact]
    public void DeadlineMet_AlreadyMet_FailsWithDeadlineAlreadyMet() =>
        Set.RecordOrThrow(Given.DeadlineMet(Reply, new LocalDate(2022, 1, 26)))
            .ShouldRefuse(Given.DeadlineMet(Reply, new LocalDate(2022, 1, 27)), ErrorCodes.DeadlineAlreadyMet, Path);

    [Fact]
    public void DeadlineMet_CertainlyBeforeItWasSet_FailsWithChangedBeforeSet()
    {
        var error = Set.ShouldRefuse(Given.DeadlineMet(Reply, new LocalDate(2021, 12, 20)), ErrorCodes.ChangedBeforeSet, Path + ".Met");

        error.ErrorMessage.Should().Be("The deadline cannot be met (20 December 2021) before it was set (22 December 2021); check both times.");
    }

    [Fact]
    public void DeadlineMet_OnTheDayItWasSetOrPossiblyBefore_IsAccepted()
    {
        Set.ShouldAccept(Given.DeadlineMet(Reply, TestWorld.ArticleDay));
        Set.ShouldAccept(Given.DeadlineMet(Reply, DateWindow.In(new YearMonth(2021, 12))));
    }

    [Fact]
    public void DeadlineMet_Describe_NamesTheDeadline() =>
        Given.DeadlineMet(Reply, new LocalDate(2022, 1, 26)).Describe().Should().Be("deadline written-reply met");

    private static Deadline WrittenReply() => new(Reply, TestWorld.Russia, "A written reply", Due);
}
