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
        round.Status != RoundStatus.Cancelled
        && !round.HasSide(commitment.RequiredParticipant)
        && HasCommittedSide(round, commitment)
        && AgendaCovers(data, round, commitment.Topic);

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

        var name = Naming.Round(data, dependent);
        var requiredName = Naming.Round(data, required);
        if (dependent.Planned.IsBefore(required.Start).IsYes)
        {
            return Failures.Error(ErrorCodes.PlannedBeforeRequiredRound, path, $"{name} is planned for {dependent.Planned}, before {requiredName} ({required.Start}), which must come first.");
        }

        return dependent.Planned.LatestDate <= required.Start.LatestDate && dependent.Planned.IsAfter(required.Start).IsUndetermined
            ? Failures.Warning(ErrorCodes.PlannedPossiblyBeforeRequiredRound, path, $"{name} is planned for {dependent.Planned}, which does not reach past {requiredName} ({required.Start}), which must come first.")
            : null;
    }

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
    private static bool AgendaCovers(CaseData data, Round round, TopicId scope)
    {
        foreach (var topic in round.Agenda.Topics)
        {
            if (TopicHierarchy.Covers(data.Topics, scope, topic))
            {
                return true;
            }
        }

        foreach (var id in round.Agenda.Demands)
        {
            if (data.Demands.TryGetValue(id, out var demand))
            {
                foreach (var topic in demand.Topics)
                {
                    if (TopicHierarchy.Covers(data.Topics, scope, topic))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
