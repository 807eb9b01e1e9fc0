using System.Collections;
using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// An immutable array with value equality: two arrays are equal when they hold equal items in the same order.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>
/// <para>Records compare an <see cref="ImmutableArray{T}"/> member by reference; this wrapper lets the model's records compare
/// their collections by content instead.</para>
/// <para><c>default</c> is the empty array; no <c>default</c> <see cref="ImmutableArray{T}"/> ever escapes.</para>
/// <para>Immutable and freely shareable between threads.</para>
/// </remarks>
[System.Runtime.CompilerServices.CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Creates an array over <paramref name="items"/>; a <c>default</c> array becomes empty.</summary>
    /// <param name="items">The items.</param>
    public EquatableArray(ImmutableArray<T> items) => this.items = items.IsDefault ? [] : items;

    /// <summary>Gets the empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>Gets the items as an <see cref="ImmutableArray{T}"/> (never <c>default</c>).</summary>
    public ImmutableArray<T> Items => items.IsDefault ? [] : items;

    /// <summary>Gets the number of items.</summary>
    public int Count => Items.Length;

    /// <summary>Gets whether the array holds no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    public T this[int index] => Items[index];

    /// <summary>Wraps an <see cref="ImmutableArray{T}"/>.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Wraps an <see cref="ImmutableArray{T}"/>; the named twin of the implicit conversion.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The wrapped array.</returns>
    public static EquatableArray<T> FromImmutableArray(ImmutableArray<T> items) => new(items);

    /// <summary>Compares two arrays item by item.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays item by item.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Gets whether any item equals <paramref name="item"/>.</summary>
    /// <param name="item">The item to look for.</param>
    /// <returns><see langword="true"/> when the array holds the item.</returns>
    public bool Contains(T item) => Items.Contains(item);

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the items separated by commas.</summary>
    /// <returns>The items as text.</returns>
    public override string ToString() => string.Join(", ", Items);

    /// <summary>Gets an enumerator over the items.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();
}

/// <summary>Creates <see cref="EquatableArray{T}"/> values.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array from the given items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(params ReadOnlySpan<T> items) => new([.. items]);

    /// <summary>Creates an array from a sequence.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new([.. items]);
}
