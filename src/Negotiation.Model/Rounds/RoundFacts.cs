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

    internal override void Apply(CaseEditor editor)
    {
        editor.NewId(editor.Data.Rounds, Round.Id, $"Rounds[{Round.Id}]", "round");
        var status = Agreed ? RoundStatus.Agreed : RoundStatus.Proposed;
        var round = Round with { Status = status, History = [new RoundStatusChange(status, Occurred)] };
        editor.Validate(RoundValidator.Instance, round);
        RoundChecks.Store(editor, round);
        RoundChecks.Index(editor, round);
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

    internal override void Apply(CaseEditor editor)
    {
        if (RoundChecks.Transition(editor, Round, RoundStatus.Agreed, null, r => r, RoundStatus.Proposed, RoundStatus.Postponed) is { } agreed)
        {
            RoundChecks.Store(editor, agreed);
        }
    }
}

/// <summary>A round that has not been held is planned for a new time.</summary>
/// <remarks>Refused when the round is unknown, held, concluded or cancelled, or the new time breaks the order its
/// preconditions impose. Equality is by value.</remarks>
public sealed record RoundRescheduled : Fact
{
    /// <summary>Gets the round.</summary>
    public required RoundId Round { get; init; }

    /// <summary>Gets the new planned time.</summary>
    public required Moment Planned { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"round {Round} rescheduled for {Planned}";

    internal override void Apply(CaseEditor editor)
    {
        var path = $"Rounds[{Round}]";
        if (!editor.Round(Round, path))
        {
            return;
        }

        var current = editor.Data.Rounds[Round];
        if (current.Status is RoundStatus.Held or RoundStatus.Concluded or RoundStatus.Cancelled)
        {
            editor.Error(ErrorCodes.IllegalStatusChange, path + ".Status", $"{Naming.Round(editor.Data, current)} is {current.Status.ToString().ToLowerInvariant()}; it cannot be rescheduled.");
            return;
        }

        var round = current with { Planned = Planned };
        editor.Validate(RoundValidator.Instance, round, RoundValidator.ScheduleRules);
        RoundChecks.Store(editor, round);
        RoundChecks.Dependents(editor, round);
    }
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

    /// <inheritdoc />
    public override string Describe() => $"round {Round} held ({Occurred})";

    internal override void Apply(CaseEditor editor)
    {
        var path = $"Rounds[{Round}]";
        if (!editor.Round(Round, path))
        {
            return;
        }

        var current = editor.Data.Rounds[Round];
        if (current.Status is not (RoundStatus.Proposed or RoundStatus.Agreed or RoundStatus.Postponed))
        {
            var name = Naming.Round(editor.Data, current);
            editor.Error(ErrorCodes.IllegalStatusChange, path + ".Status", current.Status == RoundStatus.Cancelled
                ? $"{name} was cancelled ({current.StatusReason}); a cancelled round is not held."
                : $"{name} is already {current.Status.ToString().ToLowerInvariant()}.");
            return;
        }

        var held = current with
        {
            Status = RoundStatus.Held,
            ActualStart = Occurred,
            ActualEnd = Ended,
            History = current.History.Items.Add(new RoundStatusChange(RoundStatus.Held, Occurred)),
        };

        // Its actual times, its preconditions met at the actual start, the commitments it breaks, its delegates in office.
        editor.Validate(RoundValidator.Instance, held, RoundValidator.StatusRules, RoundValidator.CommitmentRules);
        RoundChecks.Store(editor, held);
    }
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

    internal override void Apply(CaseEditor editor)
    {
        if (RoundChecks.Transition(editor, Round, RoundStatus.Concluded, null, r => r with { Outcome = Outcome, ActualEnd = r.ActualEnd ?? Occurred }, RoundStatus.Held) is { } concluded)
        {
            RoundChecks.Store(editor, concluded);
        }
    }
}

/// <summary>A round that has not been held is put off, possibly to a new time.</summary>
/// <remarks>Refused when the round is unknown, held, concluded or cancelled, no reason is given, or the new time breaks
/// the order its preconditions impose. Equality is by value.</remarks>
public sealed record RoundPostponed : Fact
{
    /// <summary>Gets the round.</summary>
    public required RoundId Round { get; init; }

    /// <summary>Gets why it was put off.</summary>
    public required string Reason { get => field; init => field = Guard.NotNull(value, nameof(Reason)); }

    /// <summary>Gets the new planned time, if one was set.</summary>
    public Moment? NewPlanned { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"round {Round} postponed: {Reason}";

    internal override void Apply(CaseEditor editor)
    {
        if (RoundChecks.Transition(editor, Round, RoundStatus.Postponed, Reason, r => r with { Planned = NewPlanned ?? r.Planned }, RoundStatus.Proposed, RoundStatus.Agreed, RoundStatus.Postponed) is { } postponed)
        {
            editor.Validate(RoundValidator.Instance, postponed, RoundValidator.ScheduleRules);
            RoundChecks.Store(editor, postponed);
            RoundChecks.Dependents(editor, postponed);
        }
    }
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

    internal override void Apply(CaseEditor editor)
    {
        if (RoundChecks.Transition(editor, Round, RoundStatus.Cancelled, Reason, r => r, RoundStatus.Proposed, RoundStatus.Agreed, RoundStatus.Postponed) is { } cancelled)
        {
            RoundChecks.Store(editor, cancelled);

            // The rounds that require it can no longer be held as planned: each is reported.
            RoundChecks.Dependents(editor, cancelled);
        }
    }
}

/// <summary>Change checks and bookkeeping shared by the round facts; the rules about a round itself are the
/// <see cref="RoundValidator"/>'s.</summary>
internal static class RoundChecks
{
    /// <summary>Checks that the status may change that way, and returns the changed round after the validator's status
    /// rules ran on it; <see langword="null"/> when the round is unknown or the change illegal.</summary>
    public static Round? Transition(CaseEditor editor, RoundId id, RoundStatus to, string? reason, Func<Round, Round> change, params RoundStatus[] from)
    {
        var path = $"Rounds[{id}]";
        if (!editor.Round(id, path))
        {
            return null;
        }

        var current = editor.Data.Rounds[id];
        if (Array.IndexOf(from, current.Status) < 0)
        {
            var allowed = string.Join(" or ", from.Select(s => s.ToString().ToLowerInvariant()));
            editor.Error(ErrorCodes.IllegalStatusChange, path + ".Status", $"{Naming.Round(editor.Data, current)} is {current.Status.ToString().ToLowerInvariant()}; only a round that is {allowed} can become {to.ToString().ToLowerInvariant()}.");
            return null;
        }

        var changed = change(current) with
        {
            Status = to,
            StatusReason = reason ?? current.StatusReason,
            History = current.History.Items.Add(new RoundStatusChange(to, editor.Fact.Occurred, reason)),
        };
        editor.Validate(RoundValidator.Instance, changed, RoundValidator.StatusRules);
        return changed;
    }

    public static void Store(CaseEditor editor, Round round) =>
        editor.Data = editor.Data with { Rounds = editor.Data.Rounds.SetItem(round.Id, round) };

    /// <summary>Records a new round in the indexes: the rounds it requires know it depends on them, its sides know it.</summary>
    public static void Index(CaseEditor editor, Round round)
    {
        var dependents = editor.Data.RoundDependents;
        if (round.Precondition is { } precondition)
        {
            foreach (var leaf in PreconditionRules.Leaves(precondition))
            {
                if (leaf.Required && leaf.Condition is IRoundDependency { Round: var required } && required.IsValid && required != round.Id)
                {
                    dependents = dependents.Add(required, round.Id);
                }
            }
        }

        var byParty = editor.Data.RoundsByParty;
        foreach (var party in round.Participants)
        {
            byParty = byParty.Add(party, round.Id);
        }

        editor.Data = editor.Data with { RoundDependents = dependents, RoundsByParty = byParty };
    }

    /// <summary>Re-checks the order the rounds that require <paramref name="changed"/> must keep, after its time or
    /// status changed.</summary>
    public static void Dependents(CaseEditor editor, Round changed)
    {
        foreach (var id in editor.Data.RoundDependents.Get(changed.Id))
        {
            editor.Validate(RoundValidator.Instance, editor.Data.Rounds[id], RoundValidator.OrderRules);
        }
    }
}
