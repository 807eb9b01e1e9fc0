using System.Runtime.CompilerServices;

namespace Negotiation.Model;

/// <summary>
/// Evaluates the preconditions of many rounds of one case, remembering the answer of every composite part it has
/// evaluated for a round, so a part shared within a precondition (preconditions are immutable values, freely reused as parts of larger
/// ones) is evaluated once, however often it recurs.
/// </summary>
/// <remarks>
/// <para>Without this, a precondition built by reusing parts (<c>var p = a &amp; b; var q = p | (p &amp; c); …</c>) is a
/// directed acyclic graph whose tree walk can be exponential; with it, each distinct part is evaluated once per round.
/// Composite parts are remembered by reference, which costs a pointer hash each; leaves, which cost no more to evaluate
/// than to look up, are not.</para>
/// <para>The answers are exactly those of <see cref="Precondition.Evaluate(NegotiationCase, Round)"/> (a property test
/// checks it): leaves are evaluated by the preconditions themselves, and the composite wording below repeats theirs.</para>
/// <para>Not thread-safe; make one per evaluation.</para>
/// </remarks>
internal sealed class PreconditionEvaluator(NegotiationCase negotiation)
{
    private readonly Dictionary<(Precondition Part, Round Round), PreconditionResult> known = new(PartOfRound.Instance);

    public PreconditionResult Evaluate(Precondition precondition, Round round) => Evaluate(precondition, round, round.Start);

    private PreconditionResult Evaluate(Precondition precondition, Round round, Moment at)
    {
        // A leaf costs no more to evaluate than to look up; only composites, whose walks can multiply, are remembered.
        if (precondition is not (AllOfCondition or AnyOfCondition or NotCondition))
        {
            return precondition.Evaluate(negotiation, round, at);
        }

        if (known.TryGetValue((precondition, round), out var remembered))
        {
            return remembered;
        }

        var result = Compute(precondition, round, at);
        known.Add((precondition, round), result);
        return result;
    }

    private PreconditionResult Compute(Precondition precondition, Round round, Moment at)
    {
        switch (precondition)
        {
            case AllOfCondition all:
            {
                var results = all.Parts.Select(p => Evaluate(p, round, at)).ToEquatableArray();
                var met = results.Aggregate(Truth.Yes, (acc, r) => acc & r.Met);
                return new(met, met.IsYes ? "all of these hold" : met.IsNo ? "not all of these hold" : "it is undetermined whether all of these hold", results);
            }

            case AnyOfCondition any:
            {
                var results = any.Parts.Select(p => Evaluate(p, round, at)).ToEquatableArray();
                var met = results.Aggregate(Truth.No, (acc, r) => acc | r.Met);
                return new(met, met.IsYes ? "at least one of these holds" : met.IsNo ? "none of these holds" : "it is undetermined whether any of these holds", results);
            }

            case NotCondition not:
            {
                var inner = Evaluate(not.Part, round, at);
                var met = !inner.Met;
                return new(met, met.IsYes ? "this does not hold, as required" : met.IsNo ? "this holds, and must not" : "it is undetermined whether this holds", [inner]);
            }

            default:
                throw new InvalidOperationException("Leaves are evaluated directly.");
        }
    }

    /// <summary>Compares (part, round) keys by reference: cheap, and exact for a part shared by reference.</summary>
    private sealed class PartOfRound : IEqualityComparer<(Precondition Part, Round Round)>
    {
        public static PartOfRound Instance { get; } = new();

        public bool Equals((Precondition Part, Round Round) x, (Precondition Part, Round Round) y) =>
            ReferenceEquals(x.Part, y.Part) && ReferenceEquals(x.Round, y.Round);

        public int GetHashCode((Precondition Part, Round Round) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Part), RuntimeHelpers.GetHashCode(obj.Round));
    }
}
