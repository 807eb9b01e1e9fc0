using NodaTime;

namespace Negotiation.Model.Benchmarks.Baselines;

// What the baselines hold beside the library's input records: the state that facts derive (a round's status, a
// document's revisions, when a statement was made). The library keeps it in internal init-only members; the baselines,
// like any user without the library, keep it in their own records and use only the public API.

/// <summary>A round as planned, with what has happened to it.</summary>
public sealed record RoundState(Round Plan, RoundStatus Status, Moment Planned)
{
    public string? Reason { get; init; }

    public Moment? ActualStart { get; init; }

    public Moment? ActualEnd { get; init; }

    public RoundOutcome? Outcome { get; init; }

    public EquatableArray<RoundStatusChange> History { get; init; }

    public RoundId Id => Plan.Id;

    public Moment Start => ActualStart ?? Planned;

    public bool HasBeenHeld => Status is RoundStatus.Held or RoundStatus.Concluded;

    public bool HasSide(PartyId party) => Plan.HasSide(party);
}

/// <summary>A document with its revisions and when it was handed over and disclosed.</summary>
public sealed record DocumentState(Document Header, EquatableArray<DocumentRevision> Revisions, Moment HandedOver)
{
    public Moment? Disclosed { get; init; }

    public Disclosure? DisclosedBy { get; init; }

    public DocumentId Id => Header.Id;
}

/// <summary>A statement and when it was made.</summary>
public sealed record StatementState(Statement Statement, Moment Made);

/// <summary>A deadline with its extensions and when it was met.</summary>
public sealed record DeadlineState(Deadline Deadline, Moment Set)
{
    public EquatableArray<DeadlineExtension> Extensions { get; init; }

    public Moment? Met { get; init; }

    public LocalDate CurrentDue => Extensions.IsEmpty ? Deadline.Due : Extensions[^1].NewDue;
}

/// <summary>A development and when it occurred.</summary>
public sealed record DevelopmentState(Development Development, Moment Occurred);

/// <summary>One party's position on one subject.</summary>
public readonly record struct PositionKey(PartyId Party, SubjectRef Subject);

/// <summary>What evaluating a precondition needs to look up; the mutable floor answers from dictionaries, the naive
/// baseline by scanning arrays.</summary>
internal interface ICaseLookup
{
    RoundState? FindRound(RoundId id);

    DocumentState? FindDocument(DocumentId id);

    Demand? FindDemand(DemandId id);

    IReadOnlyList<Position> PositionHistory(PartyId party, SubjectRef subject);

    IEnumerable<DevelopmentState> AllDevelopments { get; }

    string NameOf(PartyId party);
}
