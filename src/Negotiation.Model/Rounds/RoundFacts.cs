using NodaTime;

namespace Negotiation.Model;

/// <summary>A round is proposed or agreed, with its sides, planned time, agenda and preconditions.</summary>
/// <remarks>Refused when the id is taken, a reference is unknown, the sides do not fit the format (bilateral: exactly two;
/// multilateral: more, or an organisation with its members), a chair is not a side, a delegate represents another party,
/// the venue's zone is unknown, the preconditions require the round itself, or the round is planned certainly before a
/// round it requires or outside its not-before / not-after window. A round planned possibly before a round it requires,
/// or that breaks a commitment, is recorded with a warning. Equality is by value.</remarks>
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
        var path = $"Rounds[{Round.Id}]";
        editor.NewId(editor.Data.Rounds, Round.Id, path, "round");
        var status = Agreed ? RoundStatus.Agreed : RoundStatus.Proposed;
        var round = Round with { Status = status, History = [new RoundStatusChange(status, Occurred)] };
        RoundChecks.Shape(editor, round, path);
        RoundChecks.Plan(editor, round, path);
        editor.Data = editor.Data with { Rounds = editor.Data.Rounds.SetItem(round.Id, round) };
        RoundChecks.Commitments(editor, round, path);
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

    internal override void Apply(CaseEditor editor) =>
        RoundChecks.Transition(editor, Round, RoundStatus.Agreed, null, r => r, RoundStatus.Proposed, RoundStatus.Postponed);
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
            editor.Error(ErrorCodes.IllegalStatusChange, path + ".Status", $"{editor.Current.NameOf(current)} is {current.Status.ToString().ToLowerInvariant()}; it cannot be rescheduled.");
            return;
        }

        var round = current with { Planned = Planned };
        RoundChecks.Plan(editor, round, path);
        editor.Data = editor.Data with { Rounds = editor.Data.Rounds.SetItem(Round, round) };
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
        var name = editor.Current.NameOf(current);
        if (current.Status is not (RoundStatus.Proposed or RoundStatus.Agreed or RoundStatus.Postponed))
        {
            editor.Error(ErrorCodes.IllegalStatusChange, path + ".Status", current.Status == RoundStatus.Cancelled
                ? $"{name} was cancelled ({current.StatusReason}); a cancelled round is not held."
                : $"{name} is already {current.Status.ToString().ToLowerInvariant()}.");
            return;
        }

        if (Ended is { } ended && ended.IsBefore(Occurred).IsYes)
        {
            editor.Error(ErrorCodes.EndBeforeStart, path + ".ActualEnd", $"{name} cannot end ({ended}) before it starts ({Occurred}).");
        }

        var held = current with
        {
            Status = RoundStatus.Held,
            ActualStart = Occurred,
            ActualEnd = Ended,
            History = current.History.Items.Add(new RoundStatusChange(RoundStatus.Held, Occurred)),
        };
        if (current.Precondition is { } precondition)
        {
            var result = precondition.Evaluate(editor.Current, held, Occurred);
            if (result.Met.IsNo)
            {
                editor.Error(ErrorCodes.PreconditionsNotMet, path + ".Precondition", $"{name} cannot be held ({Occurred}): its preconditions are not met." + Environment.NewLine + result);
            }
            else if (result.Met.IsUndetermined)
            {
                editor.Warning(ErrorCodes.PreconditionsUndetermined, path + ".Precondition", $"It is undetermined whether the preconditions of {name} were met when it was held ({Occurred})." + Environment.NewLine + result);
            }
        }

        editor.Data = editor.Data with { Rounds = editor.Data.Rounds.SetItem(Round, held) };
        RoundChecks.Commitments(editor, held, path);
    }
}

/// <summary>A held round is concluded with an outcome. <see cref="Fact.Occurred"/> is the actual end unless the round's
/// end was recorded when it was held.</summary>
/// <remarks>Refused when the round is unknown or not held, the outcome names unknown statements or documents, or the
/// conclusion would end the round before it started. Equality is by value.</remarks>
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
        var path = $"Rounds[{Round}]";
        editor.Body(Outcome.Summary, path + ".Outcome.Summary");
        Each(editor, Outcome.Statements, path + ".Outcome.Statements", (id, p) => editor.Statement(id, p));
        Each(editor, Outcome.DocumentsHandedOver, path + ".Outcome.DocumentsHandedOver", (id, p) => editor.Document(id, p));
        if (editor.Data.Rounds.TryGetValue(Round, out var current) && current.ActualEnd is null && current.ActualStart is { } start && Occurred.IsBefore(start).IsYes)
        {
            // Occurred becomes the actual end here, so it must not precede the actual start.
            editor.Error(ErrorCodes.EndBeforeStart, path + ".ActualEnd", $"{editor.Current.NameOf(current)} cannot end ({Occurred}) before it starts ({start}).");
        }

        RoundChecks.Transition(editor, Round, RoundStatus.Concluded, null, r => r with { Outcome = Outcome, ActualEnd = r.ActualEnd ?? Occurred }, RoundStatus.Held);
    }

    private static void Each<T>(CaseEditor editor, EquatableArray<T> items, string path, Func<T, string, bool> check) =>
        editor.Each(items, path, x => x, check);
}

/// <summary>A round that has not been held is put off, possibly to a new time.</summary>
/// <remarks>Refused when the round is unknown, held, concluded or cancelled, or no reason is given. Equality is by value.</remarks>
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

    internal override void Apply(CaseEditor editor) =>
        RoundChecks.Transition(editor, Round, RoundStatus.Postponed, Reason, r => r with { Planned = NewPlanned ?? r.Planned }, RoundStatus.Proposed, RoundStatus.Agreed, RoundStatus.Postponed);
}

/// <summary>A round that has not been held is called off.</summary>
/// <remarks>Refused when the round is unknown, held, concluded or already cancelled, or no reason is given. Equality is by
/// value.</remarks>
public sealed record RoundCancelled : Fact
{
    /// <summary>Gets the round.</summary>
    public required RoundId Round { get; init; }

    /// <summary>Gets why it was called off.</summary>
    public required string Reason { get => field; init => field = Guard.NotNull(value, nameof(Reason)); }

    /// <inheritdoc />
    public override string Describe() => $"round {Round} cancelled: {Reason}";

    internal override void Apply(CaseEditor editor) =>
        RoundChecks.Transition(editor, Round, RoundStatus.Cancelled, Reason, r => r, RoundStatus.Proposed, RoundStatus.Agreed, RoundStatus.Postponed);
}

/// <summary>Checks shared by the round facts.</summary>
internal static class RoundChecks
{
    public static void Transition(CaseEditor editor, RoundId id, RoundStatus to, string? reason, Func<Round, Round> change, params RoundStatus[] from)
    {
        var path = $"Rounds[{id}]";
        if (!editor.Round(id, path))
        {
            return;
        }

        var current = editor.Data.Rounds[id];
        if (Array.IndexOf(from, current.Status) < 0)
        {
            var allowed = string.Join(" or ", from.Select(s => s.ToString().ToLowerInvariant()));
            editor.Error(ErrorCodes.IllegalStatusChange, path + ".Status", $"{editor.Current.NameOf(current)} is {current.Status.ToString().ToLowerInvariant()}; only a round that is {allowed} can become {to.ToString().ToLowerInvariant()}.");
            return;
        }

        if (to is RoundStatus.Postponed or RoundStatus.Cancelled && string.IsNullOrWhiteSpace(reason))
        {
            editor.Error(ErrorCodes.ReasonRequired, path + ".StatusReason", $"Say why the round was {to.ToString().ToLowerInvariant()}.");
        }

        var changed = change(current) with
        {
            Status = to,
            StatusReason = reason ?? current.StatusReason,
            History = current.History.Items.Add(new RoundStatusChange(to, editor.Fact.Occurred, reason)),
        };
        editor.Data = editor.Data with { Rounds = editor.Data.Rounds.SetItem(id, changed) };
        if (to == RoundStatus.Postponed)
        {
            Plan(editor, changed, path);
            Dependents(editor, changed);
        }
    }

    /// <summary>Checks what a round is made of: sides, format, chair, delegations, venue, agenda and precondition references.</summary>
    public static void Shape(CaseEditor editor, Round round, string path)
    {
        editor.Each(round.Sides, path + ".Sides", s => s.Party, (side, p) => editor.Party(side.Party, p + ".Party"));
        var sides = round.Sides.Select(s => s.Party).Distinct().ToList();
        if (sides.Count < round.Sides.Count)
        {
            editor.Error(ErrorCodes.DuplicateSide, path + ".Sides", "A party is named as two sides; name each side once.");
        }

        if (round.Format == RoundFormat.Bilateral && round.Sides.Count != 2)
        {
            editor.Error(ErrorCodes.BilateralNeedsTwoSides, path + ".Sides", $"A bilateral round has exactly two sides; this one has {round.Sides.Count}. Make it multilateral or remove sides.");
        }

        if (round.Format == RoundFormat.Multilateral && round.Sides.Count <= 2
            && !round.Sides.Any(s => editor.Data.Parties.TryGetValue(s.Party, out var party) && party is Organisation))
        {
            editor.Error(ErrorCodes.MultilateralNeedsMoreSides, path + ".Sides", $"A multilateral round has more than two sides, or an organisation taking part with its members; this one has {round.Sides.Count}. Make it bilateral.");
        }

        if (round.Chair is { } chair && editor.Party(chair, path + ".Chair") && round.ChairRole == ChairRole.Chair && !round.HasSide(chair))
        {
            editor.Error(ErrorCodes.ChairNotParticipant, path + ".Chair", $"The chair '{chair}' is not one of the sides; add it as a side or make it a mediator.");
        }

        for (var i = 0; i < round.Sides.Count; i++)
        {
            if (round.Sides[i].Delegation is not { } delegation)
            {
                continue;
            }

            var party = round.Sides[i].Party;
            var j = 0;
            foreach (var person in delegation.Everyone)
            {
                var personPath = $"{path}.Sides[{i}].Delegation[{j++}]";
                if (editor.Representative(person, personPath) && editor.Data.Representatives[person].Party != party)
                {
                    editor.Error(ErrorCodes.DelegateOfOtherParty, personPath, $"{editor.Data.Representatives[person].Name} represents '{editor.Data.Representatives[person].Party}', not '{party}'.");
                }
            }
        }

        if (round.Venue is { } venue)
        {
            editor.Name(venue.Name, path + ".Venue.Name");
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(venue.ZoneId) is null)
            {
                editor.Error(ErrorCodes.UnknownTimeZone, path + ".Venue.ZoneId", $"'{venue.ZoneId}' is not a tz database zone id; use one such as 'Europe/Zurich'.");
            }
        }

        editor.Topics(round.Agenda.Topics, path + ".Agenda.Topics");
        editor.Each(round.Agenda.Documents, path + ".Agenda.Documents", d => d, (d, p) => editor.Document(d, p));
        editor.Each(round.Agenda.Demands, path + ".Agenda.Demands", d => d, (d, p) => editor.Demand(d, p));
        if (round.Precondition is { } precondition)
        {
            var i = 0;
            foreach (var leaf in precondition.Leaves())
            {
                References(editor, round, leaf, $"{path}.Precondition[{i++}]");
            }
        }
    }

    /// <summary>Checks the planned time against the order the preconditions impose.</summary>
    public static void Plan(CaseEditor editor, Round round, string path)
    {
        if (round.Precondition is not { } precondition)
        {
            return;
        }

        var name = editor.Current.NameOf(round);
        foreach (var required in precondition.RequiredRounds())
        {
            if (required == round.Id || !editor.Data.Rounds.TryGetValue(required, out var other))
            {
                continue;
            }

            Order(editor, round, other, path + ".Planned", name);
        }

        var i = 0;
        foreach (var leaf in Required(precondition))
        {
            var leafPath = $"{path}.Precondition[{i++}]";
            var outside = leaf switch
            {
                NotBeforeCondition nb => round.Planned.Window.End < nb.Date,
                NotAfterCondition na => round.Planned.Window.Start > na.Date,
                _ => false,
            };
            if (outside)
            {
                editor.Error(ErrorCodes.PlannedOutsideWindow, leafPath, $"{name} is planned for {round.Planned}, which its own precondition rules out ({leaf.Evaluate(editor.Current, round, round.Planned).Reason}).");
            }
        }
    }

    /// <summary>Re-checks the rounds that require <paramref name="changed"/> after its planned time moved.</summary>
    public static void Dependents(CaseEditor editor, Round changed)
    {
        foreach (var dependent in editor.Data.Rounds.Values)
        {
            if (dependent.Precondition is { } p && !dependent.HasBeenHeld && dependent.Status != RoundStatus.Cancelled && p.RequiredRounds().Contains(changed.Id))
            {
                Order(editor, dependent, changed, $"Rounds[{dependent.Id}].Planned", editor.Current.NameOf(dependent));
            }
        }
    }

    /// <summary>Reports, as warnings, every commitment the round breaks.</summary>
    public static void Commitments(CaseEditor editor, Round round, string path)
    {
        if (round.Status == RoundStatus.Cancelled)
        {
            return;
        }

        foreach (var commitment in editor.Data.Commitments.Values)
        {
            if (Breaks(editor.Data, round, commitment))
            {
                editor.Warning(ErrorCodes.CommitmentBroken, path, BreachMessage(editor.Current, round, commitment));
            }
        }
    }

    public static bool Breaks(CaseData data, Round round, Commitment commitment) =>
        !round.HasSide(commitment.RequiredParticipant)
        && commitment.Parties.Any(p => p != commitment.RequiredParticipant && round.HasSide(p))
        && AgendaTopics(data, round).Any(t => Covers(data, commitment.Topic, t));

    public static string BreachMessage(NegotiationCase negotiation, Round round, Commitment commitment) =>
        $"{negotiation.NameOf(round)} discusses {negotiation.Topics[commitment.Topic].Name} without {negotiation.NameOf(commitment.RequiredParticipant)}, "
        + $"against the commitment '{commitment.Id}' of {string.Join(" and ", commitment.Parties.Select(negotiation.NameOf))}: \"{commitment.Text}\"";

    /// <summary>Gets whether <paramref name="topic"/> is <paramref name="scope"/> or narrower than it.</summary>
    public static bool Covers(CaseData data, TopicId scope, TopicId topic)
    {
        TopicId? current = topic;
        for (var depth = 0; current is { } t && depth <= data.Topics.Count; depth++)
        {
            if (t == scope)
            {
                return true;
            }

            current = data.Topics.TryGetValue(t, out var known) ? known.Broader : null;
        }

        return false;
    }

    private static IEnumerable<TopicId> AgendaTopics(CaseData data, Round round) =>
        round.Agenda.Topics.Concat(round.Agenda.Demands.SelectMany(d => data.Demands.TryGetValue(d, out var demand) ? demand.Topics : EquatableArray<TopicId>.Empty));

    private static void Order(CaseEditor editor, Round dependent, Round required, string path, string name)
    {
        if (required.HasBeenHeld)
        {
            return;
        }

        var requiredName = editor.Current.NameOf(required);
        if (dependent.Planned.IsBefore(required.Start).IsYes)
        {
            editor.Error(ErrorCodes.PlannedBeforeRequiredRound, path, $"{name} is planned for {dependent.Planned}, before {requiredName} ({required.Start}), which must come first.");
        }
        else if (dependent.Planned.LatestDate <= required.Start.LatestDate && dependent.Planned.IsAfter(required.Start).IsUndetermined)
        {
            editor.Warning(ErrorCodes.PlannedPossiblyBeforeRequiredRound, path, $"{name} is planned for {dependent.Planned}, which does not reach past {requiredName} ({required.Start}), which must come first.");
        }
    }

    /// <summary>Gets the leaves that must hold (reached through all-of only, not under any-of or not).</summary>
    private static IEnumerable<Precondition> Required(Precondition precondition) => precondition switch
    {
        AllOfCondition all => all.Parts.SelectMany(Required),
        AnyOfCondition or NotCondition => [],
        _ => [precondition],
    };

    private static void References(CaseEditor editor, Round round, Precondition leaf, string path)
    {
        switch (leaf)
        {
            case IRoundDependency dependency when dependency.Round == round.Id:
                editor.Error(ErrorCodes.PreconditionCycle, path, $"The round '{round.Id}' cannot require itself to be held first.");
                break;
            case IRoundDependency dependency:
                editor.Round(dependency.Round, path);
                break;
            case DocumentPresentedCondition d:
                editor.Document(d.Document, path);
                break;
            case DemandAnsweredCondition d:
                editor.Demand(d.Demand, path);
                if (d.By is { } by)
                {
                    editor.Party(by, path);
                }

                break;
            case PartyTakesPartCondition p:
                editor.Party(p.Party, path);
                break;
            case DevelopmentOccurredCondition { Against: { } against }:
                editor.Party(against, path);
                break;
        }
    }
}
