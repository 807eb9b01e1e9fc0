using System.Collections;

namespace Negotiation.Model;

/// <summary>
/// The facts of a case in the order they were recorded (<see cref="NegotiationCase.Log"/>): an immutable list that grows
/// at its end.
/// </summary>
/// <remarks>
/// <para>Each recorded fact makes a new case whose log shares every earlier fact with the log before it: appending costs a
/// constant amount of memory (a new slot in a block of 32, and one tree path every 32 facts), where a balanced tree such as
/// <see cref="System.Collections.Immutable.ImmutableList{T}"/> allocates a new path of about log₂ n nodes for every fact
/// and keeps the replaced ones alive in every version the history holds. Reading a fact by position is O(log₃₂ n).</para>
/// <para>Immutable and safe to share between threads. Two logs are compared by their facts with
/// <see cref="Enumerable.SequenceEqual{TSource}(IEnumerable{TSource}, IEnumerable{TSource})"/>, as the case's equality does.</para>
/// </remarks>
/// <example>
/// <code>
/// var last = negotiation.Log[^1];
/// foreach (var fact in negotiation.Log) Console.WriteLine(fact.Describe());
/// </code>
/// </example>
public sealed class FactLog : IReadOnlyList<Fact>
{
    internal FactLog(AppendVector<Fact> facts) => Facts = facts;

    /// <summary>Gets the number of facts.</summary>
    public int Count => Facts.Count;

    /// <summary>Gets whether the log has no fact.</summary>
    public bool IsEmpty => Facts.Count == 0;

    internal AppendVector<Fact> Facts { get; }

    /// <summary>Gets the fact at <paramref name="index"/>, counted from 0 in the order recorded.</summary>
    /// <param name="index">The position of the fact.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="index"/> is negative or not less than
    /// <see cref="Count"/>.</exception>
    public Fact this[int index] => Facts[index];

    /// <summary>Returns an enumerator over the facts in the order recorded.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Fact> GetEnumerator() => Facts.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
