using System.Globalization;
using NodaTime;

namespace Negotiation.Model;

/// <summary>Another round has been held before the guarded round starts.</summary>
/// <param name="Round">The round that must come first.</param>
public sealed record RoundHeldCondition(RoundId Round) : Precondition, IRoundDependency
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(NegotiationCase negotiation, Round round, Moment at) =>
        Describe.RoundReached(negotiation, Round, at, concluded: false);
}

/// <summary>Another round has been concluded before the guarded round starts.</summary>
/// <param name="Round">The round that must be concluded first.</param>
public sealed record RoundConcludedCondition(RoundId Round) : Precondition, IRoundDependency
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(NegotiationCase negotiation, Round round, Moment at) =>
        Describe.RoundReached(negotiation, Round, at, concluded: true);
}

/// <summary>A document has been handed over before the guarded round starts.</summary>
/// <param name="Document">The document.</param>
public sealed record DocumentPresentedCondition(DocumentId Document) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(NegotiationCase negotiation, Round round, Moment at)
    {
        if (!negotiation.Documents.TryGetValue(Document, out var document) || document.HandedOver is not { } handedOver)
        {
            return new(Truth.No, $"the document '{Document}' has not been presented");
        }

        var before = handedOver.IsBefore(at);
        return new(before, before.IsYes
            ? $"'{document.Title}' was presented ({handedOver})"
            : before.IsNo
                ? $"'{document.Title}' was presented ({handedOver}), not before the round ({at})"
                : $"'{document.Title}' was presented ({handedOver}); it is undetermined whether that is before the round ({at})");
    }
}

/// <summary>A demand has been answered by an addressee before the guarded round starts.</summary>
/// <param name="Demand">The demand.</param>
/// <param name="By">The addressee whose answer counts, or <see langword="null"/> for any addressee.</param>
public sealed record DemandAnsweredCondition(DemandId Demand, PartyId? By = null) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(NegotiationCase negotiation, Round round, Moment at)
    {
        if (!negotiation.Demands.TryGetValue(Demand, out var demand))
        {
            return new(Truth.No, $"the demand '{Demand}' has not been tabled");
        }

        var who = By is { } by ? [by] : demand.Addressees.Items;
        var answered = Truth.No;
        foreach (var party in who)
        {
            foreach (var position in negotiation.PositionHistory(party, SubjectRef.Demand(Demand)))
            {
                answered |= position.Since.IsBefore(at);
            }
        }

        var whom = By is { } p ? p.ToString() : "any addressee";
        return new(answered, answered.IsYes
            ? $"the demand '{Demand}' has been answered by {whom}"
            : answered.IsNo
                ? $"the demand '{Demand}' has not been answered by {whom} before the round ({at})"
                : $"it is undetermined whether {whom} answered the demand '{Demand}' before the round ({at})");
    }
}

/// <summary>A party is one of the guarded round's sides.</summary>
/// <param name="Party">The party.</param>
public sealed record PartyTakesPartCondition(PartyId Party) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(NegotiationCase negotiation, Round round, Moment at) =>
        round.HasSide(Party)
            ? new(Truth.Yes, $"{negotiation.NameOf(Party)} takes part")
            : new(Truth.No, $"{negotiation.NameOf(Party)} does not take part");
}

/// <summary>A development of a kind has happened before the guarded round starts.</summary>
/// <param name="Kind">The kind of development.</param>
/// <param name="Against">The party it must concern, or <see langword="null"/> for any.</param>
public sealed record DevelopmentOccurredCondition(DevelopmentKind Kind, PartyId? Against = null) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(NegotiationCase negotiation, Round round, Moment at)
    {
        var occurred = Truth.No;
        Development? witness = null;
        foreach (var development in negotiation.Developments.Values)
        {
            if (development.Kind != Kind || (Against is { } target && !development.Concerns(target)))
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

        var what = Against is { } against
            ? $"a development of kind {Kind} concerning {negotiation.NameOf(against)}"
            : $"a development of kind {Kind}";
        return new(occurred, occurred.IsYes
            ? $"{what} has happened: {witness!.Description} ({witness.Occurred})"
            : occurred.IsNo
                ? $"no {what[2..]} has happened before the round ({at})"
                : $"it is undetermined whether {what} ({witness!.Description}, {witness.Occurred}) happened before the round ({at})");
    }
}

/// <summary>The guarded round starts on or after a day.</summary>
/// <param name="Date">The first day allowed.</param>
public sealed record NotBeforeCondition(LocalDate Date) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(NegotiationCase negotiation, Round round, Moment at)
    {
        var met = at.Window.IsOnOrAfter(Date);
        var day = Date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);
        return new(met, met.IsYes
            ? $"the round ({at}) is not before {day}"
            : met.IsNo ? $"the round ({at}) would start before {day}" : $"the round ({at}) may start before {day}");
    }
}

/// <summary>The guarded round starts on or before a day.</summary>
/// <param name="Date">The last day allowed.</param>
public sealed record NotAfterCondition(LocalDate Date) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(NegotiationCase negotiation, Round round, Moment at)
    {
        var met = at.Window.IsOnOrBefore(Date);
        var day = Date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);
        return new(met, met.IsYes
            ? $"the round ({at}) is not after {day}"
            : met.IsNo ? $"the round ({at}) would start after {day}" : $"the round ({at}) may start after {day}");
    }
}

/// <summary>Every part holds.</summary>
/// <param name="Parts">The parts.</param>
public sealed record AllOfCondition(EquatableArray<Precondition> Parts) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => Parts.SelectMany(p => p.Leaves());

    internal override PreconditionResult Evaluate(NegotiationCase negotiation, Round round, Moment at)
    {
        var results = Parts.Select(p => p.Evaluate(negotiation, round, at)).ToEquatableArray();
        var met = results.Aggregate(Truth.Yes, (all, r) => all & r.Met);
        var reason = met.IsYes ? "all of these hold" : met.IsNo ? "not all of these hold" : "it is undetermined whether all of these hold";
        return new(met, reason, results);
    }
}

/// <summary>At least one part holds.</summary>
/// <param name="Parts">The parts.</param>
public sealed record AnyOfCondition(EquatableArray<Precondition> Parts) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => Parts.SelectMany(p => p.Leaves());

    internal override PreconditionResult Evaluate(NegotiationCase negotiation, Round round, Moment at)
    {
        var results = Parts.Select(p => p.Evaluate(negotiation, round, at)).ToEquatableArray();
        var met = results.Aggregate(Truth.No, (any, r) => any | r.Met);
        var reason = met.IsYes ? "at least one of these holds" : met.IsNo ? "none of these holds" : "it is undetermined whether any of these holds";
        return new(met, reason, results);
    }
}

/// <summary>The part does not hold.</summary>
/// <param name="Part">The part.</param>
public sealed record NotCondition(Precondition Part) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => Part.Leaves();

    internal override PreconditionResult Evaluate(NegotiationCase negotiation, Round round, Moment at)
    {
        var inner = Part.Evaluate(negotiation, round, at);
        var met = !inner.Met;
        var reason = met.IsYes ? "this does not hold, as required" : met.IsNo ? "this holds, and must not" : "it is undetermined whether this holds";
        return new(met, reason, [inner]);
    }
}

/// <summary>Shared wording for round preconditions.</summary>
internal static class Describe
{
    public static PreconditionResult RoundReached(NegotiationCase negotiation, RoundId id, Moment at, bool concluded)
    {
        var verb = concluded ? "concluded" : "held";
        if (!negotiation.Rounds.TryGetValue(id, out var required))
        {
            return new(Truth.No, $"the round '{id}' is not known to the case");
        }

        var name = negotiation.NameOf(required);
        var reached = concluded ? required.Status == RoundStatus.Concluded : required.HasBeenHeld;
        if (!reached)
        {
            var state = required.Status switch
            {
                RoundStatus.Cancelled => $"it was cancelled ({required.StatusReason})",
                RoundStatus.Postponed => $"it was postponed ({required.StatusReason}); it is planned for {required.Planned}",
                RoundStatus.Held => $"it was held ({required.ActualStart}) but not concluded",
                _ => $"it is planned for {required.Planned}",
            };
            return new(Truth.No, $"{name} has not been {verb}; {state}");
        }

        var when = (concluded ? required.ActualEnd : null) ?? required.ActualStart ?? required.Planned;
        var before = when.IsBefore(at);
        return new(before, before.IsYes
            ? $"{name} was {verb} ({when})"
            : before.IsNo
                ? $"{name} was {verb} ({when}), not before this round ({at})"
                : $"{name} was {verb} ({when}); it is undetermined whether that is before this round ({at})");
    }
}
