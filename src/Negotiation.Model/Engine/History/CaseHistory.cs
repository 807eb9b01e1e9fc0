using System.Collections.Immutable;
using NodaTime;

namespace Negotiation.Model;

/// <summary>
/// What a case keeps so that <see cref="NegotiationCase.AsOf(LocalDate)"/> and <see cref="NegotiationCase.KnownOn(Instant)"/>
/// need not replay its log: a checkpoint of the whole data every <see cref="BlockSize"/> facts, and the order of the log
/// in valid time and in record time (<see cref="TimeAxis{T}"/>).
/// </summary>
/// <remarks>
/// <para>"As of t" is, by definition, the replay of the facts whose time is at most t, in log order, leaving out those the
/// replay refuses. The axis gives the longest prefix of the log inside t (version k) and the late facts after it that
/// are inside t. The answer starts from the checkpoint at or below k, evolves the at most <see cref="BlockSize"/> − 1
/// facts up to k without checking them (<see cref="CaseEngine.Step"/>: they passed their check from the very same data before) and then records the
/// late facts (which may be refused).
/// Cost: O(<see cref="BlockSize"/> + late facts) changes instead of O(log length).</para>
/// <para>A checkpoint shares every unchanged node with the versions around it, so it costs the nodes the next block of
/// facts replaces, not a copy. The checkpoint stored for version v does not list itself (it cannot contain itself); it
/// is added back when the checkpoint is restored, which rebuilds exactly the data the case had at v.</para>
/// <para><b>Deferred checkpoints.</b> Data made in bulk (<see cref="CaseEngine.RecordAll"/>, and with it a case file's
/// load and a store's; <see cref="CaseEngine.EvolveAll"/>, the per-party view) takes no checkpoint while it is made: the
/// blocks it closes are left to a <see cref="CheckpointSource"/>, which builds them by replaying the log without checks
/// the first time one is read (an "as of", an "as known on", <c>ChangesSince</c>, the whole-case check of a round held
/// before a later fact broke its preconditions), and only as far as the block read. Blocks closed by facts recorded one
/// by one afterwards are kept at once, as always. The trade, measured on the benchmarks' L (benchmarks/README.md):
/// keeping every sixteenth version alive while building is about a quarter of <c>RecordAll</c>'s time and more than half
/// of the memory the case holds; a case that is loaded, asked about its present and saved never needs them, and the
/// first question about its past pays once for a replay without checks.</para>
/// </remarks>
internal sealed record CaseHistory
{
    /// <summary>The number of facts between checkpoints: bounds the changes an "as of" replays.</summary>
    /// <remarks>A trade between time and memory, measured on the benchmarks' case of 100,000 facts (benchmarks/README.md):
    /// every 16 facts, "as of" re-records at most 15 facts (about 4 µs each) and the case holds about 18 % more than with
    /// checkpoints every 64 facts, which would re-record up to 63. Answering any past date in well under a millisecond
    /// is what the query API promises, so time wins.</remarks>
    public const int BlockSize = 16;

    public static CaseHistory Empty { get; } = new();

    /// <summary>Gets, for each block closed so far (entry j closes block j + 1), its checkpoint when it was kept as it
    /// was taken, or the <see cref="CheckpointSource"/> that builds it when it was left to one. One entry per block, so
    /// a lookup never walks a chain of bulks, however many there were.</summary>
    private AppendVector<object> Blocks { get; init; } = AppendVector<object>.Empty;

    /// <summary>Gets the checkpoints, every one built: entry j is the data after (j + 1) × <see cref="BlockSize"/> facts.
    /// Reading them builds the deferred ones; setting them drops any deferral.</summary>
    public ImmutableList<CaseData> Checkpoints
    {
        get => [.. Enumerable.Range(1, Count).Select(block => Block(block, null))];
        init
        {
            Blocks = value.Aggregate(AppendVector<object>.Empty, (blocks, checkpoint) => blocks.Add(checkpoint));
            Source = null;
        }
    }

    /// <summary>Gets the number of checkpoints, built or not.</summary>
    public int Count => Blocks.Count;

    /// <summary>Gets, inside a bulk <see cref="CaseEngine.RecordAll"/>, the source the blocks it closes are left to
    /// (<see cref="Deferred(CaseData)"/>); <see langword="null"/> when a block closed now is kept at once.</summary>
    private CheckpointSource? Source { get; init; }

    /// <summary>Gets whether some checkpoint is still to be built.</summary>
    public bool IsDeferred => Enumerable.Range(1, Count).Any(block => Blocks[block - 1] is CheckpointSource source && !source.Built(block));

    /// <summary>Gets the log along valid time: the last day each fact may have happened on.</summary>
    public TimeAxis<LocalDate> Occurred { get; init; } = TimeAxis<LocalDate>.Empty;

    /// <summary>Gets the log along record time.</summary>
    public TimeAxis<Instant> Recorded { get; init; } = TimeAxis<Instant>.Empty;

    /// <summary>Gets the checkpoint that closes block <paramref name="block"/> (1 for the data after the first
    /// <see cref="BlockSize"/> facts) of a case whose log is <paramref name="log"/>, building it if it was left to a
    /// source.</summary>
    public CaseData Block(int block, AppendVector<Fact>? log) => Blocks[block - 1] switch
    {
        CaseData kept => kept,
        var entry => ((CheckpointSource)entry).Block(block, log),
    };

    /// <summary>Gets what identifies checkpoint <paramref name="block"/> without building it: two histories whose owners
    /// of a block are the same object hold the same checkpoint there, so their logs agree up to it.</summary>
    public object OwnerOf(int block) => Blocks[block - 1] switch
    {
        CheckpointSource source => source.OwnerOf(block),
        var kept => kept,
    };

    /// <summary>Gets <paramref name="data"/> about to be extended in bulk: the blocks the bulk closes are left to a source
    /// that replays the log from <paramref name="data"/>, until <see cref="Settled"/>.</summary>
    public static CaseData Deferred(CaseData data) => data with { History = data.History with { Source = new CheckpointSource(data) } };

    /// <summary>Gets the history of data evolved in bulk from <paramref name="start"/> (an empty case) to the log
    /// <paramref name="log"/>, with the time axes of <paramref name="axes"/>: every checkpoint left to a source that
    /// replays from <paramref name="start"/>.</summary>
    public static CaseHistory Deferred(CaseData start, CaseHistory axes, AppendVector<Fact> log)
    {
        var source = new CheckpointSource(start);
        source.Follow(log);
        var blocks = AppendVector<object>.Empty;
        for (var block = 1; block <= log.Count / BlockSize; block++)
        {
            blocks = blocks.Add(source);
        }

        return axes with { Blocks = blocks, Source = null };
    }

    /// <summary>Gets <paramref name="data"/>, made in bulk since <see cref="Deferred(CaseData)"/>, with its history keeping
    /// checkpoints at once again as facts are recorded one by one; the bulk's source replays, when first read, along
    /// <paramref name="data"/>'s log.</summary>
    public static CaseData Settled(CaseData data)
    {
        if (data.History.Source is not { } source)
        {
            return data;
        }

        source.Follow(data.Log);
        return data with { History = data.History with { Source = null } };
    }

    /// <summary>Extends the history with the fact just appended to <paramref name="data"/>'s log.</summary>
    public static CaseData Update(CaseData data, Fact fact) =>
        Checkpointed(data with { History = Advance(data.History, data.Log.Count, fact) });

    /// <summary>Gets <paramref name="history"/> with version <paramref name="version"/> (whose last fact is
    /// <paramref name="fact"/>) on both time axes: the part of <see cref="Update"/> that does not need the data, so that
    /// the engine sets it in the same copy of the data as the log and the indexes.</summary>
    public static CaseHistory Advance(CaseHistory history, int version, Fact fact) => history with
    {
        Occurred = history.Occurred.Add(version, fact.Occurred.Window.End, BlockSize),
        Recorded = history.Recorded.Add(version, fact.Recorded, BlockSize),
    };

    /// <summary>Gets <paramref name="data"/>, whose history has been advanced to its version, with a checkpoint when the
    /// version closes a block (left to the source while deferring).</summary>
    public static CaseData Checkpointed(CaseData data)
    {
        if (data.Log.Count % BlockSize != 0)
        {
            return data;
        }

        var history = data.History;
        return history.Source is { } source
            ? data with { History = history with { Blocks = history.Blocks.Add(source) } }
            : WithCheckpoint(data);
    }

    /// <summary>The facts that had certainly happened by the end of <paramref name="date"/>, as a case.</summary>
    public static NegotiationCase AsOf(NegotiationCase negotiation, LocalDate date) =>
        Travel(negotiation, negotiation.Data.History.Occurred, date);

    /// <summary>The facts recorded by <paramref name="when"/>, as a case.</summary>
    public static NegotiationCase KnownOn(NegotiationCase negotiation, Instant when) =>
        Travel(negotiation, negotiation.Data.History.Recorded, when);

    /// <summary>Gets the data the case had after its first <paramref name="version"/> facts: the checkpoint at or below it,
    /// and the facts after the checkpoint evolved without a check (they passed theirs from the very same data).</summary>
    public static CaseData Restore(CaseData data, int version)
    {
        var block = version / BlockSize;
        var restored = block == 0 ? CaseData.Empty with { LogChecked = data.LogChecked } : WithCheckpoint(data.History.Block(block, data.Log));
        for (var v = block * BlockSize; v < version; v++)
        {
            restored = CaseEngine.Replay(restored, data.Log[v]);
        }

        return restored;
    }

    /// <summary>Gets what each fact after the first <paramref name="version"/> changed, in log order.</summary>
    public static IEnumerable<CaseChange> ChangesAfter(CaseData data, int version)
    {
        var current = Restore(data, version);
        for (var v = version; v < data.Log.Count; v++)
        {
            var step = CaseEngine.Step(current, data.Log[v]);
            yield return step.Change;
            current = CaseHistory.Update(step.Data, data.Log[v]);
        }
    }

    private static CaseData WithCheckpoint(CaseData data) =>
        data with { History = data.History with { Blocks = data.History.Blocks.Add(data) } };

    private static NegotiationCase Travel<T>(NegotiationCase negotiation, TimeAxis<T> axis, T bound)
        where T : struct, IComparable<T>
    {
        var data = negotiation.Data;
        var count = data.Log.Count;
        var prefix = axis.PrefixLength(bound, count);
        if (prefix == count)
        {
            return negotiation;
        }

        var block = prefix / BlockSize;
        var result = negotiation.With(Restore(data, prefix));

        foreach (var late in axis.LateFor(block))
        {
            if (late.Version > prefix && late.Value.CompareTo(bound) <= 0 && result.Record(data.Log[late.Version - 1]).TryGetCase(out var next))
            {
                result = next!;
            }
        }

        return result;
    }
}

/// <summary>
/// Builds the checkpoints of data made in bulk (<see cref="CaseHistory.Deferred(CaseData)"/>) when one is first read, by replaying
/// the log without checks (<see cref="CaseEngine.Replay"/>) from the data the bulk started from, as far as the block
/// asked for and no further; later reads go on from there. Thread-safe: the replay runs under a lock, once.
/// </summary>
/// <remarks>
/// Every history that reads a block from a source has a log that agrees with the log of the data the bulk made up to
/// that block (a log only grows; a history names a source only for the blocks the bulk closed), so replaying along the
/// log of whichever reads first builds the same checkpoints for all of them.
/// </remarks>
internal sealed class CheckpointSource
{
    private readonly object gate = new();
    private AppendVector<Fact>? log;
    private CaseData replayed;

    /// <summary>Starts a source at <paramref name="start"/>, the data before the bulk; it builds only the blocks closed
    /// after it.</summary>
    public CheckpointSource(CaseData start) => replayed = start;

    /// <summary>Gives the source a log to replay: the log of the data the bulk made, given when the bulk ends, or the
    /// log of the data asking while it runs. The longest given is kept; they agree on every fact the source replays.</summary>
    public void Follow(AppendVector<Fact> made)
    {
        lock (gate)
        {
            if (log is null || made.Count > log.Count)
            {
                log = made;
            }
        }
    }

    /// <summary>Whether checkpoint <paramref name="block"/> is built.</summary>
    public bool Built(int block)
    {
        lock (gate)
        {
            return replayed.Log.Count >= block * CaseHistory.BlockSize;
        }
    }

    /// <summary>Gets checkpoint <paramref name="block"/>, building it if need be, replaying along
    /// <paramref name="given"/> (the asking data's log) or, when <see langword="null"/>, the longest log given so far.</summary>
    public CaseData Block(int block, AppendVector<Fact>? given)
    {
        lock (gate)
        {
            if (given is not null)
            {
                Follow(given);
            }

            var version = block * CaseHistory.BlockSize;
            var facts = log ?? throw new InvalidOperationException("A deferred checkpoint was read before its source was given the log it replays.");
            while (replayed.Log.Count < version)
            {
                replayed = CaseEngine.Replay(replayed, facts[replayed.Log.Count]);
            }

            return replayed.History.Block(block, replayed.Log);
        }
    }

    /// <summary>Gets what identifies checkpoint <paramref name="block"/> without building it: the checkpoint once built
    /// (so a case restored from it shares it), this source until then.</summary>
    public object OwnerOf(int block)
    {
        lock (gate)
        {
            return replayed.Log.Count >= block * CaseHistory.BlockSize ? replayed.History.OwnerOf(block) : this;
        }
    }
}
