using NodaTime;

namespace Negotiation.Model;

/// <summary>
/// What must be true before a round may start: another round held or concluded, a document presented, a demand
/// answered, a party taking part, a development having happened or not, not before or not after a date; composable
/// with <see cref="AllOf"/>, <see cref="AnyOf"/> and <see cref="Not"/> (or the <c>&amp;</c>, <c>|</c> and <c>!</c> operators).
/// </summary>
/// <remarks>
/// <para>Evaluating a precondition against a case gives <see cref="Truth.Yes"/> (met), <see cref="Truth.No"/> (not met)
/// or <see cref="Truth.Undetermined"/> (the facts are only approximately dated) with a readable reason tree
/// (<see cref="PreconditionResult"/>). Evaluation is at the round's start: its actual start once held, otherwise its
/// planned time.</para>
/// <para>The set of kinds is closed. Equality is by value.</para>
/// <para>Size: a composite measures itself when it is made (its depth and its number of simple parts, a part reused
/// counted each time it occurs), so no question about its size walks it. One deeper than <see cref="MaxDepth"/> or with
/// more than <see cref="MaxLeaves"/> simple parts cannot be made (<see cref="ArgumentException"/>): every walk over a
/// precondition is then bounded (and linear in the simple parts). A case accepts less depth
/// (<see cref="Validation.PreconditionValidator.DepthLimit"/>, a coded error).</para>
/// </remarks>
/// <example>
/// <code>
/// var afterBilateral = Precondition.RoundHeld(new RoundId("ru-us-2022-01"));
/// var notDuringWar = !Precondition.DevelopmentOccurred(DevelopmentKind.Invasion, against: new PartyId("ukraine"));
/// Precondition both = afterBilateral &amp; notDuringWar;
/// </code>
/// </example>
public abstract record Precondition
{
    private protected Precondition()
    {
        Depth = 1;
        LeafCount = 1;
    }

    private protected Precondition(PreconditionSize size)
    {
        Depth = size.Depth;
        LeafCount = size.Leaves;
        HasEmptyComposite = size.HasEmptyComposite;
    }

    /// <summary>The deepest a precondition can be made: a simple precondition is 1 deep, a composite one more than its
    /// deepest part.</summary>
    public const int MaxDepth = 256;

    /// <summary>The most simple parts a precondition can be made of, a part reused counted each time it occurs.</summary>
    public const int MaxLeaves = 65_536;

    /// <summary>Gets how deep the precondition is: 1 when simple, one more than its deepest part when composite.</summary>
    internal int Depth { get; }

    /// <summary>Gets how many simple parts <see cref="Leaves"/> lists.</summary>
    internal int LeafCount { get; }

    /// <summary>Gets whether this precondition is, or has among its parts, an all-of or any-of with no parts: known
    /// when it is made, so validation does not walk the tree to find one.</summary>
    internal bool HasEmptyComposite { get; }

    /// <summary>Another round has been held before this one starts.</summary>
    /// <param name="round">The round that must come first.</param>
    /// <returns>The precondition.</returns>
    public static Precondition RoundHeld(RoundId round) => new RoundHeldCondition(round);

    /// <summary>Another round has been concluded before this one starts.</summary>
    /// <param name="round">The round that must be concluded first.</param>
    /// <returns>The precondition.</returns>
    public static Precondition RoundConcluded(RoundId round) => new RoundConcludedCondition(round);

    /// <summary>A document has been handed over before the round starts.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The precondition.</returns>
    public static Precondition DocumentPresented(DocumentId document) => new DocumentPresentedCondition(document);

    /// <summary>A demand has been answered (accepted, rejected or taken up) by an addressee before the round starts.</summary>
    /// <param name="demand">The demand.</param>
    /// <param name="by">The addressee whose answer counts, or <see langword="null"/> for any addressee.</param>
    /// <returns>The precondition.</returns>
    public static Precondition DemandAnswered(DemandId demand, PartyId? by = null) => new DemandAnsweredCondition(demand, by);

    /// <summary>A party is one of the round's sides.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The precondition.</returns>
    public static Precondition PartyTakesPart(PartyId party) => new PartyTakesPartCondition(party);

    /// <summary>A development of a kind has happened before the round starts.</summary>
    /// <param name="kind">The kind of development ("an invasion").</param>
    /// <param name="against">The party it must concern, or <see langword="null"/> for any.</param>
    /// <returns>The precondition; negate it for "only if no invasion happens".</returns>
    public static Precondition DevelopmentOccurred(DevelopmentKind kind, PartyId? against = null) => new DevelopmentOccurredCondition(kind, against);

    /// <summary>One named development must have happened before the round starts.</summary>
    /// <param name="development">The development.</param>
    /// <returns>The condition.</returns>
    public static Precondition DevelopmentOccurred(DevelopmentId development) => new NamedDevelopmentCondition(Guard.Id(development, development.IsValid, nameof(development)));

    /// <summary>The round starts on or after a day.</summary>
    /// <param name="date">The first day allowed.</param>
    /// <returns>The precondition.</returns>
    public static Precondition NotBefore(LocalDate date) => new NotBeforeCondition(date);

    /// <summary>The round starts on or before a day.</summary>
    /// <param name="date">The last day allowed.</param>
    /// <returns>The precondition.</returns>
    public static Precondition NotAfter(LocalDate date) => new NotAfterCondition(date);

    /// <summary>Every part holds.</summary>
    /// <param name="parts">The parts (at least one).</param>
    /// <returns>The precondition.</returns>
    public static Precondition AllOf(params ReadOnlySpan<Precondition> parts) => new AllOfCondition(Parts(parts));

    /// <summary>At least one part holds.</summary>
    /// <param name="parts">The parts (at least one).</param>
    /// <returns>The precondition.</returns>
    public static Precondition AnyOf(params ReadOnlySpan<Precondition> parts) => new AnyOfCondition(Parts(parts));

    /// <summary>The part does not hold.</summary>
    /// <param name="part">The part.</param>
    /// <returns>The precondition.</returns>
    public static Precondition Not(Precondition part) => new NotCondition(Guard.NotNull(part, nameof(part)));

    /// <summary>Both hold.</summary>
    /// <param name="left">The first part.</param>
    /// <param name="right">The second part.</param>
    public static Precondition operator &(Precondition left, Precondition right) => AllOf(left, right);

    /// <summary>Either holds.</summary>
    /// <param name="left">The first part.</param>
    /// <param name="right">The second part.</param>
    public static Precondition operator |(Precondition left, Precondition right) => AnyOf(left, right);

    /// <summary>The part does not hold.</summary>
    /// <param name="part">The part.</param>
    public static Precondition operator !(Precondition part) => Not(part);

    /// <summary>Both hold; the named twin of <c>&amp;</c>.</summary>
    /// <param name="left">The first part.</param>
    /// <param name="right">The second part.</param>
    /// <returns>The precondition.</returns>
    public static Precondition BitwiseAnd(Precondition left, Precondition right) => left & right;

    /// <summary>Either holds; the named twin of <c>|</c>.</summary>
    /// <param name="left">The first part.</param>
    /// <param name="right">The second part.</param>
    /// <returns>The precondition.</returns>
    public static Precondition BitwiseOr(Precondition left, Precondition right) => left | right;

    /// <summary>The part does not hold; the named twin of <c>!</c>.</summary>
    /// <param name="part">The part.</param>
    /// <returns>The precondition.</returns>
    public static Precondition LogicalNot(Precondition part) => !part;

    /// <summary>Gets the rounds this precondition requires to be held or concluded first.</summary>
    /// <returns>The rounds, without duplicates, in the order they appear.</returns>
    public IEnumerable<RoundId> RequiredRounds() => Leaves().OfType<IRoundDependency>().Select(d => d.Round).Distinct();

    /// <summary>Gets the simple preconditions this one is made of (itself when it is simple).</summary>
    /// <returns>The simple parts, depth first; a part reused is listed each time it occurs.</returns>
    public abstract IEnumerable<Precondition> Leaves();

    /// <summary>Lists the simple parts of a composite depth first, without recursion.</summary>
    private protected static IEnumerable<Precondition> LeavesOf(Precondition composite) =>
        Validation.PreconditionRules.Leaves(composite).Select(leaf => leaf.Condition);

    /// <summary>Evaluates the precondition for <paramref name="round"/> in <paramref name="negotiation"/>.</summary>
    /// <param name="negotiation">The case whose facts decide.</param>
    /// <param name="round">The round the precondition guards.</param>
    /// <returns>Met, not met or undetermined, with the reasons.</returns>
    /// <remarks>A part that recurs in the precondition (the same value reused) is evaluated once. The reasons are worded
    /// when read.</remarks>
    public PreconditionResult Evaluate(NegotiationCase negotiation, Round round)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        ArgumentNullException.ThrowIfNull(round);
        return new PreconditionEvaluator(negotiation).Evaluate(this, round);
    }

    /// <summary>Evaluates the precondition for <paramref name="round"/> as if it started at <paramref name="at"/>.</summary>
    internal PreconditionResult Evaluate(NegotiationCase negotiation, Round round, Moment at) =>
        new PreconditionEvaluator(negotiation).Evaluate(this, round, at);

    /// <summary>Answers for the round and moment of <paramref name="scope"/>: a simple precondition decides from the case
    /// and leaves its reason to <see cref="Word"/>; a composite one asks <paramref name="evaluator"/> for its parts.</summary>
    internal abstract PreconditionResult Evaluate(PreconditionEvaluator evaluator, PreconditionScope scope);

    /// <summary>Words the reason for the answer <paramref name="met"/> this precondition gave in <paramref name="scope"/>;
    /// called when the reason is first read.</summary>
    internal abstract string Word(PreconditionScope scope, Truth met);

    private static EquatableArray<Precondition> Parts(ReadOnlySpan<Precondition> parts)
    {
        foreach (var part in parts)
        {
            ArgumentNullException.ThrowIfNull(part, nameof(parts));
        }

        return parts.IsEmpty
            ? throw new ArgumentException("A composite precondition needs at least one part.", nameof(parts))
            : EquatableArray.Create(parts);
    }
}

/// <summary>Marks the preconditions that require another round first.</summary>
internal interface IRoundDependency
{
    RoundId Round { get; }
}
