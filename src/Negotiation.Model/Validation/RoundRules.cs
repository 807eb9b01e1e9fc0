using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Rules between a round and other parts of the case, shared by the <see cref="RoundValidator"/> and the facts
/// that touch only one side of the pair (a new commitment checks the rounds it may constrain).</summary>
internal static class RoundRules
{
    /// <summary>Does <paramref name="round"/> break <paramref name="commitment"/>: one of the committed parties (other than
    /// the required participant) is a side, the agenda covers the topic or a narrower one, and the required participant
    /// is not a side.</summary>
    /// <remarks>Every change to a round asks this of every commitment, so it is written as loops, without allocating.</remarks>
    public static bool Breaks(CaseData data, Round round, Commitment commitment) =>
        round.Status != RoundStatus.Cancelled && Breaks(round, commitment, data.Topics, data.Demands);

    /// <summary>Does a round planned as <paramref name="plan"/> break <paramref name="commitment"/>, whatever its status
    /// (see <see cref="Breaks(CaseData, Round, Commitment)"/>), given the known topics and demands.</summary>
    public static bool Breaks(Round plan, Commitment commitment, IReadOnlyDictionary<TopicId, Topic> topics, IReadOnlyDictionary<DemandId, Demand> demands) =>
        !plan.HasSide(commitment.RequiredParticipant)
        && HasCommittedSide(plan, commitment)
        && AgendaCovers(plan, commitment.Topic, topics, demands);

    /// <summary>The warning for a round that breaks a commitment, naming the commitment.</summary>
    public static ValidationFailure Breach(CaseData data, Round round, Commitment commitment, string path)
    {
        var topic = data.Topics.TryGetValue(commitment.Topic, out var t) ? t.Name : commitment.Topic.ToString();
        return Failures.Warning(
            ErrorCodes.CommitmentBroken,
            path,
            $"{Naming.Round(data, round)} discusses {topic} without {Naming.Party(data, commitment.RequiredParticipant)}, "
            + $"against the commitment '{commitment.Id}' of {string.Join(" and ", commitment.Parties.Select(p => Naming.Party(data, p)))}: \"{commitment.Text}\"");
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

    private static bool HasCommittedSide(Round round, Commitment commitment)
    {
        foreach (var party in commitment.Parties)
        {
            if (party != commitment.RequiredParticipant && round.HasSide(party))
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
