using NodaTime;

namespace Negotiation.Model.Tests.Queries;

/// <summary>
/// The questions of the query API answered the plain way: LINQ over the case's public collections and log, with no
/// index. The property tests check the indexed answers against these.
/// </summary>
internal static class QueryOracle
{
    public static DemandStatus Status(NegotiationCase c, Demand d, PartyId addressee)
    {
        var lifecycle = c.DemandLifecycles[d.Id];
        if (lifecycle.Withdrawn is not null)
        {
            return DemandStatus.Withdrawn;
        }

        if (lifecycle.ReplacedBy is not null)
        {
            return lifecycle.Hardened ? DemandStatus.Hardened : DemandStatus.Superseded;
        }

        if (lifecycle.Settlement is not null)
        {
            return DemandStatus.Settled;
        }

        var document = d.Source?.Provision?.Document;
        var direct = c.PositionOf(addressee, SubjectRef.Demand(d.Id));
        var carrier = document is { } x ? c.PositionOf(addressee, SubjectRef.Document(x)) : null;
        var position = direct is null ? carrier : carrier is null ? direct : carrier.Since.IsAfter(direct.Since).IsYes ? carrier : direct;
        if (position is not null)
        {
            return (position.Stance, position.Extent) switch
            {
                (Stance.Accepts, Extent.Whole) => DemandStatus.Accepted,
                (Stance.AcceptsConditionally, Extent.Whole) => DemandStatus.ConditionallyAccepted,
                (Stance.Accepts or Stance.AcceptsConditionally, _) => DemandStatus.UnderDiscussion,
                (Stance.Rejects, Extent.Whole) => DemandStatus.Rejected,
                (Stance.Rejects, _) => DemandStatus.PartlyRejected,
                _ => DemandStatus.UnderDiscussion,
            };
        }

        var discussed = c.Rounds.Values.Any(r => r.HasBeenHeld && r.HasSide(addressee)
            && (r.Agenda.Demands.Contains(d.Id) || (document is { } y && r.Agenda.Documents.Contains(y))));
        return discussed ? DemandStatus.UnderDiscussion : DemandStatus.Tabled;
    }

    public static bool IsOpen(DemandStatus status) =>
        status is DemandStatus.Tabled or DemandStatus.UnderDiscussion or DemandStatus.Rejected or DemandStatus.PartlyRejected
            or DemandStatus.ConditionallyAccepted;

    public static bool OpenWith(NegotiationCase c, Demand d, PartyId addressee) => IsOpen(Status(c, d, addressee));

    public static bool OpenWithAny(NegotiationCase c, Demand d) => d.Addressees.Any(a => OpenWith(c, d, a));

    public static bool Covers(NegotiationCase c, TopicId scope, TopicId topic)
    {
        for (TopicId? t = topic; t is { } current; t = c.Topics[current].Broader)
        {
            if (current == scope)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>In progress during the window: it certainly starts inside it, or it certainly runs at some instant of it
    /// (after its latest possible start and before its earliest possible end); no when it cannot touch it.</summary>
    public static Truth Within(Round round, Interval window)
    {
        var start = Span(round.Start, round.Venue);
        var end = round.End is { } e ? Span(e, round.Venue) : start;
        var lastStart = start.End - Duration.Epsilon;
        var certainlyRuns = (start.Start >= window.Start && start.End <= window.End)
            || new[] { lastStart, window.Start }.Max() < new[] { end.Start, window.End }.Min();
        if (certainlyRuns)
        {
            return Truth.Yes;
        }

        return end.End <= window.Start || start.Start >= window.End ? Truth.No : Truth.Undetermined;
    }

    private static Interval Span(Moment moment, Venue? venue)
    {
        if (moment.Instant is { } instant)
        {
            return new Interval(instant, instant + Duration.Epsilon);
        }

        if (venue is null)
        {
            return moment.ToInterval();
        }

        var zone = DateTimeZoneProviders.Tzdb[venue.ZoneId];
        return new Interval(moment.Window.Start.AtStartOfDayInZone(zone).ToInstant(), moment.Window.End.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
    }

    public static List<(RoundId Round, Truth Within)> RoundsIn(NegotiationCase c, Interval window, PartyId? participant) =>
        [.. c.Rounds.Values
            .Where(r => r.Status != RoundStatus.Cancelled && (participant is not { } p || r.HasSide(p)))
            .Select(r => (r.Id, Within: Within(r, window), r.Start.EarliestDate))
            .Where(x => !x.Within.IsNo)
            .OrderBy(x => x.EarliestDate).ThenBy(x => x.Id)
            .Select(x => (x.Id, x.Within))];

    public static List<(int Sequence, Truth InPeriod)> Timeline(NegotiationCase c, LocalDate from, LocalDate to) =>
        [.. c.Log.Select((fact, i) => (fact, i))
            .Where(x => x.fact.Occurred.Window.Start <= to && x.fact.Occurred.Window.End >= from)
            .OrderBy(x => x.fact.Occurred.Window.Start).ThenBy(x => x.fact.Occurred.Window.End)
            .ThenBy(x => x.fact.Occurred.Instant ?? Instant.MinValue).ThenBy(x => x.i)
            .Select(x => (x.i, x.fact.Occurred.Window.Start >= from && x.fact.Occurred.Window.End <= to ? Truth.Yes : Truth.Undetermined))];

    /// <summary>Whether <see cref="Breaks"/> defines the commitment: a participation rule over every round, the only kind
    /// the large generated cases make (the small world's histories make every kind).</summary>
    public static bool Defines(Commitment commitment) => commitment.Rule is ParticipationRule && commitment.Scope == CommitmentScope.AllRounds;

    /// <summary>A participation commitment (the only kind the generated cases make): a party takes part as a side or as a
    /// member, on the round's first possible day, of an organisation that is a side; rounds held certainly before the
    /// commitment was made are exempt.</summary>
    public static bool Breaks(NegotiationCase c, Round round, Commitment commitment) =>
        round.Status != RoundStatus.Cancelled
        && !(round.HasBeenHeld && round.ActualStart is { } start && start.IsBefore(commitment.Made).IsYes)
        && !TakesPart(c, round, commitment.RequiredParticipant)
        && commitment.Parties.Any(p => p != commitment.RequiredParticipant && TakesPart(c, round, p))
        && round.Agenda.Topics.Concat(round.Agenda.Demands.SelectMany(d => c.Demands[d].Topics)).Any(t => Covers(c, commitment.Topic, t));

    private static bool TakesPart(NegotiationCase c, Round round, PartyId party) =>
        round.Participants.Any(p => p == party || (c.Parties.TryGetValue(p, out var side) && side is Organisation o && o.HasMember(party, round.Start.EarliestDate)));

    public static bool MayRead(NegotiationCase c, IEnumerable<PartyId> readers, PartyId party, LocalDate on) =>
        readers.Any(r => r == party || (c.Parties[r] is Organisation o && o.HasMember(party, on)));

    public static bool CanSee(NegotiationCase c, Document d, PartyId party) =>
        d.Disclosed is not null || MayRead(c, d.Authors.Concat(d.Addressees).Concat(d.SharedWith), party, d.HandedOver!.Value.LatestDate);

    public static bool CanSee(NegotiationCase c, Statement s, PartyId party) =>
        s.Visibility == Visibility.Public || MayRead(c, s.Addressees.Concat(s.SharedWith).Prepend(s.Party), party, s.Made.LatestDate);

    /// <summary>The definition of "as of" and "as known on": replay the log, keeping what passes the filter and what the
    /// case accepts.</summary>
    public static NegotiationCase Replay(NegotiationCase c, Func<Fact, bool> include)
    {
        var replayed = NegotiationCase.Create(c.Id, c.Title);
        foreach (var fact in c.Log.Where(include))
        {
            if (replayed.Record(fact).TryGetCase(out var next))
            {
                replayed = next!;
            }
        }

        return replayed;
    }
}
