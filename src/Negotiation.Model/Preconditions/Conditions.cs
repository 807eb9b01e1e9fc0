using System.Runtime.InteropServices;
using NodaTime;

namespace Negotiation.Model;

/// <summary>Another round has been held before the guarded round starts.</summary>
/// <param name="Round">The round that must come first.</param>
public sealed record RoundHeldCondition(RoundId Round) : Precondition, IRoundDependency
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(PreconditionEvaluator evaluator, PreconditionScope scope) =>
        new(Describe.RoundReached(scope, Round, concluded: false), this, scope);

    internal override string Word(PreconditionScope scope, Truth met) => Describe.RoundReachedReason(scope, Round, concluded: false, met);
}

/// <summary>Another round has been concluded before the guarded round starts.</summary>
/// <param name="Round">The round that must be concluded first.</param>
public sealed record RoundConcludedCondition(RoundId Round) : Precondition, IRoundDependency
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(PreconditionEvaluator evaluator, PreconditionScope scope) =>
        new(Describe.RoundReached(scope, Round, concluded: true), this, scope);

    internal override string Word(PreconditionScope scope, Truth met) => Describe.RoundReachedReason(scope, Round, concluded: true, met);
}

/// <summary>A document has been handed over before the guarded round starts.</summary>
/// <param name="Document">The document.</param>
public sealed record DocumentPresentedCondition(DocumentId Document) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(PreconditionEvaluator evaluator, PreconditionScope scope)
    {
        var presented = scope.Negotiation.Documents.TryGetValue(Document, out var document) && document.HandedOver is { } handedOver
            ? handedOver.IsBefore(scope.At)
            : Truth.No;
        return new(presented, this, scope);
    }

    internal override string Word(PreconditionScope scope, Truth met)
    {
        return scope.Negotiation.Documents.TryGetValue(Document, out var document) && document.HandedOver is { } handedOver
            ? PreconditionWording.DocumentPresented(document.Title, handedOver, scope.At, met)
            : PreconditionWording.DocumentNotPresented(Document);
    }
}

/// <summary>A demand has been answered by an addressee before the guarded round starts.</summary>
/// <param name="Demand">The demand.</param>
/// <param name="By">The addressee whose answer counts, or <see langword="null"/> for any addressee.</param>
public sealed record DemandAnsweredCondition(DemandId Demand, PartyId? By = null) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(PreconditionEvaluator evaluator, PreconditionScope scope)
    {
        if (!scope.Negotiation.Demands.TryGetValue(Demand, out var demand))
        {
            return new(Truth.No, this, scope);
        }

        if (By is { } by)
        {
            return new(AnsweredBy(scope, by), this, scope);
        }

        var answered = Truth.No;
        foreach (var party in demand.Addressees)
        {
            answered |= AnsweredBy(scope, party);
            if (answered.IsYes)
            {
                break;
            }
        }

        return new(answered, this, scope);
    }

    internal override string Word(PreconditionScope scope, Truth met) =>
        scope.Negotiation.Demands.ContainsKey(Demand)
            ? PreconditionWording.DemandAnswered(Demand, By, scope.At, met)
            : PreconditionWording.DemandNotTabled(Demand);

    /// <summary>Whether <paramref name="party"/> took a position on the demand before the round: yes as soon as one
    /// position certainly was.</summary>
    private Truth AnsweredBy(PreconditionScope scope, PartyId party)
    {
        // Indexed, not enumerated: an immutable list's enumerator rents a stack, and histories are a few positions long.
        var history = scope.Negotiation.PositionHistory(party, SubjectRef.Demand(Demand));
        var answered = Truth.No;
        for (var i = 0; i < history.Count && !answered.IsYes; i++)
        {
            answered |= history[i].Since.IsBefore(scope.At);
        }

        return answered;
    }
}

/// <summary>A party is one of the guarded round's sides.</summary>
/// <param name="Party">The party.</param>
public sealed record PartyTakesPartCondition(PartyId Party) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(PreconditionEvaluator evaluator, PreconditionScope scope) =>
        new(Truth.From(scope.Round.HasSide(Party)), this, scope);

    internal override string Word(PreconditionScope scope, Truth met) => PreconditionWording.TakesPart(scope.Negotiation.NameOf(Party), met);
}

/// <summary>A development of a kind has happened before the guarded round starts.</summary>
/// <param name="Kind">The kind of development.</param>
/// <param name="Against">The party it must concern, or <see langword="null"/> for any.</param>
public sealed record DevelopmentOccurredCondition(DevelopmentKind Kind, PartyId? Against = null) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(PreconditionEvaluator evaluator, PreconditionScope scope) =>
        new(Occurred(evaluator.DevelopmentsOf(Kind), scope.At, out _), this, scope);

    internal override string Word(PreconditionScope scope, Truth met)
    {
        Occurred(scope.Negotiation.Developments.Values, scope.At, out var witness);
        var against = Against is { } party ? scope.Negotiation.NameOf(party) : null;
        return PreconditionWording.DevelopmentOccurred(Kind, against, witness?.Description, witness?.Occurred, scope.At, met);
    }

    /// <summary>Whether one of <paramref name="developments"/> of this kind (and concerning the party) happened before
    /// <paramref name="at"/>, and the one that shows it best: one that certainly did, else one that may have.</summary>
    private Truth Occurred(IEnumerable<Development> developments, Moment at, out Development? witness)
    {
        var occurred = Truth.No;
        witness = null;
        foreach (var development in developments)
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

        return occurred;
    }
}

/// <summary>One named development has happened before the guarded round starts ("only after the United Kingdom has
/// left"), rather than any development of a kind.</summary>
/// <param name="Development">The development.</param>
public sealed record NamedDevelopmentCondition(DevelopmentId Development) : Precondition
{
    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(PreconditionEvaluator evaluator, PreconditionScope scope) =>
        new(Occurred(scope), this, scope);

    internal override string Word(PreconditionScope scope, Truth met)
    {
        var known = scope.Negotiation.Developments.TryGetValue(Development, out var development);
        var what = known ? $"'{development!.Description}' ({Development})" : $"the development '{Development}'";
        return met.IsYes
            ? $"{what} has happened ({development!.Occurred})"
            : met.IsNo
                ? known ? $"{what} ({development!.Occurred}) had not happened before the round ({scope.At})" : $"{what} has not happened"
                : $"it is undetermined whether {what} ({development!.Occurred}) happened before the round ({scope.At})";
    }

    private Truth Occurred(PreconditionScope scope) =>
        scope.Negotiation.Developments.TryGetValue(Development, out var development) ? development.Occurred.IsBefore(scope.At) : Truth.No;
}

/// <summary>The guarded round starts on or after a day.</summary>
/// <param name="Date">The first day allowed.</param>
public sealed record NotBeforeCondition(LocalDate Date) : Precondition
{
    /// <summary>Gets the first day allowed (in the ISO calendar, whatever calendar it was given in).</summary>
    public LocalDate Date { get; init => field = IsoDates.Iso(value); } = IsoDates.Iso(Date);

    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(PreconditionEvaluator evaluator, PreconditionScope scope) =>
        new(scope.At.Window.IsOnOrAfter(Date), this, scope);

    internal override string Word(PreconditionScope scope, Truth met) => PreconditionWording.NotBefore(Date, scope.At, met);
}

/// <summary>The guarded round starts on or before a day.</summary>
/// <param name="Date">The last day allowed.</param>
public sealed record NotAfterCondition(LocalDate Date) : Precondition
{
    /// <summary>Gets the last day allowed (in the ISO calendar, whatever calendar it was given in).</summary>
    public LocalDate Date { get; init => field = IsoDates.Iso(value); } = IsoDates.Iso(Date);

    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => [this];

    internal override PreconditionResult Evaluate(PreconditionEvaluator evaluator, PreconditionScope scope) =>
        new(scope.At.Window.IsOnOrBefore(Date), this, scope);

    internal override string Word(PreconditionScope scope, Truth met) => PreconditionWording.NotAfter(Date, scope.At, met);
}

/// <summary>Every part holds.</summary>
/// <param name="Parts">The parts.</param>
/// <exception cref="ArgumentNullException">A part is <see langword="null"/>.</exception>
/// <exception cref="ArgumentException">The whole would be deeper than <see cref="Precondition.MaxDepth"/> or have more than
/// <see cref="Precondition.MaxLeaves"/> simple parts.</exception>
public sealed record AllOfCondition(EquatableArray<Precondition> Parts) : Precondition(PreconditionSize.Of(Parts, nameof(Parts)))
{
    /// <summary>Gets the parts.</summary>
    public EquatableArray<Precondition> Parts { get; } = Parts;

    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => LeavesOf(this);

    internal override PreconditionResult Evaluate(PreconditionEvaluator evaluator, PreconditionScope scope) =>
        Describe.Combine(this, Parts, evaluator, scope, all: true);

    internal override string Word(PreconditionScope scope, Truth met) => PreconditionWording.AllOf(met);
}

/// <summary>At least one part holds.</summary>
/// <param name="Parts">The parts.</param>
/// <exception cref="ArgumentNullException">A part is <see langword="null"/>.</exception>
/// <exception cref="ArgumentException">The whole would be deeper than <see cref="Precondition.MaxDepth"/> or have more than
/// <see cref="Precondition.MaxLeaves"/> simple parts.</exception>
public sealed record AnyOfCondition(EquatableArray<Precondition> Parts) : Precondition(PreconditionSize.Of(Parts, nameof(Parts)))
{
    /// <summary>Gets the parts.</summary>
    public EquatableArray<Precondition> Parts { get; } = Parts;

    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => LeavesOf(this);

    internal override PreconditionResult Evaluate(PreconditionEvaluator evaluator, PreconditionScope scope) =>
        Describe.Combine(this, Parts, evaluator, scope, all: false);

    internal override string Word(PreconditionScope scope, Truth met) => PreconditionWording.AnyOf(met);
}

/// <summary>The part does not hold.</summary>
/// <param name="Part">The part.</param>
/// <exception cref="ArgumentNullException"><paramref name="Part"/> is <see langword="null"/>.</exception>
/// <exception cref="ArgumentException">The whole would be deeper than <see cref="Precondition.MaxDepth"/>.</exception>
public sealed record NotCondition(Precondition Part) : Precondition(PreconditionSize.Of(new ReadOnlySpan<Precondition>(in Part), nameof(Part)))
{
    /// <summary>Gets the part.</summary>
    public Precondition Part { get; } = Part;

    /// <inheritdoc />
    public override IEnumerable<Precondition> Leaves() => LeavesOf(this);

    internal override PreconditionResult Evaluate(PreconditionEvaluator evaluator, PreconditionScope scope)
    {
        var inner = evaluator.Part(Part, scope);
        return new(!inner.Met, this, scope, ImmutableCollectionsMarshal.AsImmutableArray(new[] { inner }));
    }

    internal override string Word(PreconditionScope scope, Truth met) => PreconditionWording.Not(met);
}

/// <summary>Shared logic and wording for round preconditions.</summary>
internal static class Describe
{
    /// <summary>Whether the round <paramref name="id"/> was held (or concluded) before the guarded round starts: no when
    /// it is unknown or has not been.</summary>
    public static Truth RoundReached(PreconditionScope scope, RoundId id, bool concluded) =>
        scope.Negotiation.Rounds.TryGetValue(id, out var required) && Reached(required, concluded)
            ? When(required, concluded).IsBefore(scope.At)
            : Truth.No;

    /// <summary>Words the answer <paramref name="met"/> of <see cref="RoundReached"/>.</summary>
    public static string RoundReachedReason(PreconditionScope scope, RoundId id, bool concluded, Truth met)
    {
        if (!scope.Negotiation.Rounds.TryGetValue(id, out var required))
        {
            return PreconditionWording.UnknownRound(id);
        }

        var name = scope.Negotiation.NameOf(required);
        return Reached(required, concluded)
            ? PreconditionWording.RoundReached(name, concluded, When(required, concluded), scope.At, met)
            : PreconditionWording.RoundNotReached(name, concluded, required.Status, required.StatusReason, required.Planned, required.ActualStart);
    }

    /// <summary>Evaluates the parts of an "all of" (<paramref name="all"/>) or "any of" precondition and combines their
    /// answers with the three-valued and, or or.</summary>
    public static PreconditionResult Combine(Precondition composite, EquatableArray<Precondition> parts, PreconditionEvaluator evaluator, PreconditionScope scope, bool all)
    {
        var items = parts.Items;
        var answers = new PreconditionResult[items.Length];
        var met = all ? Truth.Yes : Truth.No;
        for (var i = 0; i < answers.Length; i++)
        {
            var answer = evaluator.Part(items[i], scope);
            answers[i] = answer;
            met = all ? met & answer.Met : met | answer.Met;
        }

        return new(met, composite, scope, ImmutableCollectionsMarshal.AsImmutableArray(answers));
    }

    private static bool Reached(Round required, bool concluded) =>
        concluded ? required.Status == RoundStatus.Concluded : required.HasBeenHeld;

    private static Moment When(Round required, bool concluded) =>
        (concluded ? required.ActualEnd : null) ?? required.ActualStart ?? required.Planned;
}
