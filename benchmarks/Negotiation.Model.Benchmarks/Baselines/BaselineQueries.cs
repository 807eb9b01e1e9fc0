using NodaTime;

namespace Negotiation.Model.Benchmarks.Baselines;

/// <summary>A round and whether it can start, with the reasons: the library's <c>RoundReadiness</c> as a baseline keeps
/// it (<see cref="Result"/> is null when the round has no preconditions or was cancelled).</summary>
public sealed record RoundReadiness(RoundId Round, Truth CanStart, PreconditionResult? Result);

/// <summary>
/// The query API's definitions, written out over the public input records so both baselines answer the same questions
/// as the library: what "open" means for one addressee, whether a round falls in a period, what readiness returns.
/// </summary>
internal static class BaselineQueries
{
    /// <summary>Whether a demand that still stands is open for an addressee, given the addressee's latest position on the
    /// demand and on the document carrying it: the library's rules (<see cref="DemandStatusRules"/>) pick the stance that
    /// holds and the status it gives; only an acceptance of the whole demand closes it. (Without a stance the library may
    /// call the demand under discussion rather than tabled; both are open.)</summary>
    public static bool IsOpen(Position? direct, Position? carrier) =>
        DemandStatusRules.Later(direct, carrier) is not { } stance || DemandStatusRules.IsOpen(DemandStatusRules.StatusOf(stance));

    /// <summary>The calendar month in UTC, as the period the queries take.</summary>
    public static Interval Month(YearMonth month) =>
        new(month.OnDayOfMonth(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
            month.PlusMonths(1).OnDayOfMonth(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());

    /// <summary>Whether a round not cancelled may be in progress during <paramref name="window"/> (certainly or possibly),
    /// as <c>RoundsIn</c> answers: approximate times are their days in the venue's zone.</summary>
    public static bool MayRunWithin(RoundState round, Interval window)
    {
        if (round.Status == RoundStatus.Cancelled)
        {
            return false;
        }

        // In progress at some instant of the window, as the library's RoundsIn reads it: the instants the start may fall
        // on (RoundQueries.Instants, the library's pure function) up to the end, or the start alone when no end is known.
        var start = RoundQueries.Instants(round.Start, round.Plan.Venue);
        var endMoment = round.ActualEnd ?? (round.HasBeenHeld ? null : round.Plan.PlannedEnd);
        var end = endMoment is { } e ? RoundQueries.Instants(e, round.Plan.Venue) : start;
        return !(end.End <= window.Start || start.Start >= window.End);
    }

    /// <summary>Whether a round can start: cancelled rounds cannot; otherwise its preconditions evaluated at its start (a
    /// round already held, or without preconditions, can).</summary>
    public static RoundReadiness Readiness(ICaseLookup lookup, RoundState round)
    {
        if (round.Status == RoundStatus.Cancelled)
        {
            return new(round.Id, Truth.No, null);
        }

        var result = round.Plan.Precondition is { } p ? BaselinePreconditions.Evaluate(lookup, p, round, round.Start) : null;
        return new(round.Id, round.HasBeenHeld || result is null ? Truth.Yes : result.Met, result);
    }
}
