using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// The order in which a case's rounds can happen: a topological order of the rounds by the rounds their preconditions
/// require, in steps, saying where the order is undetermined.
/// </summary>
/// <remarks>
/// <para>A round depends on another when its precondition requires that round held or concluded through "all of" parts
/// only (a requirement under "any of" or "not" does not force an order). Step 1 holds the rounds that depend on no other;
/// each later step the rounds whose requirements all lie in earlier steps. Within a step, preconditions leave the order
/// open (<see cref="RoundOrderStep.IsOrdered"/> is false); <see cref="Precedes"/> then falls back on the rounds' times,
/// which may settle it or be undetermined. Rounds that require each other in a cycle can never be ordered and are listed
/// in <see cref="Cyclic"/>. Cancelled rounds are left out, and so are requirements on rounds not in the order.</para>
/// <para>Immutable; reference equality.</para>
/// </remarks>
/// <example>
/// <code>
/// var order = negotiation.OrderOfRounds();
/// Console.WriteLine(order); // 1. ru-us-2022-01 / 2. ru-nato-2022-01
/// Truth first = order.Precedes(new RoundId("ru-us-2022-01"), new RoundId("ru-nato-2022-01")); // Yes: required
/// </code>
/// </example>
public sealed class RoundOrder
{
    private readonly ImmutableDictionary<RoundId, Round> rounds;
    private readonly ImmutableDictionary<RoundId, ImmutableArray<RoundId>> requirements;

    internal RoundOrder(ImmutableArray<RoundOrderStep> steps, ImmutableArray<RoundId> cyclic, ImmutableDictionary<RoundId, Round> rounds, ImmutableDictionary<RoundId, ImmutableArray<RoundId>> requirements)
    {
        Steps = steps;
        Cyclic = cyclic;
        this.rounds = rounds;
        this.requirements = requirements;
    }

    /// <summary>Gets the steps, first first.</summary>
    public ImmutableArray<RoundOrderStep> Steps { get; }

    /// <summary>Gets the rounds caught in a cycle of requirements, ordered by id.</summary>
    public ImmutableArray<RoundId> Cyclic { get; }

    /// <summary>Can <paramref name="first"/> come before <paramref name="second"/>?</summary>
    /// <param name="first">A round in the order.</param>
    /// <param name="second">Another round in the order.</param>
    /// <returns>Yes when <paramref name="second"/> requires <paramref name="first"/> (directly or through other rounds), no
    /// when it is the other way round; otherwise the three-valued comparison of their start times.</returns>
    /// <exception cref="ArgumentException">A round is not in the order (cancelled rounds are left out); the message names it.</exception>
    public Truth Precedes(RoundId first, RoundId second)
    {
        var a = InOrder(first, nameof(first));
        var b = InOrder(second, nameof(second));
        if (first == second)
        {
            return Truth.No;
        }

        if (Requires(second, first))
        {
            return Truth.Yes;
        }

        return Requires(first, second) ? Truth.No : a.Start.IsBefore(b.Start);
    }

    private Round InOrder(RoundId round, string paramName) =>
        rounds.TryGetValue(round, out var r)
            ? r
            : throw new ArgumentException($"The round '{round}' is not in the order: the case has no such round, or it was cancelled.", paramName);

    /// <summary>Lists the steps, one per line, and the rounds in a cycle.</summary>
    /// <returns>The order as text.</returns>
    public override string ToString()
    {
        var lines = Steps.Select(s => s.ToString()).ToList();
        if (!Cyclic.IsEmpty)
        {
            lines.Add($"in a cycle, never ordered: {string.Join(", ", Cyclic)}");
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Gets whether <paramref name="dependent"/> requires <paramref name="required"/>, directly or not.</summary>
    private bool Requires(RoundId dependent, RoundId required)
    {
        var seen = new HashSet<RoundId> { dependent };
        var queue = new Queue<RoundId>([dependent]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var next in requirements.TryGetValue(current, out var list) ? list : [])
            {
                if (next == required)
                {
                    return true;
                }

                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return false;
    }
}
