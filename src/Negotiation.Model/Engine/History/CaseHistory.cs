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

    // Built checkpoints, or null while they are deferred (see Deferred).
    private readonly ImmutableList<CaseData>? checkpoints = [];

    // How to build the checkpoints of a history made without them; null once built or set.
    private readonly Lazy<ImmutableList<CaseData>>? deferred;

    /// <summary>Gets the checkpoints: entry j is the data after (j + 1) × <see cref="BlockSize"/> facts. A deferred
    /// history (<see cref="Deferred"/>) builds them on first read, once, thread-safely.</summary>
    public ImmutableList<CaseData> Checkpoints
    {
        get => checkpoints ?? deferred!.Value;
        init
        {
            checkpoints = value;
            deferred = null;
        }
    }

    /// <summary>Gets whether the checkpoints are still to be built (<see cref="Deferred"/>).</summary>
    public bool IsDeferred => checkpoints is null && deferred is { IsValueCreated: false };

    private Lazy<ImmutableList<CaseData>>? Pending
    {
        init
        {
            deferred = value;
            checkpoints = null;
        }
    }

    /// <summary>Gets the log along valid time: the last day each fact may have happened on.</summary>
    public TimeAxis<LocalDate> Occurred { get; init; } = TimeAxis<LocalDate>.Empty;

    /// <summary>Gets the log along record time.</summary>
    public TimeAxis<Instant> Recorded { get; init; } = TimeAxis<Instant>.Empty;

    /// <summary>Gets a history with the time axes of <paramref name="history"/> and checkpoints built only when first
    /// read, by evolving <paramref name="log"/> again from <paramref name="start"/>, an empty case (with
    /// <see cref="CaseEngine.Replay"/>, so every checkpoint is the data of its version, with its own history).</summary>
    /// <remarks>For data evolved in bulk without checkpoints (<see cref="CaseEngine.EvolveAll"/>): a case whose present is
    /// asked about far more often than its past (the per-party view) need not keep a copy of every sixteenth version.
    /// Its first "as of", "as known on", version comparison or recorded fact pays for the checkpoints once; the time
    /// axes, which are cheap, are kept from the start.</remarks>
    public static CaseHistory Deferred(CaseHistory history, AppendVector<Fact> log, CaseData start) => history with
    {
        Pending = new Lazy<ImmutableList<CaseData>>(
            () => log.Aggregate(start, CaseEngine.Replay).History.Checkpoints,
            LazyThreadSafetyMode.ExecutionAndPublication),
    };

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
    /// version closes a block.</summary>
    public static CaseData Checkpointed(CaseData data) => data.Log.Count % BlockSize == 0 ? WithCheckpoint(data) : data;

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
        var restored = block == 0 ? CaseData.Empty with { LogChecked = data.LogChecked } : WithCheckpoint(data.History.Checkpoints[block - 1]);
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
        data with { History = data.History with { Checkpoints = data.History.Checkpoints.Add(data) } };

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
