namespace Negotiation.Model;

/// <summary>
/// Evaluates preconditions against one case, remembering within one evaluation the answer of every composite part, so a
/// part shared within a precondition (preconditions are immutable values, freely reused as parts of larger ones) is
/// evaluated once, however often it recurs.
/// </summary>
/// <remarks>
/// <para>Without this, a precondition built by reusing parts (<c>var p = a &amp; b; var q = p | (p &amp; c); …</c>) is a
/// directed acyclic graph whose tree walk can be exponential; with it, each distinct part is evaluated once, and a part
/// that recurs has one answer object. Composite parts are remembered by reference, which costs a pointer hash each;
/// leaves, which cost no more to evaluate than to look up, and the whole precondition, which cannot recur inside
/// itself, are not.</para>
/// <para>Every evaluation goes through here: <see cref="Precondition.Evaluate(NegotiationCase, Round)"/> makes one for
/// one round, the readiness queries one for every round of a case. Reasons are worded when read
/// (<see cref="PreconditionResult"/>), so evaluating costs only the answers.</para>
/// <para>Not thread-safe; make one per thread.</para>
/// </remarks>
internal sealed class PreconditionEvaluator(NegotiationCase negotiation)
{
    // Made at the first composite part; cleared at the start of each evaluation (Clear on an empty one costs nothing).
    private Dictionary<Precondition, PreconditionResult>? known;

    // The case's developments by kind, made at the first question about developments and kept for every evaluation.
    private ILookup<DevelopmentKind, Development>? developments;

    /// <summary>Evaluates <paramref name="precondition"/> for <paramref name="round"/> at its start.</summary>
    public PreconditionResult Evaluate(Precondition precondition, Round round) =>
        Evaluate(precondition, PreconditionScope.AtStart(negotiation, round));

    /// <summary>Evaluates <paramref name="precondition"/> for <paramref name="round"/> starting at <paramref name="at"/>.</summary>
    public PreconditionResult Evaluate(Precondition precondition, Round round, Moment at) =>
        Evaluate(precondition, PreconditionScope.For(negotiation, round, at));

    /// <summary>Gets the case's developments of one kind, in id order.</summary>
    public IEnumerable<Development> DevelopmentsOf(DevelopmentKind kind) =>
        (developments ??= negotiation.Developments.Values.ToLookup(d => d.Kind))[kind];

    /// <summary>Evaluates a part of a composite precondition, once per evaluation for a composite part.</summary>
    public PreconditionResult Part(Precondition part, PreconditionScope scope)
    {
        if (part is not (AllOfCondition or AnyOfCondition or NotCondition))
        {
            return part.Evaluate(this, scope);
        }

        known ??= new(ReferenceEqualityComparer.Instance);
        if (!known.TryGetValue(part, out var result))
        {
            result = part.Evaluate(this, scope);
            known.Add(part, result);
        }

        return result;
    }

    private PreconditionResult Evaluate(Precondition precondition, PreconditionScope scope)
    {
        known?.Clear();
        return precondition.Evaluate(this, scope);
    }
}
