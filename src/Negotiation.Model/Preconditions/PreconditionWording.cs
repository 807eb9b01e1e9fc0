using System.Globalization;
using NodaTime;

namespace Negotiation.Model;

/// <summary>
/// The words of a precondition's answer (<see cref="PreconditionResult.Reason"/>), from the values that decided it. The
/// conditions word their answers here, and so do the benchmarks' baselines, so a reason reads the same whoever evaluated
/// it, and <c>check</c> can compare reason trees.
/// </summary>
/// <remarks>Pure: every function takes what it words, never the case.</remarks>
internal static class PreconditionWording
{
    /// <summary>A required round the case does not know.</summary>
    public static string UnknownRound(RoundId id) => $"the round '{id}' is not known to the case";

    /// <summary>A required round (named <paramref name="name"/>) not held, or not concluded, yet.</summary>
    public static string RoundNotReached(string name, bool concluded, RoundStatus status, string? statusReason, Moment planned, Moment? actualStart)
    {
        var state = status switch
        {
            RoundStatus.Cancelled => $"it was cancelled ({statusReason})",
            RoundStatus.Postponed => $"it was postponed ({statusReason}); it is planned for {planned}",
            RoundStatus.Held => $"it was held ({actualStart}) but not concluded",
            _ => $"it is planned for {planned}",
        };
        return $"{name} has not been {Verb(concluded)}; {state}";
    }

    /// <summary>A required round held, or concluded, <paramref name="when"/>: before the round starting
    /// <paramref name="at"/> or not (<paramref name="met"/>).</summary>
    public static string RoundReached(string name, bool concluded, Moment when, Moment at, Truth met)
    {
        var verb = Verb(concluded);
        return met.IsYes
            ? $"{name} was {verb} ({when})"
            : met.IsNo
                ? $"{name} was {verb} ({when}), not before this round ({at})"
                : $"{name} was {verb} ({when}); it is undetermined whether that is before this round ({at})";
    }

    /// <summary>A required document the case does not know.</summary>
    public static string DocumentNotPresented(DocumentId id) => $"the document '{id}' has not been presented";

    /// <summary>A required document handed over <paramref name="handedOver"/>: before the round or not.</summary>
    public static string DocumentPresented(string title, Moment handedOver, Moment at, Truth met) =>
        met.IsYes
            ? $"'{title}' was presented ({handedOver})"
            : met.IsNo
                ? $"'{title}' was presented ({handedOver}), not before the round ({at})"
                : $"'{title}' was presented ({handedOver}); it is undetermined whether that is before the round ({at})";

    /// <summary>A demand to be answered that the case does not know.</summary>
    public static string DemandNotTabled(DemandId id) => $"the demand '{id}' has not been tabled";

    /// <summary>A demand answered (or not) by <paramref name="by"/>, or by any addressee when null, before the round.</summary>
    public static string DemandAnswered(DemandId demand, PartyId? by, Moment at, Truth met)
    {
        var whom = by is { } p ? p.ToString() : "any addressee";
        return met.IsYes
            ? $"the demand '{demand}' has been answered by {whom}"
            : met.IsNo
                ? $"the demand '{demand}' has not been answered by {whom} before the round ({at})"
                : $"it is undetermined whether {whom} answered the demand '{demand}' before the round ({at})";
    }

    /// <summary>A party (by name) that takes part in the round, or not.</summary>
    public static string TakesPart(string party, Truth met) => met.IsYes ? $"{party} takes part" : $"{party} does not take part";

    /// <summary>A development of <paramref name="kind"/>, concerning the party named <paramref name="against"/> if any,
    /// before the round; <paramref name="witness"/> describes the one that shows it, which happened
    /// <paramref name="witnessed"/> (both required unless the answer is no).</summary>
    public static string DevelopmentOccurred(DevelopmentKind kind, string? against, string? witness, Moment? witnessed, Moment at, Truth met)
    {
        var what = against is not null ? $"a development of kind {kind} concerning {against}" : $"a development of kind {kind}";
        return met.IsYes
            ? $"{what} has happened: {witness} ({witnessed})"
            : met.IsNo
                ? $"no {what[2..]} has happened before the round ({at})"
                : $"it is undetermined whether {what} ({witness}, {witnessed}) happened before the round ({at})";
    }

    /// <summary>The round starting <paramref name="at"/> against its first allowed day.</summary>
    public static string NotBefore(LocalDate date, Moment at, Truth met) =>
        Day(date, at, met, "is not before", "would start before", "may start before");

    /// <summary>The round starting <paramref name="at"/> against its last allowed day.</summary>
    public static string NotAfter(LocalDate date, Moment at, Truth met) =>
        Day(date, at, met, "is not after", "would start after", "may start after");

    /// <summary>An "all of" answer.</summary>
    public static string AllOf(Truth met) =>
        met.IsYes ? "all of these hold" : met.IsNo ? "not all of these hold" : "it is undetermined whether all of these hold";

    /// <summary>An "any of" answer.</summary>
    public static string AnyOf(Truth met) =>
        met.IsYes ? "at least one of these holds" : met.IsNo ? "none of these holds" : "it is undetermined whether any of these holds";

    /// <summary>A "not" answer (<paramref name="met"/> is the negation's).</summary>
    public static string Not(Truth met) =>
        met.IsYes ? "this does not hold, as required" : met.IsNo ? "this holds, and must not" : "it is undetermined whether this holds";

    private static string Verb(bool concluded) => concluded ? "concluded" : "held";

    private static string Day(LocalDate date, Moment at, Truth met, string yes, string no, string maybe)
    {
        var day = date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);
        return $"the round ({at}) {(met.IsYes ? yes : met.IsNo ? no : maybe)} {day}";
    }
}
