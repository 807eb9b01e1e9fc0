using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// The order of a case's log along one time (when facts happened, or when they were recorded), kept so that "the facts
/// up to time t" is found without reading the log.
/// </summary>
/// <remarks>
/// <para>Version v is the case after its first v facts. The axis keeps the running maximum of the facts' times as the
/// versions at which it grows (<see cref="PrefixLength"/>): every fact of the longest prefix whose maximum is at most
/// t belongs to the answer, and no later fact does unless it is <em>late</em>: its time is below the maximum of the facts
/// before it.</para>
/// <para>A late fact v with time e can only join an answer whose prefix k satisfies q − 1 ≤ k &lt; v, where q is the first
/// version whose maximum exceeds e. It is filed under every checkpoint block those prefixes fall in, as an interval
/// in a persistent segment tree over blocks: O(log blocks) entries per late fact, and a query reads the O(log blocks)
/// nodes above its block. A log written in order has no late facts at all.</para>
/// <para>Immutable; updates share structure with the previous axis. The steps only ever grow at the end (each is a new
/// maximum), so they are an <see cref="AppendVector{T}"/>: one small object per step, where a sorted set allocated a
/// path of tree nodes (about 1 KB per fact when recording, most of it kept alive by the checkpoints).</para>
/// </remarks>
/// <typeparam name="T">The time: a day or an instant.</typeparam>
internal sealed class TimeAxis<T>
    where T : struct, IComparable<T>
{
    private readonly AppendVector<Step> steps;
    private readonly ImmutableDictionary<long, ImmutableList<Late>> late;
    private readonly int levels;

    private TimeAxis(AppendVector<Step> steps, ImmutableDictionary<long, ImmutableList<Late>> late, int levels)
    {
        this.steps = steps;
        this.late = late;
        this.levels = levels;
    }

    public static TimeAxis<T> Empty { get; } = new(AppendVector<Step>.Empty, ImmutableDictionary<long, ImmutableList<Late>>.Empty, 0);

    /// <summary>Adds version <paramref name="version"/>, whose fact has time <paramref name="value"/>.</summary>
    public TimeAxis<T> Add(int version, T value, int blockSize)
    {
        // Every fact comes here; the running maximum is the last step, read once.
        var order = steps.Count == 0 ? 1 : value.CompareTo(steps.Last.Max);
        if (order > 0)
        {
            return new(steps.Add(new Step(value, version)), late, levels);
        }

        if (order == 0)
        {
            return this;
        }

        // A late fact: file it under the blocks of every prefix it can extend (see the remarks).
        var first = steps[FirstStepAbove(value)].Version;
        var low = (first - 1) / blockSize;
        var high = ((version - 1) / blockSize) + 1;
        var entry = new Late(version, value);
        var map = late;
        var level = 0;
        for (; low < high; level++, low >>= 1, high >>= 1)
        {
            if ((low & 1) == 1)
            {
                map = Append(map, level, low++, entry);
            }

            if ((high & 1) == 1)
            {
                map = Append(map, level, --high, entry);
            }
        }

        return new(steps, map, Math.Max(levels, level));
    }

    /// <summary>Gets the number of leading versions whose facts all have a time at most <paramref name="bound"/>.</summary>
    public int PrefixLength(T bound, int count)
    {
        var i = FirstStepAbove(bound);
        return i < steps.Count ? steps[i].Version - 1 : count;
    }

    /// <summary>Gets the late facts that may extend a prefix in block <paramref name="block"/>, by version.</summary>
    public IEnumerable<Late> LateFor(int block)
    {
        var found = new List<Late>();
        for (var level = 0; level <= levels; level++)
        {
            if (late.TryGetValue(Key(level, block >> level), out var entries))
            {
                found.AddRange(entries);
            }
        }

        found.Sort((a, b) => a.Version.CompareTo(b.Version));
        return found;
    }

    private static ImmutableDictionary<long, ImmutableList<Late>> Append(ImmutableDictionary<long, ImmutableList<Late>> map, int level, int node, Late entry)
    {
        var key = Key(level, node);
        return map.SetItem(key, (map.TryGetValue(key, out var list) ? list : []).Add(entry));
    }

    private static long Key(int level, int node) => ((long)level << 40) | (uint)node;

    // The steps' maxima strictly increase, so the steps above a bound are a suffix.
    private int FirstStepAbove(T bound) => steps.FirstWhere(bound, static (bound, step) => step.Max.CompareTo(bound) > 0);

    /// <summary>The running maximum grows to <see cref="Max"/> at <see cref="Version"/>.</summary>
    internal readonly record struct Step(T Max, int Version);

    /// <summary>A fact whose time is below the running maximum before it.</summary>
    internal readonly record struct Late(int Version, T Value);
}
