using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// How a demand's status with one addressee follows from what has happened; used by the index when a change touches
/// the demand, and by the queries to explain a status.
/// </summary>
/// <remarks>
/// In order of precedence: withdrawn, superseded or hardened (the author's acts end the demand for everyone); then the
/// addressee's latest stance, on the demand itself or on the document whose provision carries it, whichever was taken
/// later (the demand's own when the two cannot be ordered in time) (accepts whole: accepted; accepts part: under discussion; rejects whole: rejected; rejects part: partly
/// rejected; open to discuss: under discussion); then under discussion when the addressee was a side of a held round with
/// the demand, or the document carrying it, on the agenda; otherwise tabled.
/// </remarks>
internal static class DemandStatusRules
{
    /// <summary>Gets whether a demand in <paramref name="status"/> is open: its author still stands by it and the addressee has
    /// not accepted it. A rejection does not close a demand; its author may keep pressing it.</summary>
    public static bool IsOpen(DemandStatus status) =>
        status is DemandStatus.Tabled or DemandStatus.UnderDiscussion or DemandStatus.Rejected or DemandStatus.PartlyRejected
            or DemandStatus.ConditionallyAccepted;

    public static ImmutableArray<DemandStatus> Statuses(CaseData data, CaseIndexes index, Demand demand)
    {
        var statuses = ImmutableArray.CreateBuilder<DemandStatus>(demand.Addressees.Count);
        foreach (var addressee in demand.Addressees)
        {
            statuses.Add(Evaluate(data, index, demand, addressee).Status);
        }

        return statuses.MoveToImmutable();
    }

    public static StatusEvidence Evaluate(CaseData data, CaseIndexes index, Demand demand, PartyId addressee)
    {
        var lifecycle = data.DemandLifecycles[demand.Id];
        if (lifecycle.Withdrawn is { } withdrawn)
        {
            return new(DemandStatus.Withdrawn, null, withdrawn, null);
        }

        if (lifecycle.ReplacedBy is { } by)
        {
            return new(lifecycle.Hardened ? DemandStatus.Hardened : DemandStatus.Superseded, null, lifecycle.Replaced, by);
        }

        if (lifecycle.Settlement is { } settlement)
        {
            return new(DemandStatus.Settled, null, settlement.Settled, null);
        }

        if (LatestStance(data, demand, addressee) is { } position)
        {
            return new(StatusOf(position), position, position.Since, null);
        }

        return Discussed(index, demand, addressee)
            ? new(DemandStatus.UnderDiscussion, null, null, null)
            : new(DemandStatus.Tabled, null, lifecycle.Tabled, null);
    }

    /// <summary>Gets the status a standing demand has with an addressee whose stance on it is <paramref name="position"/>.</summary>
    public static DemandStatus StatusOf(Position position) => position.Stance switch
    {
        Stance.Accepts => position.Extent == Extent.Whole ? DemandStatus.Accepted : DemandStatus.UnderDiscussion,
        Stance.AcceptsConditionally => position.Extent == Extent.Whole ? DemandStatus.ConditionallyAccepted : DemandStatus.UnderDiscussion,
        Stance.Rejects => position.Extent == Extent.Whole ? DemandStatus.Rejected : DemandStatus.PartlyRejected,
        Stance.OpenToDiscuss => DemandStatus.UnderDiscussion,
        _ => DemandStatus.Tabled,
    };

    /// <summary>Gets the party's stance on the demand: its latest position on the demand itself or on the document that
    /// carries it, whichever was taken later; when the two cannot be ordered in time, the position on the demand (the
    /// more specific) wins.</summary>
    public static Position? LatestStance(CaseData data, Demand demand, PartyId party)
    {
        var direct = Last(data, party, SubjectRef.Demand(demand.Id));
        var carrier = CarryingDocument(demand) is { } document ? Last(data, party, SubjectRef.Document(document)) : null;
        return Later(direct, carrier);
    }

    /// <summary>Picks the stance that holds of a position on a demand and one on the document carrying it.</summary>
    public static Position? Later(Position? direct, Position? carrier) =>
        direct is null || carrier is null ? direct ?? carrier : carrier.Since.IsAfter(direct.Since).IsYes ? carrier : direct;

    public static DocumentId? CarryingDocument(Demand demand) => demand.Source?.Provision?.Document;

    private static bool Discussed(CaseIndexes index, Demand demand, PartyId addressee) =>
        (index.DemandDiscussedBy.TryGetValue(demand.Id, out var parties) && parties.Contains(addressee))
        || (CarryingDocument(demand) is { } document && index.DocumentDiscussedBy.TryGetValue(document, out var readers) && readers.Contains(addressee));

    private static Position? Last(CaseData data, PartyId party, SubjectRef subject) =>
        data.Positions.TryGetValue(new PositionKey(party, subject), out var history) && !history.IsEmpty ? history[^1] : null;
}

/// <summary>A status with what it rests on.</summary>
/// <param name="Status">The status.</param>
/// <param name="Position">The stance it follows from, if any.</param>
/// <param name="When">When the deciding event happened, if known.</param>
/// <param name="ReplacedBy">The replacing demand, for superseded and hardened demands.</param>
internal readonly record struct StatusEvidence(DemandStatus Status, Position? Position, Moment? When, DemandId? ReplacedBy);
