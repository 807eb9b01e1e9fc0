using System.Collections.Immutable;
using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>A round is proposed or agreed, with its sides, planned time, agenda and preconditions.</summary>
/// <remarks>Refused when the id is taken or the <see cref="RoundValidator"/> finds an error: a reference is unknown, the
/// sides do not fit the format (bilateral: exactly two; multilateral: more, or an organisation with its members), a chair
/// is not a side, a delegate represents another party, the venue's zone is unknown, the preconditions require the round
/// itself, or the round is planned certainly before a round it requires or outside its not-before / not-after window.
/// A round planned possibly before a round it requires, that requires a cancelled round, whose delegates are out of
/// office, or that breaks a commitment, is recorded with a warning. Equality is by value.</remarks>
public sealed record RoundPlanned : Fact
{
    /// <summary>Gets the round.</summary>
    public required Round Round { get => field; init => field = Guard.NotNull(value, nameof(Round)); }

    /// <summary>Gets whether the sides have agreed the round (<see langword="true"/>, the default) or it is only proposed.</summary>
    public bool Agreed { get; init; } = true;

    /// <inheritdoc />
    public override string Describe() =>
        $"round {Round.Id} {(Agreed ? "agreed" : "proposed")} between {string.Join(", ", Round.Participants)} for {Round.Planned}";

    internal override void Check(FactCheck check)
    {
        check.NewId(check.Data.Rounds, Round.Id, $"Rounds[{Round.Id}]", "round");
        check.Validate(RoundValidator.Instance, Stored);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Stored);

    private Round Stored
    {
        get
        {
            var status = Agreed ? RoundStatus.Agreed : RoundStatus.Proposed;
            return Round with { Status = status, History = [new RoundStatusChange(status, Occurred)] };
        }
    }

    internal override Fact? Redact(Redaction redaction)
    {
        var agenda = Round.Agenda;
        var documents = Redaction.Keep(agenda.Documents, redaction.Hides);
        var demands = Redaction.Keep(agenda.Demands, redaction.Hides);
        var precondition = Round.Precondition is { } p ? redaction.Redact(p) : null;
        return documents == agenda.Documents && demands == agenda.Demands && ReferenceEquals(precondition, Round.Precondition)
            ? this
            : this with { Round = Round with { Agenda = agenda with { Documents = documents, Demands = demands }, Precondition = precondition } };
    }
}

/// <summary>The sides agree a proposed or postponed round.</summary>
/// <remarks>Refused when the round is unknown or not proposed or postponed. Equality is by value.</remarks>
public sealed record RoundAgreed : Fact
{
    /// <summary>Gets the round.</summary>
    public required RoundId Round { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"round {Round} agreed";

    internal override void Check(FactCheck check) => RoundChecks.Transition(check, Round, RoundStatus.Agreed, null, r => r);

    internal override void Evolve(CaseEvolution evolution) => RoundChecks.Change(evolution, Round, RoundStatus.Agreed, null, r => r);

    // A round is never hidden from a party (Redaction): the fact is kept whole.
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>A round that has not been held is planned for a new time.</summary>
/// <remarks>Refused when the round is unknown, held, concluded or cancelled, the new time breaks the order its
/// preconditions impose, or the round would be planned to end before it starts (a round planned to run for days keeps its
/// planned end unless <see cref="PlannedEnd"/> gives a new one). Equality is by value.</remarks>
public sealed record RoundRescheduled : Fact
{
    /// <summary>Gets the round.</summary>
    public required RoundId Round { get; init; }

    /// <summary>Gets the new planned time.</summary>
    public required Moment Planned { get; init; }

    /// <summary>Gets the new planned end, for a round planned to run past its start (<see cref="Model.Round.PlannedEnd"/>);
    /// null keeps the planned end the round had, if any.</summary>
    public Moment? PlannedEnd { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"round {Round} rescheduled for {Planned}";

    internal override void Check(FactCheck check)
    {
        if (RoundChecks.Pending(check, Round, ErrorCodes.IllegalStatusChange, ".Status", "it cannot be rescheduled") is not { } current)
        {
            return;
        }

        var rescheduled = Rescheduled(current);
        check.Validate(RoundValidator.Instance, rescheduled, RoundValidator.ScheduleRules);
        RoundRules.NewBreaches(check, current, rescheduled, $"Rounds[{Round}]");
        RoundChecks.Dependents(check, Round);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Rescheduled(evolution.Rounds[Round]));

    private Round Rescheduled(Round round) => round with { Planned = Planned, PlannedEnd = PlannedEnd ?? round.PlannedEnd };

    // A round is never hidden from a party (Redaction): the fact is kept whole.
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>A round is held: the sides meet (or the exchange takes place). <see cref="Fact.Occurred"/> is the actual start.</summary>
/// <remarks>Refused when the round is unknown, cancelled, already held, ends before it starts, or its preconditions are
/// not met at its start; recorded with a warning when it is undetermined whether they are met, or when it breaks a
/// commitment. Equality is by value.</remarks>
public sealed record RoundHeld : Fact
{
    /// <summary>Gets the round.</summary>
    public required RoundId Round { get; init; }

    /// <summary>Gets the actual end, if known.</summary>
    public Moment? Ended { get; init; }

    /// <summary>Gets who attended beyond or besides the delegations, and when those who came late joined.</summary>
    public EquatableArray<Attendance> Attendance { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"round {Round} held ({Occurred})";

    internal override void Check(FactCheck check)
    {
        var path = $"Rounds[{Round}]";
        if (!check.Round(Round, path))
        {
            return;
        }

        var current = check.Data.Rounds[Round];
        if (!RoundLifecycle.CanChange(current.Status, RoundStatus.Held))
        {
            var name = Naming.Round(check.Data, current);
            check.Error(ErrorCodes.IllegalStatusChange, path + ".Status", current.Status == RoundStatus.Cancelled
                ? $"{name} was cancelled ({current.StatusReason}); a cancelled round is not held."
                : $"{name} is already {current.Status.ToString().ToLowerInvariant()}.");
            return;
        }

        // Its actual times, its preconditions met at the actual start, the commitments it breaks, its delegates in office.
        check.Validate(RoundValidator.Instance, Held(current), RoundValidator.StatusRules, RoundValidator.CommitmentRules);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Held(evolution.Rounds[Round]));

    private Round Held(Round current) => current with
    {
        Status = RoundStatus.Held,
        ActualStart = Occurred,
        ActualEnd = Ended,
        Attendance = Attendance,
        History = current.History.Items.Add(new RoundStatusChange(RoundStatus.Held, Occurred)),
    };

    // A round is never hidden from a party (Redaction): the fact is kept whole.
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>A held round is concluded with an outcome. <see cref="Fact.Occurred"/> is the actual end unless the round's
/// end was recorded when it was held.</summary>
/// <remarks>Refused when the round is unknown or not held, the outcome's summary is blank or it names unknown statements or
/// documents, or the end comes before the start. Equality is by value.</remarks>
public sealed record RoundConcluded : Fact
{
    /// <summary>Gets the round.</summary>
    public required RoundId Round { get; init; }

    /// <summary>Gets the outcome.</summary>
    public required RoundOutcome Outcome { get => field; init => field = Guard.NotNull(value, nameof(Outcome)); }

    /// <inheritdoc />
    public override string Describe() => $"round {Round} concluded: {Outcome.Summary}";

    internal override void Check(FactCheck check) => RoundChecks.Transition(check, Round, RoundStatus.Concluded, null, Concluded);

    internal override void Evolve(CaseEvolution evolution) => RoundChecks.Change(evolution, Round, RoundStatus.Concluded, null, Concluded);

    private Round Concluded(Round round) => round with { Outcome = Outcome, ActualEnd = round.ActualEnd ?? Occurred };

    internal override Fact? Redact(Redaction redaction)
    {
        var statements = Redaction.Keep(Outcome.Statements, redaction.Hides);
        var documents = Redaction.Keep(Outcome.DocumentsHandedOver, redaction.Hides);
        return statements == Outcome.Statements && documents == Outcome.DocumentsHandedOver
            ? this
            : this with { Outcome = Outcome with { Statements = statements, DocumentsHandedOver = documents } };
    }
}

/// <summary>A round that has not been held is put off, possibly to a new time.</summary>
/// <remarks>Refused when the round is unknown, held, concluded or cancelled, no reason is given, the new time breaks
/// the order its preconditions impose, or the round would be planned to end before it starts (a round planned to run for
/// days keeps its planned end unless <see cref="NewPlannedEnd"/> gives a new one). Equality is by value.</remarks>
public sealed record RoundPostponed : Fact
{
    /// <summary>Gets the round.</summary>
    public required RoundId Round { get; init; }

    /// <summary>Gets why it was put off.</summary>
    public required string Reason { get => field; init => field = Guard.NotNull(value, nameof(Reason)); }

    /// <summary>Gets the new planned time, if one was set.</summary>
    public Moment? NewPlanned { get; init; }

    /// <summary>Gets the new planned end, for a round planned to run past its start (<see cref="Model.Round.PlannedEnd"/>);
    /// null keeps the planned end the round had, if any.</summary>
    public Moment? NewPlannedEnd { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"round {Round} postponed: {Reason}";

    internal override void Check(FactCheck check)
    {
        if (RoundChecks.Transition(check, Round, RoundStatus.Postponed, Reason, Postponed) is { } postponed)
        {
            check.Validate(RoundValidator.Instance, postponed, RoundValidator.ScheduleRules);
            RoundChecks.Dependents(check, Round);
        }
    }

    internal override void Evolve(CaseEvolution evolution) => RoundChecks.Change(evolution, Round, RoundStatus.Postponed, Reason, Postponed);

    private Round Postponed(Round round) => round with { Planned = NewPlanned ?? round.Planned, PlannedEnd = NewPlannedEnd ?? round.PlannedEnd };

    // A round is never hidden from a party (Redaction): the fact is kept whole.
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>A round that has not been held is called off.</summary>
/// <remarks>Refused when the round is unknown, held, concluded or already cancelled, or no reason is given. The rounds that
/// require it are reported with a warning. Equality is by value.</remarks>
public sealed record RoundCancelled : Fact
{
    /// <summary>Gets the round.</summary>
    public required RoundId Round { get; init; }

    /// <summary>Gets why it was called off.</summary>
    public required string Reason { get => field; init => field = Guard.NotNull(value, nameof(Reason)); }

    /// <inheritdoc />
    public override string Describe() => $"round {Round} cancelled: {Reason}";

    internal override void Check(FactCheck check)
    {
        // The rounds that require it can no longer be held as planned: each is reported.
        if (RoundChecks.Transition(check, Round, RoundStatus.Cancelled, Reason, r => r) is not null)
        {
            RoundChecks.Dependents(check, Round);
        }
    }

    internal override void Evolve(CaseEvolution evolution) => RoundChecks.Change(evolution, Round, RoundStatus.Cancelled, Reason, r => r);

    // A round is never hidden from a party (Redaction): the fact is kept whole.
    internal override Fact? Redact(Redaction redaction) => this;
}

/// <summary>The preconditions of a round not yet held are added, replaced or dropped after it was planned.
/// <see cref="Fact.Occurred"/> is when the change was made; its record time is when it became known.</summary>
/// <remarks>Refused when the round is unknown, held, concluded or cancelled
/// (<see cref="ErrorCodes.PreconditionsChangedTooLate"/>), or the new preconditions fail the <see cref="RoundValidator"/>'s
/// rules (unknown references, a cycle, a planned time they contradict). Every change is kept in
/// <see cref="Round.PreconditionChanges"/>. Equality is by value.</remarks>
public sealed record RoundPreconditionsChanged : Fact
{
    /// <summary>Gets the round.</summary>
    public required RoundId Round { get; init; }

    /// <summary>Gets the preconditions from now on, or <see langword="null"/> to drop them all.</summary>
    public Precondition? Precondition { get; init; }

    /// <summary>Gets why they changed, if stated.</summary>
    public string? Reason { get; init; }

    /// <inheritdoc />
    public override string Describe() => Precondition is null
        ? $"preconditions of round {Round} dropped"
        : $"preconditions of round {Round} now: {Precondition}";

    internal override void Check(FactCheck check)
    {
        if (RoundChecks.Pending(check, Round, ErrorCodes.PreconditionsChangedTooLate, ".Precondition", "only the preconditions of a round not yet held can change") is not { } current)
        {
            return;
        }

        check.Validate(RoundValidator.Instance, Changed(current), RoundValidator.ShapeRules, RoundValidator.ScheduleRules);
        if (Precondition is { } precondition)
        {
            RoundChecks.NoCycle(check, current, precondition);
        }
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Changed(evolution.Rounds[Round]));

    private Round Changed(Round current) => current with
    {
        Precondition = Precondition,
        PreconditionChanges = current.PreconditionChanges.Items.Add(new PreconditionChange(current.Precondition, Precondition, Occurred, Reason)),
    };

    internal override Fact? Redact(Redaction redaction)
    {
        // The party learns that the conditions changed, and the parts of the new ones it may read.
        var precondition = Precondition is { } p ? redaction.Redact(p) : null;
        return ReferenceEquals(precondition, Precondition) ? this : this with { Precondition = precondition };
    }
}

/// <summary>Change checks and evolutions shared by the round facts; the rules about a round itself are the
/// <see cref="RoundValidator"/>'s, and which status may follow which is <see cref="RoundLifecycle"/>'s.</summary>
internal static class RoundChecks
{
    /// <summary>Gets the round when it is known and not yet held or cancelled; otherwise reports why and returns
    /// <see langword="null"/>.</summary>
    public static Round? Pending(FactCheck check, RoundId id, string code, string property, string consequence)
    {
        var path = $"Rounds[{id}]";
        if (!check.Round(id, path))
        {
            return null;
        }

        var current = check.Data.Rounds[id];
        if (RoundLifecycle.IsPending(current.Status))
        {
            return current;
        }

        check.Error(code, path + property, $"{Naming.Round(check.Data, current)} is {current.Status.ToString().ToLowerInvariant()}; {consequence}.");
        return null;
    }

    /// <summary>Checks that the status may change that way, runs the validator's status rules on the changed round and
    /// returns it; <see langword="null"/> when the round is unknown or the change illegal.</summary>
    public static Round? Transition(FactCheck check, RoundId id, RoundStatus to, string? reason, Func<Round, Round> change)
    {
        var path = $"Rounds[{id}]";
        if (!check.Round(id, path))
        {
            return null;
        }

        var current = check.Data.Rounds[id];
        if (!RoundLifecycle.CanChange(current.Status, to))
        {
            var allowed = string.Join(" or ", RoundLifecycle.From(to).Select(s => s.ToString().ToLowerInvariant()));
            check.Error(ErrorCodes.IllegalStatusChange, path + ".Status", $"{Naming.Round(check.Data, current)} is {current.Status.ToString().ToLowerInvariant()}; only a round that is {allowed} can become {to.ToString().ToLowerInvariant()}.");
            return null;
        }

        var changed = Changed(current, to, reason, check.Fact.Occurred, change);
        check.Validate(RoundValidator.Instance, changed, RoundValidator.StatusRules);
        return changed;
    }

    /// <summary>Refuses new preconditions of <paramref name="round"/> that require a round which, through the preconditions
    /// of the rounds it requires in turn, requires <paramref name="round"/>: the rounds would wait for each other.</summary>
    /// <remarks>Only a change of preconditions can close such a cycle (a round planned may only require rounds already
    /// planned), and whole-case validation reports one on every round in it (<see cref="ErrorCodes.PreconditionCycle"/>),
    /// so the change is refused here with the same code and path, whatever the rounds' statuses.</remarks>
    public static void NoCycle(FactCheck check, Round round, Precondition precondition)
    {
        var rounds = check.Data.Rounds;
        foreach (var leaf in PreconditionRules.Leaves(precondition))
        {
            if (leaf.Condition is IRoundDependency { Round: var to } && to.IsValid && to != round.Id && rounds.ContainsKey(to) && Reaches(rounds, to, round.Id))
            {
                check.Error(ErrorCodes.PreconditionCycle, $"Rounds[{round.Id}].Precondition[{leaf.Index}]", $"{Naming.Round(check.Data, round)} would require '{to}' first, which (through its own preconditions) requires this round first: the rounds would wait for each other. Drop one requirement.");
            }
        }

        // Whether "from" requires "target", directly or through the rounds it requires (iterative: chains can be long).
        static bool Reaches(ImmutableSortedDictionary<RoundId, Round> rounds, RoundId from, RoundId target)
        {
            var seen = new HashSet<RoundId> { from };
            var pending = new Stack<RoundId>([from]);
            while (pending.TryPop(out var id))
            {
                foreach (var next in rounds[id].Precondition?.RequiredRounds() ?? [])
                {
                    if (next == target)
                    {
                        return true;
                    }

                    if (next.IsValid && rounds.ContainsKey(next) && seen.Add(next))
                    {
                        pending.Push(next);
                    }
                }
            }

            return false;
        }
    }

    /// <summary>Writes the status change <see cref="Transition"/> checked.</summary>
    public static void Change(CaseEvolution evolution, RoundId id, RoundStatus to, string? reason, Func<Round, Round> change) =>
        evolution.Put(Changed(evolution.Rounds[id], to, reason, evolution.Fact.Occurred, change));

    /// <summary>Re-checks the order the rounds that require <paramref name="changed"/> must keep, against the case after
    /// its time or status changed.</summary>
    public static void Dependents(FactCheck check, RoundId changed)
    {
        var dependents = check.Data.Indexes.RoundDependents.Get(changed);
        if (dependents.IsEmpty)
        {
            return;
        }

        var after = check.After;
        foreach (var id in dependents)
        {
            check.ValidateAfter(RoundValidator.Instance, after.Rounds[id], RoundValidator.OrderRules);
        }
    }

    private static Round Changed(Round current, RoundStatus to, string? reason, Moment when, Func<Round, Round> change) =>
        change(current) with
        {
            Status = to,
            StatusReason = reason ?? current.StatusReason,
            History = current.History.Items.Add(new RoundStatusChange(to, when, reason)),
        };
}
