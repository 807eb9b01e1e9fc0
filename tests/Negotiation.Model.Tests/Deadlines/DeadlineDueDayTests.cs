using NodaTime;

namespace Negotiation.Model.Tests.Deadlines;

/// <summary>A deadline "by 15 January" is still pending on the 15th and missed from the 16th.</summary>
public sealed class DeadlineDueDayTests
{
    private static readonly Deadline Reply = new(new DeadlineId("reply"), new PartyId("russia"), "A written reply", new LocalDate(2022, 1, 15));

    [Fact]
    public void OutcomeOn_TheDueDayItself_IsPending() =>
        Reply.OutcomeOn(new LocalDate(2022, 1, 15)).Should().Be(DeadlineOutcome.Pending);

    [Fact]
    public void OutcomeOn_TheDayAfter_IsMissed() =>
        Reply.OutcomeOn(new LocalDate(2022, 1, 16)).Should().Be(DeadlineOutcome.Missed);
}
