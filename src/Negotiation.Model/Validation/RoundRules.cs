using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Rules between a round and other parts of the case, shared by the <see cref="RoundValidator"/> and the facts
/// that touch only one side of the pair (a new commitment checks the rounds it may constrain).</summary>
internal static class RoundRules
{
    /// <summary>Does <paramref name="round"/> break <paramref name="commitment"/>? A cancelled round, a round out of the
    /// commitment's scope and a round held certainly before the commitment was made never do; otherwise it depends on the
    /// rule (<see cref="CommitmentRule"/>). A party takes part when it is a side or a member, on the day the round starts,
    /// of an organisation that is a side.</summary>
    /// <remarks>Every change to a round asks this of every commitment, so the common rule is written as loops, without
    /// allocating.</remarks>
    public static bool Breaks(CaseData data, Round round, Commitment commitment)
    {
        if (round.Status == RoundStatus.Cancelled || !InForce(round, commitment))
        {
            return false;
        }

        switch (commitment.Rule)
        {
            case ParticipationRule participation:
                return !TakesPart(data, round, participation.Party)
                    && HasCommittedParty(data, round, commitment, participation.Party)
                    && AgendaCovers(round, commitment.Topic, data.Topics, data.Demands);
            case ProhibitionRule prohibition:
                return (prohibition.With is not { } with || TakesPart(data, round, with))
                    && HasCommittedParty(data, round, commitment, prohibition.With)
                    && AgendaCovers(round, commitment.Topic, data.Topics, data.Demands);
            case LimitRule limit:
                return Counted(data, round, commitment) && EarlierCounted(data, round, commitment) >= limit.Rounds;
            case RoundOrderRule order:
                return round.Id == order.Then && data.Rounds.TryGetValue(order.First, out var first) && ComesTooEarly(round, first);
            default:
                return false;
        }
    }

    /// <summary>Does a round planned as <paramref name="plan"/> break a participation <paramref name="commitment"/>,
    /// whatever its status, given the known topics and demands? Sides only: without a case, organisations' members are
    /// not known. Other rules need the case and are not judged here.</summary>
    public static bool Breaks(Round plan, Commitment commitment, IReadOnlyDictionary<TopicId, Topic> topics, IReadOnlyDictionary<DemandId, Demand> demands) =>
        commitment.Rule is ParticipationRule participation
        && commitment.Scope.Covers(plan)
        && !plan.HasSide(participation.Party)
        && HasCommittedSide(plan, commitment, participation.Party)
        && AgendaCovers(plan, commitment.Topic, topics, demands);

    /// <summary>The rounds that may break <paramref name="commitment"/>: the rounds of every committed party and of every
    /// organisation one has belonged to (or, for an order of rounds, the round that must come second), by id.</summary>
    public static IEnumerable<RoundId> Candidates(CaseData data, Commitment commitment)
    {
        if (!commitment.Rule.IsCheckable)
        {
            return [];
        }

        if (commitment.Rule is RoundOrderRule order)
        {
            return data.Rounds.ContainsKey(order.Then) ? [order.Then] : [];
        }

        var excluded = (commitment.Rule as ParticipationRule)?.Party;
        var index = data.Indexes;
        var candidates = new SortedSet<RoundId>();
        foreach (var party in commitment.Parties)
        {
            if (party == excluded)
            {
                continue;
            }

            foreach (var key in index.RoundsByParticipant.Get(party))
            {
                candidates.Add(key.Id);
            }

            foreach (var organisation in index.OrganisationsOf.Get(party))
            {
                foreach (var key in index.RoundsByParticipant.Get(organisation))
                {
                    candidates.Add(key.Id);
                }
            }
        }

        return candidates;
    }

    /// <summary>Warns of each commitment <paramref name="changed"/> breaks that <paramref name="current"/> did not (a round
    /// moved before the round it must follow, or into a commitment's period); breaches it already had were reported.</summary>
    public static void NewBreaches(FactCheck check, Round current, Round changed, string path)
    {
        var data = check.Data;
        foreach (var commitment in data.Commitments.Values)
        {
            if (Breaks(data, changed, commitment) && !Breaks(data, current, commitment))
            {
                check.Add(Breach(data, changed, commitment, path));
            }
        }
    }

    /// <summary>The warning for a round that breaks a commitment, naming the commitment.</summary>
    public static ValidationFailure Breach(CaseData data, Round round, Commitment commitment, string path) =>
        Failures.Warning(ErrorCodes.CommitmentBroken, path, BreachReason(data, round, commitment));

    /// <summary>Why <paramref name="round"/> breaks <paramref name="commitment"/>, in words.</summary>
    public static string BreachReason(CaseData? data, Round round, Commitment commitment)
    {
        var topic = data is not null && data.Topics.TryGetValue(commitment.Topic, out var t) ? t.Name : commitment.Topic.ToString();
        var what = commitment.Rule switch
        {
            ParticipationRule p => $"discusses {topic} without {Naming.Party(data, p.Party)}",
            ProhibitionRule { With: { } with } => $"discusses {topic} with {Naming.Party(data, with)}",
            ProhibitionRule => $"discusses {topic}",
            LimitRule l => $"discusses {topic} after the {l.Rounds} round{(l.Rounds == 1 ? string.Empty : "s")} allowed",
            RoundOrderRule o => $"comes before {(data is not null && data.Rounds.TryGetValue(o.First, out var first) ? Naming.Round(data, first) : o.First.ToString())} has been held",
            _ => "breaks it",
        };
        return $"{Naming.Round(data, round)} {what}, "
            + $"against the commitment '{commitment.Id}' of {string.Join(" and ", commitment.Parties.Select(p => Naming.Party(data, p)))}: \"{commitment.Text}\"";
    }

    /// <summary>Does <paramref name="party"/> take part in <paramref name="round"/>: as a side, or as a member, on the first
    /// day the round may start, of an organisation that is a side?</summary>
    public static bool TakesPart(CaseData data, Round round, PartyId party)
    {
        if (round.HasSide(party))
        {
            return true;
        }

        var day = round.Start.EarliestDate;
        foreach (var side in round.Sides)
        {
            if (data.Parties.TryGetValue(side.Party, out var p) && p is Organisation organisation && organisation.HasMember(party, day))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InForce(Round round, Commitment commitment) =>
        commitment.Scope.Covers(round)

        // A round already held before the understanding existed did not break it. Three-valued: a round held possibly
        // after it (a start "in December" for a commitment of 22 December) is still judged.
        && !(round.HasBeenHeld && round.ActualStart is { } start && commitment.Made != default && start.IsBefore(commitment.Made).IsYes);

    /// <summary>A round that must come second breaks the order when it has been held while the first has not been held
    /// before it, or when, not yet held, it is planned certainly before the first.</summary>
    private static bool ComesTooEarly(Round then, Round first)
    {
        if (first.Status == RoundStatus.Cancelled)
        {
            return then.HasBeenHeld;
        }

        if (then.HasBeenHeld)
        {
            return !first.HasBeenHeld || !first.Start.IsAfter(then.Start).IsNo;
        }

        return !first.HasBeenHeld && PlannedBefore(then.Planned, first.Start).IsYes;
    }

    /// <summary>Does the round count against a limit: a committed party takes part and the agenda covers the topic?</summary>
    private static bool Counted(CaseData data, Round round, Commitment commitment) =>
        round.Status != RoundStatus.Cancelled && InForce(round, commitment)
        && HasCommittedParty(data, round, commitment, null) && AgendaCovers(round, commitment.Topic, data.Topics, data.Demands);

    /// <summary>The rounds counted against a limit that start before <paramref name="round"/> (by earliest day, then id).</summary>
    private static int EarlierCounted(CaseData data, Round round, Commitment commitment)
    {
        var count = 0;
        foreach (var id in Candidates(data, commitment))
        {
            var other = data.Rounds[id];
            if (id != round.Id && Counted(data, other, commitment)
                && (other.Start.EarliestDate < round.Start.EarliestDate
                    || (other.Start.EarliestDate == round.Start.EarliestDate && string.CompareOrdinal(other.Id.Value, round.Id.Value) < 0)))
            {
                count++;
            }
        }

        return count;
    }

    private static bool HasCommittedParty(CaseData data, Round round, Commitment commitment, PartyId? excluded)
    {
        foreach (var party in commitment.Parties)
        {
            if (party != excluded && TakesPart(data, round, party))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The order a requirement imposes on a round not yet held: planned certainly before the round it requires is an
    /// error (<see cref="ErrorCodes.PlannedBeforeRequiredRound"/>); planned so that it may come first (its window does not
    /// reach past the required round's) a warning (<see cref="ErrorCodes.PlannedPossiblyBeforeRequiredRound"/>). A
    /// required round already held imposes nothing more.
    /// </summary>
    public static ValidationFailure? Order(CaseData? data, Round dependent, Round required, string path)
    {
        if (required.HasBeenHeld)
        {
            return null;
        }

        return PlannedBefore(dependent.Planned, required.Start) switch
        {
            { IsYes: true } => Failures.Error(ErrorCodes.PlannedBeforeRequiredRound, path, $"{Naming.Round(data, dependent)} is planned for {dependent.Planned}, before {Naming.Round(data, required)} ({required.Start}), which must come first."),
            { IsUndetermined: true } => Failures.Warning(ErrorCodes.PlannedPossiblyBeforeRequiredRound, path, $"{Naming.Round(data, dependent)} is planned for {dependent.Planned}, which does not reach past {Naming.Round(data, required)} ({required.Start}), which must come first."),
            _ => null,
        };
    }

    /// <summary>Whether a round planned for <paramref name="planned"/> comes before a required round not yet held that
    /// starts <paramref name="requiredStart"/>: yes when certainly before (an error); undetermined when it may come first
    /// because its window does not reach past the required round's (a warning); no otherwise.</summary>
    public static Truth PlannedBefore(Moment planned, Moment requiredStart) =>
        planned.IsBefore(requiredStart).IsYes
            ? Truth.Yes
            : planned.LatestDate <= requiredStart.LatestDate && planned.IsAfter(requiredStart).IsUndetermined ? Truth.Undetermined : Truth.No;

    private static bool HasCommittedSide(Round round, Commitment commitment, PartyId excluded)
    {
        foreach (var party in commitment.Parties)
        {
            if (party != excluded && round.HasSide(party))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Does a topic on the agenda, or a topic of a demand on it, fall under <paramref name="scope"/>?</summary>
    private static bool AgendaCovers(Round round, TopicId scope, IReadOnlyDictionary<TopicId, Topic> topics, IReadOnlyDictionary<DemandId, Demand> demands)
    {
        foreach (var topic in round.Agenda.Topics)
        {
            if (TopicHierarchy.Covers(topics, scope, topic))
            {
                return true;
            }
        }

        foreach (var id in round.Agenda.Demands)
        {
            if (demands.TryGetValue(id, out var demand))
            {
                foreach (var topic in demand.Topics)
                {
                    if (TopicHierarchy.Covers(topics, scope, topic))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
