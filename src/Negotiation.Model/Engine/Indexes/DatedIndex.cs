using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// The log's positions ordered by the day each fact happened (its earliest day), read in order from a day on: the index
/// behind the timeline and a speaker's statements after a term ends.
/// </summary>
/// <remarks>
/// <para>Facts mostly arrive in the order they happened, so most keys are not less than the last one: those are appended to
/// an <see cref="AppendVector{T}"/> (one small object per fact). A fact that happened before the last one appended (a
/// report that comes in late) goes to a sorted set instead, and a read merges the two. A sorted set for every key
/// allocated a path of tree nodes per fact, most of it kept alive by the history's checkpoints.</para>
/// <para>Immutable; updates share structure with the previous index.</para>
/// </remarks>
internal sealed class DatedIndex
{
    private readonly AppendVector<DatedKey<int>> ordered;
    private readonly ImmutableSortedSet<DatedKey<int>> late;

    private DatedIndex(AppendVector<DatedKey<int>> ordered, ImmutableSortedSet<DatedKey<int>> late)
    {
        this.ordered = ordered;
        this.late = late;
    }

    /// <summary>Gets the empty index.</summary>
    public static DatedIndex Empty { get; } = new(AppendVector<DatedKey<int>>.Empty, ImmutableSortedSet<DatedKey<int>>.Empty);

    /// <summary>Gets the number of keys.</summary>
    public int Count => ordered.Count + late.Count;

    /// <summary>Returns the index with <paramref name="key"/> added.</summary>
    public DatedIndex Add(DatedKey<int> key) =>
        InOrder(ordered, key)
            ? new(ordered.Add(key), late)
            : new(ordered, late.Add(key));

    /// <summary>Builds the index of <paramref name="keys"/> in one pass, as adding them one by one would, with a builder for
    /// the keys that come late (a bulk evolution: <see cref="CaseIndexer.Completed"/>).</summary>
    public static DatedIndex Build(IEnumerable<DatedKey<int>> keys)
    {
        var ordered = AppendVector<DatedKey<int>>.Empty;
        var late = ImmutableSortedSet.CreateBuilder<DatedKey<int>>();
        foreach (var key in keys)
        {
            if (InOrder(ordered, key))
            {
                ordered = ordered.Add(key);
            }
            else
            {
                late.Add(key);
            }
        }

        return new(ordered, late.ToImmutable());
    }

    // A key not less than the last appended one is appended; any other came late.
    private static bool InOrder(AppendVector<DatedKey<int>> ordered, DatedKey<int> key) => ordered.Count == 0 || key.CompareTo(ordered.Last) >= 0;

    /// <summary>Reads the keys in order from the first not less than <paramref name="lower"/>.</summary>
    public IEnumerable<DatedKey<int>> From(DatedKey<int> lower)
    {
        var i = ordered.FirstWhere(lower, static (lower, key) => key.CompareTo(lower) >= 0);
        using var others = late.From(lower).GetEnumerator();
        var more = others.MoveNext();
        while (i < ordered.Count || more)
        {
            if (more && (i == ordered.Count || others.Current.CompareTo(ordered[i]) < 0))
            {
                yield return others.Current;
                more = others.MoveNext();
            }
            else
            {
                yield return ordered[i++];
            }
        }
    }
}
