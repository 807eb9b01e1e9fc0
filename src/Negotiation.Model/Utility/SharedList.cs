using System.Collections;
using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// A persistent list with value equality, behind an entity's public <see cref="EquatableArray{T}"/> member: a change
/// appends or replaces one item in O(log n), sharing the rest with the entity as it was, where an array would be copied
/// whole (an organisation's memberships, a document's revisions: issue 13, one more at 100,000).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>
/// <para>The array the public member shows (<see cref="Array"/>) is made from the list on first read and kept. Equality
/// is by the items in order; the hash is the count, so that hashing an entity stays O(1).</para>
/// <para>Immutable and freely shareable between threads: two threads reading <see cref="Array"/> first may each make the
/// array, and either is right.</para>
/// </remarks>
internal sealed class SharedList<T> : IEquatable<SharedList<T>>, IReadOnlyList<T>
{
    private EquatableArray<T>[]? shown;

    private SharedList(ImmutableList<T> items, EquatableArray<T>[]? shown)
    {
        Items = items;
        this.shown = shown;
    }

    public static SharedList<T> Empty { get; } = new([], [default]);

    public ImmutableList<T> Items { get; }

    public int Count => Items.Count;

    /// <summary>Gets the items as an array, made on first read.</summary>
    public EquatableArray<T> Array
    {
        get
        {
            var cached = shown;
            if (cached is null)
            {
                cached = [[.. Items]];
                shown = cached;
            }

            return cached[0];
        }
    }

    public T this[int index] => Items[index];

    public static SharedList<T> From(EquatableArray<T> items) => items.IsEmpty ? Empty : new(ImmutableList.CreateRange(items.Items), [items]);

    public SharedList<T> Add(T item) => new(Items.Add(item), null);

    public SharedList<T> SetItem(int index, T item) => new(Items.SetItem(index, item), null);

    public bool Equals(SharedList<T>? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Count == other.Count && (ReferenceEquals(Items, other.Items) || Items.SequenceEqual(other.Items)));

    public override bool Equals(object? obj) => Equals(obj as SharedList<T>);

    public override int GetHashCode() => Count;

    public ImmutableList<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();
}
