using Negotiation.Model.Validation;

namespace Negotiation.Model.Benchmarks.Baselines;

/// <summary>
/// Evaluates a round's preconditions over a baseline's data, with the same three-valued logic as the library and its
/// words (<see cref="PreconditionWording"/>, <see cref="Naming"/>), so the baselines do the same work when they check a
/// round or answer "can it start", and give the same reasons.
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
        NotBeforeCondition notBefore => Day(at.Window.IsOnOrAfter(notBefore.Date), met => PreconditionWording.NotBefore(notBefore.Date, at, met)),
        NotAfterCondition notAfter => Day(at.Window.IsOnOrBefore(notAfter.Date), met => PreconditionWording.NotAfter(notAfter.Date, at, met)),
        AllOfCondition all => Combine(data, all.Parts, round, at, all: true),
        AnyOfCondition any => Combine(data, any.Parts, round, at, all: false),
        NotCondition not => Negate(Evaluate(data, not.Part, round, at)),
        _ => throw new NotSupportedException($"The baselines do not evaluate {precondition.GetType().Name}."),
    };

    public static string NameOf(ICaseLookup data, RoundState round) => Naming.Round(round.Plan.Title, round.Id, round.Plan.Participants.Select(data.NameOf));

    private static PreconditionResult Reached(ICaseLookup data, RoundId id, Moment at, bool concluded)
    {
        if (data.FindRound(id) is not { } required)
        {
            return new(Truth.No, () => PreconditionWording.UnknownRound(id));
        }

        var reached = concluded ? required.Status == RoundStatus.Concluded : required.HasBeenHeld;
        if (!reached)
        {
            return new(Truth.No, () => PreconditionWording.RoundNotReached(NameOf(data, required), concluded, required.Status, required.Reason, required.Planned, required.ActualStart));
        }

        var when = (concluded ? required.ActualEnd : null) ?? required.ActualStart ?? required.Planned;
        var before = when.IsBefore(at);
        return new(before, () => PreconditionWording.RoundReached(NameOf(data, required), concluded, when, at, before));
    }

    private static PreconditionResult Presented(ICaseLookup data, DocumentId id, Moment at)
    {
        if (data.FindDocument(id) is not { } document)
        {
            return new(Truth.No, () => PreconditionWording.DocumentNotPresented(id));
        }

        var before = document.HandedOver.IsBefore(at);
        return new(before, () => PreconditionWording.DocumentPresented(document.Header.Title, document.HandedOver, at, before));
    }

    private static PreconditionResult Answered(ICaseLookup data, DemandAnsweredCondition condition, Moment at)
    {
        if (data.FindDemand(condition.Demand) is not { } demand)
        {
            return new(Truth.No, () => PreconditionWording.DemandNotTabled(condition.Demand));
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

        return new(answered, () => PreconditionWording.DemandAnswered(condition.Demand, condition.By, at, answered));
    }

    private static PreconditionResult TakesPart(ICaseLookup data, PartyId party, bool takesPart)
    {
        var met = Truth.From(takesPart);
        return new(met, () => PreconditionWording.TakesPart(data.NameOf(party), met));
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

        return new(occurred, () => PreconditionWording.DevelopmentOccurred(
            condition.Kind, condition.Against is { } against ? data.NameOf(against) : null, witness?.Development.Description, witness?.Occurred, at, occurred));
    }

    private static PreconditionResult Day(Truth met, Func<Truth, string> word) => new(met, () => word(met));

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
        return new(met, all ? PreconditionWording.AllOf(met) : PreconditionWording.AnyOf(met), System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(results));
    }

    private static PreconditionResult Negate(PreconditionResult inner)
    {
        var met = !inner.Met;
        return new(met, PreconditionWording.Not(met), [inner]);
    }
}
