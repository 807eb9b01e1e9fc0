using System.Collections.Immutable;
using System.Globalization;
using Negotiation.Model.Validation;
using NodaTime;

namespace Negotiation.Model;

/// <summary>
/// Questions about rounds: which are planned or held in a period (in a given time zone), whether each can start and why,
/// the order they can happen in, and which break a commitment.
/// </summary>
/// <remarks>
/// <para>Periods are exact (<see cref="Interval"/>) or calendar days in an IANA zone, so "rounds on 12 January in Brussels
/// time" is one call. A round's time is its actual start once held, otherwise its planned time; an approximate time ("early
/// January") is placed in its venue's zone when the venue is known, and otherwise could be in any zone. A round whose time
/// overlaps the period without lying inside it is returned as undetermined. Cancelled rounds are never returned.</para>
/// </remarks>
public static class RoundQueries
{
    /// <summary>Gets the rounds in progress (planned or held) during a period, optionally only those a party is a side of: a
    /// round that runs for a week is in progress on each of its days, not only on the day it starts.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="window">The period (start inclusive, end exclusive); both ends must be set.</param>
    /// <param name="participant">A party that must be one of the sides, or <see langword="null"/> for any round.</param>
    /// <returns>The rounds in the period, and those that may be, ordered by the first day they may start on, then by id.</returns>
    /// <exception cref="ArgumentException">The period is open-ended.</exception>
    /// <example>
    /// <code>
    /// var january = new Interval(Instant.FromUtc(2022, 1, 1, 0, 0), Instant.FromUtc(2022, 2, 1, 0, 0));
    /// var withRussia = negotiation.RoundsIn(january, new PartyId("russia"));
    /// </code>
    /// </example>
    public static ImmutableArray<RoundInWindow> RoundsIn(this NegotiationCase negotiation, Interval window, PartyId? participant = null)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        if (!window.HasStart || !window.HasEnd)
        {
            throw new ArgumentException("The period is open-ended; give an interval with a start and an end.", nameof(window));
        }

        return Find(negotiation, window, participant, () => $"between {window.Start} and {window.End}");
    }

    /// <summary>Gets the rounds in progress (planned or held) on calendar days in a time zone ("rounds on 12 January in
    /// Brussels time"): a round on a known day in Geneva is the span of that day in Geneva's zone.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="days">The days, both ends inclusive.</param>
    /// <param name="zoneId">An IANA zone id, such as <c>Europe/Brussels</c>.</param>
    /// <param name="participant">A party that must be one of the sides, or <see langword="null"/> for any round.</param>
    /// <returns>The rounds on those days, and those that may be, ordered by the first day they may start on, then by id.</returns>
    /// <exception cref="ArgumentException"><paramref name="zoneId"/> is not a tz database id.</exception>
    /// <example>
    /// <code>
    /// var day = new LocalDate(2022, 1, 12);
    /// var inBrussels = negotiation.RoundsIn(new DateInterval(day, day), "Europe/Brussels");
    /// </code>
    /// </example>
    public static ImmutableArray<RoundInWindow> RoundsIn(this NegotiationCase negotiation, DateInterval days, string zoneId, PartyId? participant = null)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(zoneId);
        days = IsoDates.Iso(days);
        var zone = Zone(zoneId) ?? throw new ArgumentException($"'{zoneId}' is not a tz database zone id; use one such as 'Europe/Brussels'.", nameof(zoneId));
        var window = new Interval(TimeBounds.StartOfDay(days.Start, zone), TimeBounds.AfterDay(days.End, zone));
        string What()
        {
            var c = CultureInfo.InvariantCulture;
            return days.Start == days.End
                ? $"on {days.Start.ToString("d MMMM uuuu", c)} ({zoneId})"
                : $"from {days.Start.ToString("d MMMM uuuu", c)} to {days.End.ToString("d MMMM uuuu", c)} ({zoneId})";
        }

        return Find(negotiation, window, participant, What);
    }

    /// <summary>Gets the rounds a party is a side of.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="party">The party.</param>
    /// <returns>The rounds, ordered by the first day they may start on, then by id; cancelled rounds included.</returns>
    /// <example>
    /// <code>
    /// var russian = negotiation.RoundsOf(new PartyId("russia"));
    /// </code>
    /// </example>
    public static ImmutableArray<Round> RoundsOf(this NegotiationCase negotiation, PartyId party)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return [.. negotiation.Data.Indexes.RoundsByParticipant.Get(party).Select(k => negotiation.Rounds[k.Id])];
    }

    /// <summary>Gets whether a round can start: its preconditions evaluated at its start, with the reasons.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="round">The round.</param>
    /// <returns>Met, not met or undetermined, with a one-line reason and the reason tree.</returns>
    /// <exception cref="ArgumentException">The case has no round <paramref name="round"/>; the message names it.</exception>
    /// <example>
    /// <code>
    /// var nato = negotiation.CanStart(new RoundId("ru-nato-2022-01"));
    /// // blocked: the Russia–NATO ... requires the Russia–United States round (ru-us-2022-01), which has not been held; ...
    /// </code>
    /// </example>
    public static RoundReadiness CanStart(this NegotiationCase negotiation, RoundId round)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return Readiness(new PreconditionEvaluator(negotiation), Guard.Known(negotiation.Rounds, round, "round", nameof(round)));
    }

    /// <summary>Gets whether each round can start, evaluating shared parts of their preconditions once.</summary>
    /// <param name="negotiation">The case.</param>
    /// <returns>One answer per round, ordered by round id.</returns>
    /// <example>
    /// <code>
    /// var blocked = negotiation.Readiness().Where(r => r.CanStart.IsNo);
    /// </code>
    /// </example>
    public static ImmutableArray<RoundReadiness> Readiness(this NegotiationCase negotiation)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var evaluator = new PreconditionEvaluator(negotiation);
        var result = ImmutableArray.CreateBuilder<RoundReadiness>(negotiation.Rounds.Count);
        foreach (var (_, round) in negotiation.Rounds)
        {
            result.Add(Readiness(evaluator, round));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Gets the order in which the rounds can happen.</summary>
    /// <param name="negotiation">The case.</param>
    /// <returns>The rounds in steps, a step holding several rounds where preconditions leave their order open.</returns>
    /// <example>
    /// <code>
    /// foreach (var step in negotiation.OrderOfRounds().Steps) Console.WriteLine(step);
    /// </code>
    /// </example>
    public static RoundOrder OrderOfRounds(this NegotiationCase negotiation)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var rounds = negotiation.Rounds.Values.Where(r => r.Status != RoundStatus.Cancelled).ToImmutableDictionary(r => r.Id);
        var requirements = rounds.Values.ToImmutableDictionary(
            r => r.Id,
            r => r.Precondition is { } p ? Hard(p).Where(rounds.ContainsKey).Where(id => id != r.Id).Distinct().ToImmutableArray() : []);
        var waiting = requirements.ToDictionary(kv => kv.Key, kv => kv.Value.Length);
        var dependents = requirements.SelectMany(kv => kv.Value.Select(required => (required, dependent: kv.Key)))
            .ToLookup(e => e.required, e => e.dependent);
        var steps = ImmutableArray.CreateBuilder<RoundOrderStep>();
        var ready = waiting.Where(kv => kv.Value == 0).Select(kv => kv.Key).ToList();
        while (ready.Count > 0)
        {
            var step = ready.Select(id => rounds[id]).OrderBy(r => r.Start.EarliestDate).ThenBy(r => r.Start.LatestDate).ThenBy(r => r.Id).Select(r => r.Id).ToEquatableArray();
            steps.Add(new RoundOrderStep(steps.Count + 1, step));
            var next = new List<RoundId>();
            foreach (var id in step)
            {
                waiting.Remove(id);
                foreach (var dependent in dependents[id])
                {
                    if (--waiting[dependent] == 0)
                    {
                        next.Add(dependent);
                    }
                }
            }

            ready = next;
        }

        return new RoundOrder(steps.ToImmutable(), [.. waiting.Keys.Order()], rounds, requirements);
    }

    /// <summary>Gets every round that breaks a commitment (see <see cref="Commitment"/>): for the common rule, a round (not
    /// cancelled, not held before the commitment was made) in which one of the committed parties takes part, as a side or
    /// through an organisation it belongs to, whose agenda covers the commitment's topic (or a narrower one), without the
    /// party that must take part.</summary>
    /// <param name="negotiation">The case.</param>
    /// <returns>The breaches, ordered by commitment then round.</returns>
    /// <example>
    /// <code>
    /// foreach (var breach in negotiation.BrokenCommitments()) Console.WriteLine(breach.Reason);
    /// // the Russia–United States round (ru-us-2022-01) discusses European security without the European Union, ...
    /// </code>
    /// </example>
    public static ImmutableArray<CommitmentBreach> BrokenCommitments(this NegotiationCase negotiation)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var data = negotiation.Data;
        var result = ImmutableArray.CreateBuilder<CommitmentBreach>();
        foreach (var commitment in negotiation.Commitments.Values)
        {
            foreach (var id in RoundRules.Candidates(data, commitment))
            {
                var round = data.Rounds[id];
                if (RoundRules.Breaks(data, round, commitment))
                {
                    result.Add(new CommitmentBreach(id, commitment.Id, RoundRules.BreachReason(data, round, commitment)));
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Whether the round is in progress during the period: <see cref="Truth.Yes"/> when it certainly runs at some
    /// instant of it (it certainly starts in it, or its certain span overlaps it), <see cref="Truth.No"/> when it cannot,
    /// otherwise undetermined. A time known only to the day is the whole day in the venue's zone (any zone without one).</summary>
    internal static Truth Within(Round round, Interval window)
    {
        var start = Instants(round.Start, round.Venue);
        var end = round.End is { } e ? Instants(e, round.Venue) : start;

        // Certainly starts inside the period, or certainly runs over part of it: from its latest possible start to its
        // earliest possible end.
        var startsInside = start.Start >= window.Start && start.End <= window.End;
        var certainFrom = Max(start.End - Duration.Epsilon, window.Start);
        var certainTo = Min(end.Start, window.End);
        if (startsInside || certainFrom < certainTo)
        {
            return Truth.Yes;
        }

        return end.End <= window.Start || start.Start >= window.End ? Truth.No : Truth.Undetermined;
    }

    /// <summary>The instants a moment may fall on: one tick for a precise moment, the day in the venue's zone for a day,
    /// else the approximate window's widest reading.</summary>
    internal static Interval Instants(Moment moment, Venue? venue)
    {
        if (moment.IsPrecise)
        {
            return moment.ToInterval();
        }

        return venue is not null && Zone(venue.ZoneId) is { } zone
            ? new Interval(TimeBounds.StartOfDay(moment.Window.Start, zone), TimeBounds.AfterDay(moment.Window.End, zone))
            : moment.ToInterval();
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private static ImmutableArray<RoundInWindow> Find(NegotiationCase negotiation, Interval window, PartyId? participant, Func<string> period)
    {
        var index = negotiation.Data.Indexes;
        var keys = participant is { } party ? index.RoundsByParticipant.Get(party) : index.RoundsByStart;

        // Keys are the first day a round may start on, in its own zone: a round in the period starts at most a day before
        // it (time zones) and at most its window's length before that.
        var first = TimeBounds.PlusDays(window.Start.InUtc().Date, -index.LongestRoundWindow - 1);
        var last = TimeBounds.PlusDays(window.End.InUtc().Date, 1);
        var result = ImmutableArray.CreateBuilder<RoundInWindow>();
        foreach (var key in keys.From(new DatedKey<RoundId>(first, default)))
        {
            if (key.Date > last)
            {
                break;
            }

            var round = negotiation.Rounds[key.Id];
            if (round.Status == RoundStatus.Cancelled)
            {
                continue;
            }

            var within = Within(round, window);
            if (!within.IsNo)
            {
                result.Add(new RoundInWindow(negotiation, round, within, period));
            }
        }

        return result.ToImmutable();
    }

    private static RoundReadiness Readiness(PreconditionEvaluator evaluator, Round round)
    {
        if (round.Status == RoundStatus.Cancelled)
        {
            return new(round, Truth.No, null);
        }

        var conditions = round.Precondition is { } precondition ? evaluator.Evaluate(precondition, round) : null;
        return new(round, round.HasBeenHeld || conditions is null ? Truth.Yes : conditions.Met, conditions);
    }

    /// <summary>The rounds a precondition requires through "all of" parts only.</summary>
    // The rounds reached through all-of only: those the round cannot start without.
    private static IEnumerable<RoundId> Hard(Precondition precondition) =>
        PreconditionRules.Leaves(precondition).Where(leaf => leaf.Required && leaf.Condition is IRoundDependency)
            .Select(leaf => ((IRoundDependency)leaf.Condition).Round);

    private static DateTimeZone? Zone(string zoneId) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
}
