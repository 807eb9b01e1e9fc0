using System.Diagnostics;
using NodaTime;

namespace Negotiation.Model;

/// <summary>One sitting of talks or one exchange between parties.</summary>
/// <remarks>
/// <para>A round enters a case through a <see cref="RoundPlanned"/> fact. Its status, actual times and outcome change
/// only through later facts (<see cref="RoundAgreed"/>, <see cref="RoundRescheduled"/>, <see cref="RoundHeld"/>,
/// <see cref="RoundConcluded"/>, <see cref="RoundPostponed"/>, <see cref="RoundCancelled"/>), and the members a case fills
/// in cannot be set from outside the library. A case refuses a round that is not well formed (a bilateral round needs
/// exactly two sides; a chair takes part) and refuses to hold a round whose preconditions are not met, or that was
/// cancelled.</para>
/// <para>Equality is by value.</para>
/// </remarks>
/// <example>
/// <code>
/// var bilateral = new Round(new RoundId("ru-us-2022-01"), RoundFormat.Bilateral, [russia, unitedStates],
///     DateWindow.EarlyIn(new YearMonth(2022, 1)))
/// {
///     Agenda = new Agenda { Topics = [europeanSecurity] },
/// };
/// </code>
/// </example>
/// <param name="Id">The round's id.</param>
/// <param name="Format">Bilateral or multilateral.</param>
/// <param name="Sides">The sides taking part.</param>
/// <param name="Planned">When the round is planned, possibly approximately.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Round(RoundId Id, RoundFormat Format, EquatableArray<RoundSide> Sides, Moment Planned)
{
    /// <summary>Gets the round's id.</summary>
    public RoundId Id { get; init => field = Guard.Id(value, value.IsValid, nameof(Id)); } = Guard.Id(Id, Id.IsValid, nameof(Id));

    /// <summary>Gets the sides taking part.</summary>
    /// <exception cref="ArgumentNullException">A side is <see langword="null"/>.</exception>
    public EquatableArray<RoundSide> Sides { get; init => field = Guard.NoNulls(value, nameof(Sides)); } = Guard.NoNulls(Sides, nameof(Sides));

    /// <summary>Gets a short title, if any ("Strategic Stability Dialogue").</summary>
    public string? Title { get; init; }

    /// <summary>Gets how the sides meet.</summary>
    public RoundChannel Channel { get; init; } = RoundChannel.Meeting;

    /// <summary>Gets what sort of sitting or exchange the round is.</summary>
    public RoundKind Kind { get; init; }

    /// <summary>Gets the round this one is a session or side meeting of, if any: a sub-meeting belongs to its round.</summary>
    public RoundId? PartOf { get; init; }

    /// <summary>Gets the party that chairs or mediates, if any.</summary>
    public PartyId? Chair { get; init; }

    /// <summary>Gets the person who chairs the round (a minister, a secretary general, a conference president), if any;
    /// set beside or instead of <see cref="Chair"/>.</summary>
    public RepresentativeId? ChairPerson { get; init; }

    /// <summary>Gets the roles parties and people hold in the round besides being sides: host, observer, mediator,
    /// facilitator, coordinator, co-chair.</summary>
    public EquatableArray<RoundRole> Roles { get; init; }

    /// <summary>Gets when the round is planned to end, if it is planned to run past its start (a round of four days).</summary>
    public Moment? PlannedEnd { get; init; }

    /// <summary>Gets whether <see cref="Chair"/> chairs or mediates.</summary>
    public ChairRole ChairRole { get; init; } = ChairRole.Chair;

    /// <summary>Gets where the round takes place, if known.</summary>
    public Venue? Venue { get; init; }

    /// <summary>Gets what the round is to discuss.</summary>
    public Agenda Agenda { get; init => field = Guard.NotNull(value, nameof(Agenda)); } = Agenda.Empty;

    /// <summary>Gets what must be true before the round may start, if anything.</summary>
    public Precondition? Precondition { get; init; }

    /// <summary>Gets the status (filled in by the case).</summary>
    public RoundStatus Status { get; internal init; } = RoundStatus.Proposed;

    /// <summary>Gets the reason for the latest postponement or cancellation (filled in by the case).</summary>
    public string? StatusReason { get; internal init; }

    /// <summary>Gets when the round actually started (filled in by the case).</summary>
    public Moment? ActualStart { get; internal init; }

    /// <summary>Gets when the round actually ended (filled in by the case).</summary>
    public Moment? ActualEnd { get; internal init; }

    /// <summary>Gets the outcome of a concluded round (filled in by the case).</summary>
    public RoundOutcome? Outcome { get; internal init; }

    /// <summary>Gets the people who attended beyond or besides the delegations, and who joined late (filled in by the case
    /// from <see cref="RoundHeld.Attendance"/>).</summary>
    public EquatableArray<Attendance> Attendance { get; internal init; }

    /// <summary>Gets every change of the round's preconditions after it was first planned, oldest first (filled in by the
    /// case).</summary>
    public EquatableArray<PreconditionChange> PreconditionChanges { get; internal init; }

    /// <summary>Gets every status change, oldest first (filled in by the case).</summary>
    public EquatableArray<RoundStatusChange> History { get; internal init; }

    /// <summary>Gets the parties of the sides, in order.</summary>
    public IEnumerable<PartyId> Participants => Sides.Select(s => s.Party);

    /// <summary>Gets when the round starts: the actual start once held, otherwise the planned time.</summary>
    public Moment Start => ActualStart ?? Planned;

    /// <summary>Gets when the round ends: the actual end once known, otherwise the planned end for a round not yet held;
    /// <see langword="null"/> when neither is known.</summary>
    public Moment? End => ActualEnd ?? (HasBeenHeld ? null : PlannedEnd);

    /// <summary>Gets whether the round has been held (held or concluded).</summary>
    public bool HasBeenHeld => Status is RoundStatus.Held or RoundStatus.Concluded;

    /// <summary>Gets whether the round has been held: <see langword="true"/> for a held round and for a concluded one,
    /// since a concluded round was held.</summary>
    public bool IsHeld => HasBeenHeld;

    /// <summary>Gets whether the round has been concluded with an outcome (which implies <see cref="IsHeld"/>).</summary>
    public bool IsConcluded => Status == RoundStatus.Concluded;

    /// <summary>Gets how long the round lasts from its start to its end, when both are known to the second (exact or
    /// zoned times); across a clock change in the venue's zone the answer counts the hours that passed, not the wall
    /// clock. <see langword="null"/> when either end is approximate or unknown (see <see cref="CalendarDays"/>).</summary>
    public Duration? Duration => Start.Instant is { } start && End?.Instant is { } end ? end - start : null;

    /// <summary>Gets the number of calendar days the round runs on, from the first day of its start to the last day of
    /// its end (one for a round on a single day), when its start and end are known to the day; otherwise
    /// <see langword="null"/>.</summary>
    public int? CalendarDays
    {
        get
        {
            var start = Start.Window;
            var end = End?.Window ?? start;
            return start.LengthInDays == 1 && end.LengthInDays == 1 ? Period.DaysBetween(start.Start, end.End) + 1 : null;
        }
    }

    /// <summary>Gets whether <paramref name="party"/> is one of the sides.</summary>
    /// <param name="party">The party.</param>
    /// <returns><see langword="true"/> when it takes part directly.</returns>
    public bool HasSide(PartyId party)
    {
        foreach (var side in Sides)
        {
            if (side.Party == party)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the kind, id and name in one short, culture-invariant line, such as <c>Round ru-us-2022-01 (Russia–United States talks)</c>; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Round), Id.ToString(), Title);
}
