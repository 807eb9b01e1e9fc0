using System.Globalization;

namespace Negotiation.Model.Benchmarks.Baselines;

/// <summary>
/// Evaluates a round's preconditions over a baseline's data, with the same three-valued logic and the same readable
/// reasons as the library, so the baselines do the same work when they check a round or answer "can it start".
/// </summary>
internal static class BaselinePreconditions
{
    public static PreconditionResult Evaluate(ICaseLookup data, Precondition precondition, RoundState round, Moment at) => precondition switch
    {
        RoundHeldCondition held => Reached(data, held.Round, at, concluded: false),
        RoundConcludedCondition concluded => Reached(data, concluded.Round, at, concluded: true),
        DocumentPresentedCondition presented => Presented(data, presented.Document, at),
        DemandAnsweredCondition answered => Answered(data, answered, at),
        PartyTakesPartCondition part => round.HasSide(part.Party)
            ? new(Truth.Yes, $"{data.NameOf(part.Party)} takes part")
            : new(Truth.No, $"{data.NameOf(part.Party)} does not take part"),
        DevelopmentOccurredCondition development => Occurred(data, development, at),
        NotBeforeCondition notBefore => Day(at.Window.IsOnOrAfter(notBefore.Date), at, notBefore.Date, "not before", "would start before", "may start before"),
        NotAfterCondition notAfter => Day(at.Window.IsOnOrBefore(notAfter.Date), at, notAfter.Date, "not after", "would start after", "may start after"),
        AllOfCondition all => Combine(data, all.Parts, round, at, Truth.Yes, (a, b) => a & b, "all of these hold", "not all of these hold", "it is undetermined whether all of these hold"),
        AnyOfCondition any => Combine(data, any.Parts, round, at, Truth.No, (a, b) => a | b, "at least one of these holds", "none of these holds", "it is undetermined whether any of these holds"),
        NotCondition not => Negate(Evaluate(data, not.Part, round, at)),
        _ => throw new NotSupportedException($"The baselines do not evaluate {precondition.GetType().Name}."),
    };

    public static string NameOf(ICaseLookup data, RoundState round) =>
        round.Plan.Title is { } title ? $"the round '{title}'" : $"the {string.Join("–", round.Plan.Participants.Select(data.NameOf))} round ({round.Id})";

    private static PreconditionResult Reached(ICaseLookup data, RoundId id, Moment at, bool concluded)
    {
        var verb = concluded ? "concluded" : "held";
        if (data.FindRound(id) is not { } required)
        {
            return new(Truth.No, $"the round '{id}' is not known to the case");
        }

        var name = NameOf(data, required);
        var reached = concluded ? required.Status == RoundStatus.Concluded : required.HasBeenHeld;
        if (!reached)
        {
            var state = required.Status switch
            {
                RoundStatus.Cancelled => $"it was cancelled ({required.Reason})",
                RoundStatus.Postponed => $"it was postponed ({required.Reason}); it is planned for {required.Planned}",
                RoundStatus.Held => $"it was held ({required.ActualStart}) but not concluded",
                _ => $"it is planned for {required.Planned}",
            };
            return new(Truth.No, $"{name} has not been {verb}; {state}");
        }

        var when = (concluded ? required.ActualEnd : null) ?? required.ActualStart ?? required.Planned;
        var before = when.IsBefore(at);
        return new(before, before.IsYes
            ? $"{name} was {verb} ({when})"
            : before.IsNo ? $"{name} was {verb} ({when}), not before this round ({at})" : $"{name} was {verb} ({when}); it is undetermined whether that is before this round ({at})");
    }

    private static PreconditionResult Presented(ICaseLookup data, DocumentId id, Moment at)
    {
        if (data.FindDocument(id) is not { } document)
        {
            return new(Truth.No, $"the document '{id}' has not been presented");
        }

        var before = document.HandedOver.IsBefore(at);
        var title = document.Header.Title;
        return new(before, before.IsYes
            ? $"'{title}' was presented ({document.HandedOver})"
            : before.IsNo ? $"'{title}' was presented ({document.HandedOver}), not before the round ({at})" : $"'{title}' was presented ({document.HandedOver}); it is undetermined whether that is before the round ({at})");
    }

    private static PreconditionResult Answered(ICaseLookup data, DemandAnsweredCondition condition, Moment at)
    {
        if (data.FindDemand(condition.Demand) is not { } demand)
        {
            return new(Truth.No, $"the demand '{condition.Demand}' has not been tabled");
        }

        var answered = Truth.No;
        var subject = SubjectRef.Demand(condition.Demand);
        foreach (var party in condition.By is { } by ? [by] : demand.Addressees.Items)
        {
            foreach (var position in data.PositionHistory(party, subject))
            {
                answered |= position.Since.IsBefore(at);
            }
        }

        var whom = condition.By is { } p ? p.ToString() : "any addressee";
        return new(answered, answered.IsYes
            ? $"the demand '{condition.Demand}' has been answered by {whom}"
            : answered.IsNo ? $"the demand '{condition.Demand}' has not been answered by {whom} before the round ({at})" : $"it is undetermined whether {whom} answered the demand '{condition.Demand}' before the round ({at})");
    }

    private static PreconditionResult Occurred(ICaseLookup data, DevelopmentOccurredCondition condition, Moment at)
    {
        var occurred = Truth.No;
        DevelopmentState? witness = null;
        foreach (var development in data.AllDevelopments)
        {
            if (development.Development.Kind != condition.Kind || (condition.Against is { } target && !development.Development.Concerns(target)))
            {
                continue;
            }

            var before = development.Occurred.IsBefore(at);
            if (before.IsPossible && (witness is null || before.IsYes))
            {
                witness = development;
            }

            occurred |= before;
        }

        var what = condition.Against is { } against ? $"a development of kind {condition.Kind} concerning {data.NameOf(against)}" : $"a development of kind {condition.Kind}";
        return new(occurred, occurred.IsYes
            ? $"{what} has happened: {witness!.Development.Description} ({witness.Occurred})"
            : occurred.IsNo ? $"no {what[2..]} has happened before the round ({at})" : $"it is undetermined whether {what} happened before the round ({at})");
    }

    private static PreconditionResult Day(Truth met, Moment at, NodaTime.LocalDate date, string yes, string no, string maybe)
    {
        var day = date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);
        return new(met, met.IsYes ? $"the round ({at}) is {yes} {day}" : met.IsNo ? $"the round ({at}) {no} {day}" : $"the round ({at}) {maybe} {day}");
    }

    private static PreconditionResult Combine(ICaseLookup data, EquatableArray<Precondition> parts, RoundState round, Moment at, Truth seed, Func<Truth, Truth, Truth> fold, string yes, string no, string maybe)
    {
        var results = parts.Select(p => Evaluate(data, p, round, at)).ToEquatableArray();
        var met = results.Aggregate(seed, (all, r) => fold(all, r.Met));
        return new(met, met.IsYes ? yes : met.IsNo ? no : maybe, results);
    }

    private static PreconditionResult Negate(PreconditionResult inner)
    {
        var met = !inner.Met;
        return new(met, met.IsYes ? "this does not hold, as required" : met.IsNo ? "this holds, and must not" : "it is undetermined whether this holds", [inner]);
    }
}
