using System.Collections;

namespace Negotiation.Model;

/// <summary>
/// A persistent list that grows at its end: what the engine appends one entry to per fact (the time axes' steps), where a
/// balanced tree would allocate a new path of nodes for every entry and keep every replaced node alive in the history's
/// checkpoints.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>
/// <para>Full blocks of 32 items sit in a trie of 32-way nodes (read in O(log₃₂ n)); the last, partial block (the tail) is
/// an array shared by every version that ends in it. Appending to the newest version writes the tail's next free slot in
/// place and allocates only the new version object; appending to an older version (a fork: "as of" a past date, then
/// recording) finds that slot taken and copies the tail, at most 31 items, never the whole list. Every 32 appends a full
/// tail moves into the trie, copying one path of nodes.</para>
/// <para>Immutable to its users and safe to share between threads: a slot is claimed with an atomic compare-and-swap
/// before it is written, and a version never reads past its own count.</para>
/// </remarks>
internal sealed class AppendVector<T> : IReadOnlyList<T>
{
    private const int Bits = 5;
    private const int Width = 1 << Bits;
    private const int Mask = Width - 1;

    // Full blocks: a T[] when there is one (shift 0), else object[] nodes whose leaves are T[].
    private readonly object? root;
    private readonly int shift;
    private readonly int rootCount;
    private readonly Tail tail;

    private AppendVector(object? root, int shift, int rootCount, Tail tail, int count)
    {
        this.root = root;
        this.shift = shift;
        this.rootCount = rootCount;
        this.tail = tail;
        Count = count;
    }

    /// <summary>Gets the empty list.</summary>
    public static AppendVector<T> Empty { get; } = new(null, 0, 0, new Tail(), 0);

    /// <summary>Gets the number of items.</summary>
    public int Count { get; }

    /// <summary>Gets the last item; the list must not be empty.</summary>
    public T Last => this[Count - 1];

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    public T this[int index]
    {
        get
        {
            if (index < 0 || index >= Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {Count} items.");
            }

            if (index >= rootCount)
            {
                return tail.Items[index - rootCount];
            }

            var node = root!;
            for (var level = shift; level > 0; level -= Bits)
            {
                node = ((object[])node)[(index >> level) & Mask];
            }

            return ((T[])node)[index & Mask];
        }
    }

    /// <summary>Returns the list with <paramref name="item"/> appended; this list is unchanged.</summary>
    public AppendVector<T> Add(T item)
    {
        var used = Count - rootCount;
        if (used < Width)
        {
            // The newest version owns the tail's next slot; an older one (a fork) finds it taken and copies the tail.
            if (Interlocked.CompareExchange(ref tail.Used, used + 1, used) == used)
            {
                tail.Items[used] = item;
                return new(root, shift, rootCount, tail, Count + 1);
            }

            var copy = new Tail { Used = used + 1 };
            Array.Copy(tail.Items, copy.Items, used);
            copy.Items[used] = item;
            return new(root, shift, rootCount, copy, Count + 1);
        }

        // The tail is full, so no version writes it again: it becomes a leaf of the trie.
        var next = new Tail { Used = 1 };
        next.Items[0] = item;
        var leaf = tail.Items;
        if (root is null)
        {
            return new(leaf, 0, Width, next, Count + 1);
        }

        if (rootCount == Width << shift)
        {
            // The trie is full at this depth: grow it by one level.
            var grown = new object[Width];
            grown[0] = root;
            grown[1] = Path(shift, leaf);
            return new(grown, shift + Bits, rootCount + Width, next, Count + 1);
        }

        return new(Push((object[])root, shift, rootCount, leaf), shift, rootCount + Width, next, Count + 1);
    }

    /// <summary>Gets the index of the first item for which <paramref name="above"/> is true, or <see cref="Count"/>,
    /// for a predicate that is false for a prefix of the list and true after it.</summary>
    public int FirstWhere<TState>(TState state, Func<TState, T, bool> above)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (above(state, this[middle]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static object Path(int level, T[] leaf)
    {
        object node = leaf;
        for (var l = 0; l < level; l += Bits)
        {
            var parent = new object[Width];
            parent[0] = node;
            node = parent;
        }

        return node;
    }

    private static object[] Push(object[] node, int level, int index, T[] leaf)
    {
        var copy = (object[])node.Clone();
        var slot = (index >> level) & Mask;
        copy[slot] = level == Bits ? leaf
            : copy[slot] is object[] child ? Push(child, level - Bits, index, leaf)
            : Path(level - Bits, leaf);
        return copy;
    }

    private sealed class Tail
    {
#pragma warning disable SA1401 // A field, so that its slots can be claimed with Interlocked.
        public int Used;
#pragma warning restore SA1401

        public T[] Items { get; } = new T[Width];
    }
}
