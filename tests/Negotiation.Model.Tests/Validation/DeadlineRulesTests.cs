using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The deadline rules of issue 11: an approximately stated day ends its window; only overtaken and abandoned
/// close a deadline.</summary>
public sealed class DeadlineRulesTests
{
    private static readonly DeadlineId Adoption = new("adoption");
    private static readonly LocalDate December12 = new(2015, 12, 12);

    private static readonly NegotiationCase Set =
        TestWorld.Case.RecordOrThrow(Given.DeadlineSet(new Deadline(Adoption, TestWorld.France, "Adopt the agreement", new LocalDate(2015, 12, 11)), new LocalDate(2015, 12, 5)));

    [Fact]
    public void DeadlineClosed_AsMet_FailsWithClosureNotOvertakenOrAbandoned() =>
        Set.ShouldRefuse(Given.DeadlineClosed(Adoption, DeadlineOutcome.Met, December12), ErrorCodes.ClosureNotOvertakenOrAbandoned, "Deadlines[adoption].Closure");

    [Fact]
    public void DeadlineSet_DayNotTheLastOfItsWindow_FailsWithDueOutsideWindow() =>
        TestWorld.Case.ShouldRefuse(
            Given.DeadlineSet(new Deadline(Adoption, TestWorld.Russia, "A reply", new LocalDate(2022, 1, 31)) { DueWithin = DateWindow.MidIn(new YearMonth(2022, 1)) }),
            ErrorCodes.DueOutsideWindow,
            "Deadlines[adoption].DueWithin");
}
