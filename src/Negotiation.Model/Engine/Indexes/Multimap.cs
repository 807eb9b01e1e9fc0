using System.Collections.Immutable;
using NodaTime;

namespace Negotiation.Model;

/// <summary>A key ordered by a day first, then by an id: the entries of the date indexes.</summary>
/// <typeparam name="T">The id type.</typeparam>
/// <param name="Date">The day the entry sorts by.</param>
/// <param name="Id">The id, which breaks ties and makes keys unique.</param>
internal readonly record struct DatedKey<T>(LocalDate Date, T Id) : IComparable<DatedKey<T>>
    where T : IComparable<T>
{
    public int CompareTo(DatedKey<T> other)
    {
        var byDate = Date.CompareTo(other.Date);
        return byDate != 0 ? byDate : Id.CompareTo(other.Id);
    }
}

/// <summary>The one multimap helper of the indexes: adding to, reading and removing from persistent multi-maps (key to
/// sorted set), and range reads over sorted sets.</summary>
/// <remarks>Removal returns the map unchanged (the same reference) when nothing changes, and drops a set that becomes
/// empty rather than keeping it.</remarks>
internal static class Multimap
{
    public static ImmutableDictionary<TKey, ImmutableSortedSet<TValue>> Add<TKey, TValue>(
        this ImmutableDictionary<TKey, ImmutableSortedSet<TValue>> index, TKey key, TValue value)
        where TKey : notnull =>
        index.SetItem(key, (index.TryGetValue(key, out var values) ? values : []).Add(value));

    public static ImmutableSortedSet<TValue> Get<TKey, TValue>(this ImmutableDictionary<TKey, ImmutableSortedSet<TValue>> index, TKey key)
        where TKey : notnull =>
        index.TryGetValue(key, out var values) ? values : [];

    public static ImmutableDictionary<TKey, ImmutableSortedSet<TValue>> Remove<TKey, TValue>(
        this ImmutableDictionary<TKey, ImmutableSortedSet<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var set))
        {
            return map;
        }

        var removed = set.Remove(value);
        return ReferenceEquals(removed, set) ? map : removed.IsEmpty ? map.Remove(key) : map.SetItem(key, removed);
    }

    /// <summary>Reads the set in order from the first item not less than <paramref name="lower"/>.</summary>
    /// <remarks>The immutable sorted set has no range view; a binary search for the start and reads by position cost
    /// O(log n) each, so a range read costs O((answer + 1) log n).</remarks>
    public static IEnumerable<T> From<T>(this ImmutableSortedSet<T> set, T lower)
    {
        var i = set.IndexOf(lower);
        for (i = i < 0 ? ~i : i; i < set.Count; i++)
        {
            yield return set[i];
        }
    }
}

/// <summary>A multimap under construction, for building an index in one pass: each key's set is a builder until
/// <see cref="ToImmutable"/> freezes them all at once.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class MultimapBuilder<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, ImmutableSortedSet<TValue>.Builder> sets = [];

    public void Add(TKey key, TValue value)
    {
        if (!sets.TryGetValue(key, out var set))
        {
            set = ImmutableSortedSet.CreateBuilder<TValue>();
            sets.Add(key, set);
        }

        set.Add(value);
    }

    public ImmutableDictionary<TKey, ImmutableSortedSet<TValue>> ToImmutable()
    {
        var map = ImmutableDictionary.CreateBuilder<TKey, ImmutableSortedSet<TValue>>();
        foreach (var (key, set) in sets)
        {
            map.Add(key, set.ToImmutable());
        }

        return map.ToImmutable();
    }
}
