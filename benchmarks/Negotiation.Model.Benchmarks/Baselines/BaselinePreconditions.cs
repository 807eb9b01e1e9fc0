using System.Globalization;

namespace Negotiation.Model.Benchmarks.Baselines;

/// <summary>
/// Evaluates a round's preconditions over a baseline's data, with the same three-valued logic and the same readable
/// reasons as the library, so the baselines do the same work when they check a round or answer "can it start".
/// </summary>
/// <remarks>Like the library, it decides each answer when evaluating and leaves the words to a function called when the
/// reason is first read (<see cref="PreconditionResult(Truth, Func{string}, EquatableArray{PreconditionResult})"/>); the
/// functions capture the immutable records they word from. Unlike the library, which groups the case's developments by
/// kind once per readiness query, each "development occurred" part scans every development: sharing that across rounds
/// would need state the baselines' readiness does not pass.</remarks>
internal static class BaselinePreconditions
{
    public static PreconditionResult Evaluate(ICaseLookup data, Precondition precondition, RoundState round, Moment at) => precondition switch
    {
        RoundHeldCondition held => Reached(data, held.Round, at, concluded: false),
        RoundConcludedCondition concluded => Reached(data, concluded.Round, at, concluded: true),
        DocumentPresentedCondition presented => Presented(data, presented.Document, at),
        DemandAnsweredCondition answered => Answered(data, answered, at),
        PartyTakesPartCondition part => TakesPart(data, part.Party, round.HasSide(part.Party)),
        DevelopmentOccurredCondition development => Occurred(data, development, at),
        NotBeforeCondition notBefore => Day(at.Window.IsOnOrAfter(notBefore.Date), at, notBefore.Date, "not before", "would start before", "may start before"),
        NotAfterCondition notAfter => Day(at.Window.IsOnOrBefore(notAfter.Date), at, notAfter.Date, "not after", "would start after", "may start after"),
        AllOfCondition all => Combine(data, all.Parts, round, at, all: true),
        AnyOfCondition any => Combine(data, any.Parts, round, at, all: false),
        NotCondition not => Negate(Evaluate(data, not.Part, round, at)),
        _ => throw new NotSupportedException($"The baselines do not evaluate {precondition.GetType().Name}."),
    };

    public static string NameOf(ICaseLookup data, RoundState round) =>
        round.Plan.Title is { } title ? $"the round '{title}'" : $"the {string.Join("–", round.Plan.Participants.Select(data.NameOf))} round ({round.Id})";

    private static PreconditionResult Reached(ICaseLookup data, RoundId id, Moment at, bool concluded)
    {
        if (data.FindRound(id) is not { } required)
        {
            return new(Truth.No, () => $"the round '{id}' is not known to the case");
        }

        var reached = concluded ? required.Status == RoundStatus.Concluded : required.HasBeenHeld;
        if (!reached)
        {
            return new(Truth.No, () => NotReached(data, required, concluded));
        }

        var when = (concluded ? required.ActualEnd : null) ?? required.ActualStart ?? required.Planned;
        var before = when.IsBefore(at);
        return new(before, () =>
        {
            var (name, verb) = (NameOf(data, required), concluded ? "concluded" : "held");
            return before.IsYes
                ? $"{name} was {verb} ({when})"
                : before.IsNo ? $"{name} was {verb} ({when}), not before this round ({at})" : $"{name} was {verb} ({when}); it is undetermined whether that is before this round ({at})";
        });
    }

    private static string NotReached(ICaseLookup data, RoundState required, bool concluded)
    {
        var state = required.Status switch
        {
            RoundStatus.Cancelled => $"it was cancelled ({required.Reason})",
            RoundStatus.Postponed => $"it was postponed ({required.Reason}); it is planned for {required.Planned}",
            RoundStatus.Held => $"it was held ({required.ActualStart}) but not concluded",
            _ => $"it is planned for {required.Planned}",
        };
        return $"{NameOf(data, required)} has not been {(concluded ? "concluded" : "held")}; {state}";
    }

    private static PreconditionResult Presented(ICaseLookup data, DocumentId id, Moment at)
    {
        if (data.FindDocument(id) is not { } document)
        {
            return new(Truth.No, () => $"the document '{id}' has not been presented");
        }

        var before = document.HandedOver.IsBefore(at);
        return new(before, () =>
        {
            var title = document.Header.Title;
            return before.IsYes
                ? $"'{title}' was presented ({document.HandedOver})"
                : before.IsNo ? $"'{title}' was presented ({document.HandedOver}), not before the round ({at})" : $"'{title}' was presented ({document.HandedOver}); it is undetermined whether that is before the round ({at})";
        });
    }

    private static PreconditionResult Answered(ICaseLookup data, DemandAnsweredCondition condition, Moment at)
    {
        if (data.FindDemand(condition.Demand) is not { } demand)
        {
            return new(Truth.No, () => $"the demand '{condition.Demand}' has not been tabled");
        }

        // As the library: stop at the first position certainly taken before the round.
        var answered = Truth.No;
        var subject = SubjectRef.Demand(condition.Demand);
        foreach (var party in condition.By is { } by ? [by] : demand.Addressees.Items)
        {
            var history = data.PositionHistory(party, subject);
            for (var i = 0; i < history.Count && !answered.IsYes; i++)
            {
                answered |= history[i].Since.IsBefore(at);
            }

            if (answered.IsYes)
            {
                break;
            }
        }

        return new(answered, () =>
        {
            var whom = condition.By is { } p ? p.ToString() : "any addressee";
            return answered.IsYes
                ? $"the demand '{condition.Demand}' has been answered by {whom}"
                : answered.IsNo ? $"the demand '{condition.Demand}' has not been answered by {whom} before the round ({at})" : $"it is undetermined whether {whom} answered the demand '{condition.Demand}' before the round ({at})";
        });
    }

    private static PreconditionResult TakesPart(ICaseLookup data, PartyId party, bool takesPart) => takesPart
        ? new(Truth.Yes, () => $"{data.NameOf(party)} takes part")
        : new(Truth.No, () => $"{data.NameOf(party)} does not take part");

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

        return new(occurred, () =>
        {
            var what = condition.Against is { } against ? $"a development of kind {condition.Kind} concerning {data.NameOf(against)}" : $"a development of kind {condition.Kind}";
            return occurred.IsYes
                ? $"{what} has happened: {witness!.Development.Description} ({witness.Occurred})"
                : occurred.IsNo
                    ? $"no {what[2..]} has happened before the round ({at})"
                    : $"it is undetermined whether {what} ({witness!.Development.Description}, {witness.Occurred}) happened before the round ({at})";
        });
    }

    private static PreconditionResult Day(Truth met, Moment at, NodaTime.LocalDate date, string yes, string no, string maybe) =>
        new(met, () =>
        {
            var day = date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);
            return met.IsYes ? $"the round ({at}) is {yes} {day}" : met.IsNo ? $"the round ({at}) {no} {day}" : $"the round ({at}) {maybe} {day}";
        });

    private static PreconditionResult Combine(ICaseLookup data, EquatableArray<Precondition> parts, RoundState round, Moment at, bool all)
    {
        var results = new PreconditionResult[parts.Count];
        var met = all ? Truth.Yes : Truth.No;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Evaluate(data, parts[i], round, at);
            met = all ? met & results[i].Met : met | results[i].Met;
        }

        // Constant words need no function.
        var reason = all
            ? met.IsYes ? "all of these hold" : met.IsNo ? "not all of these hold" : "it is undetermined whether all of these hold"
            : met.IsYes ? "at least one of these holds" : met.IsNo ? "none of these holds" : "it is undetermined whether any of these holds";
        return new(met, reason, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(results));
    }

    private static PreconditionResult Negate(PreconditionResult inner)
    {
        var met = !inner.Met;
        return new(met, met.IsYes ? "this does not hold, as required" : met.IsNo ? "this holds, and must not" : "it is undetermined whether this holds", [inner]);
    }
}
