using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Rounds;

/// <summary>
/// Every status a round can be in against every fact that changes a round: the legal changes give the status the
/// <see cref="RoundStatus"/> documentation lists, every other one is refused with <see cref="ErrorCodes.IllegalStatusChange"/>.
/// </summary>
public sealed class RoundLifecycleTests
{
    public enum Change
    {
        Agree,
        Reschedule,
        Hold,
        Conclude,
        Postpone,
        Cancel,
    }

    private static readonly LocalDate Later = new(2022, 1, 12);

    /// <summary>From each status, each change, and the status after it (or null when the change is illegal).</summary>
    public static TheoryData<RoundStatus, Change, RoundStatus?> Transitions => new()
    {
        { RoundStatus.Proposed, Change.Agree, RoundStatus.Agreed },
        { RoundStatus.Proposed, Change.Reschedule, RoundStatus.Proposed },
        { RoundStatus.Proposed, Change.Hold, RoundStatus.Held },
        { RoundStatus.Proposed, Change.Conclude, null },
        { RoundStatus.Proposed, Change.Postpone, RoundStatus.Postponed },
        { RoundStatus.Proposed, Change.Cancel, RoundStatus.Cancelled },

        { RoundStatus.Agreed, Change.Agree, null },
        { RoundStatus.Agreed, Change.Reschedule, RoundStatus.Agreed },
        { RoundStatus.Agreed, Change.Hold, RoundStatus.Held },
        { RoundStatus.Agreed, Change.Conclude, null },
        { RoundStatus.Agreed, Change.Postpone, RoundStatus.Postponed },
        { RoundStatus.Agreed, Change.Cancel, RoundStatus.Cancelled },

        { RoundStatus.Postponed, Change.Agree, RoundStatus.Agreed },
        { RoundStatus.Postponed, Change.Reschedule, RoundStatus.Postponed },
        { RoundStatus.Postponed, Change.Hold, RoundStatus.Held },
        { RoundStatus.Postponed, Change.Conclude, null },
        { RoundStatus.Postponed, Change.Postpone, RoundStatus.Postponed },
        { RoundStatus.Postponed, Change.Cancel, RoundStatus.Cancelled },

        { RoundStatus.Held, Change.Agree, null },
        { RoundStatus.Held, Change.Reschedule, null },
        { RoundStatus.Held, Change.Hold, null },
        { RoundStatus.Held, Change.Conclude, RoundStatus.Concluded },
        { RoundStatus.Held, Change.Postpone, null },
        { RoundStatus.Held, Change.Cancel, null },

        { RoundStatus.Concluded, Change.Agree, null },
        { RoundStatus.Concluded, Change.Reschedule, null },
        { RoundStatus.Concluded, Change.Hold, null },
        { RoundStatus.Concluded, Change.Conclude, null },
        { RoundStatus.Concluded, Change.Postpone, null },
        { RoundStatus.Concluded, Change.Cancel, null },

        { RoundStatus.Cancelled, Change.Agree, null },
        { RoundStatus.Cancelled, Change.Reschedule, null },
        { RoundStatus.Cancelled, Change.Hold, null },
        { RoundStatus.Cancelled, Change.Conclude, null },
        { RoundStatus.Cancelled, Change.Postpone, null },
        { RoundStatus.Cancelled, Change.Cancel, null },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Record_ChangeFromStatus_FollowsTheLifecycle(RoundStatus from, Change change, RoundStatus? expected)
    {
        var negotiation = InStatus(from);
        negotiation.Rounds[TestWorld.BilateralId].Status.Should().Be(from, "the set-up must reach the status under test");
        var fact = FactFor(change);

        if (expected is { } status)
        {
            var changed = negotiation.ShouldAccept(fact).Rounds[TestWorld.BilateralId];
            changed.Status.Should().Be(status);
            changed.History[^1].Status.Should().Be(status, "the history ends with the round's status");
        }
        else
        {
            var error = negotiation.ShouldRefuse(fact, ErrorCodes.IllegalStatusChange, "Rounds[ru-us-2022-01].Status");
            error.ErrorMessage.Should().Contain(from.ToString().ToLowerInvariant());
        }
    }

    [Fact]
    public void History_EveryStatusChange_IsKeptInOrderWithItsTimeAndReason()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(TestWorld.Bilateral(), agreed: false),
            Given.RoundAgreed(TestWorld.BilateralId, new LocalDate(2021, 12, 27)),
            Given.RoundPostponed(TestWorld.BilateralId, "Omicron", new LocalDate(2021, 12, 28)),
            Given.RoundRescheduled(TestWorld.BilateralId, TestWorld.Geneva, new LocalDate(2021, 12, 29)),
            Given.RoundAgreed(TestWorld.BilateralId, new LocalDate(2021, 12, 30)),
            Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva),
            Given.RoundConcluded(TestWorld.BilateralId, Moment.At(Instant.FromUtc(2022, 1, 10, 17, 0))));

        negotiation.Rounds[TestWorld.BilateralId].History.Should().Equal(
            new RoundStatusChange(RoundStatus.Proposed, TestWorld.ArticleDay),
            new RoundStatusChange(RoundStatus.Agreed, new LocalDate(2021, 12, 27)),
            new RoundStatusChange(RoundStatus.Postponed, new LocalDate(2021, 12, 28), "Omicron"),
            new RoundStatusChange(RoundStatus.Agreed, new LocalDate(2021, 12, 30)),
            new RoundStatusChange(RoundStatus.Held, TestWorld.Geneva),
            new RoundStatusChange(RoundStatus.Concluded, Moment.At(Instant.FromUtc(2022, 1, 10, 17, 0))));
    }

    /// <summary>The world with the bilateral round brought into <paramref name="status"/> by legal facts.</summary>
    private static NegotiationCase InStatus(RoundStatus status)
    {
        var proposed = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral(), agreed: false));
        var agreed = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral()));
        var postponeOn = new LocalDate(2021, 12, 28);
        return status switch
        {
            RoundStatus.Proposed => proposed,
            RoundStatus.Agreed => agreed,
            RoundStatus.Postponed => agreed.RecordOrThrow(Given.RoundPostponed(TestWorld.BilateralId, "Omicron", postponeOn)),
            RoundStatus.Cancelled => agreed.RecordOrThrow(Given.RoundCancelled(TestWorld.BilateralId, "Troop build-up", postponeOn)),
            RoundStatus.Held => agreed.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva)),
            RoundStatus.Concluded => agreed.RecordOrThrow(
                Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva),
                Given.RoundConcluded(TestWorld.BilateralId, Moment.At(Instant.FromUtc(2022, 1, 10, 17, 0)))),
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
    }

    private static Fact FactFor(Change change) => change switch
    {
        Change.Agree => Given.RoundAgreed(TestWorld.BilateralId, Later),
        Change.Reschedule => Given.RoundRescheduled(TestWorld.BilateralId, DateWindow.LateIn(new YearMonth(2022, 1)), Later),
        Change.Hold => Given.RoundHeld(TestWorld.BilateralId, Moment.At(Instant.FromUtc(2022, 1, 12, 8, 0))),
        Change.Conclude => Given.RoundConcluded(TestWorld.BilateralId, Moment.At(Instant.FromUtc(2022, 1, 12, 17, 0))),
        Change.Postpone => Given.RoundPostponed(TestWorld.BilateralId, "Omicron", Later),
        Change.Cancel => Given.RoundCancelled(TestWorld.BilateralId, "Troop build-up", Later),
        _ => throw new ArgumentOutOfRangeException(nameof(change)),
    };
}
