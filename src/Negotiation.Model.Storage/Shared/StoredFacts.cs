using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Negotiation.Model.Json;
using NodaTime;

namespace Negotiation.Model.Storage;

/// <summary>What every store does alike, compiled into each store package (linked source, so no store depends on
/// another package's internals): the argument checks of an append, the rules check before writing, and turning stored
/// rows back into a case with coded errors.</summary>
internal static class StoredFacts
{
    /// <summary>Checks an append's arguments and copies the facts once.</summary>
    public static ImmutableArray<Fact> Arguments(int expectedVersion, IEnumerable<Fact> facts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(facts);
        ImmutableArray<Fact> list = [.. facts];
        if (list.IsEmpty)
        {
            throw new ArgumentException("Give at least one fact to append.", nameof(facts));
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(facts), $"Fact {i} is null; every fact to append must be given.");
            }
        }

        return list;
    }

    /// <summary>Builds the case from its stored facts, in sequence order, through the engine's bulk path. With
    /// <paramref name="knownOn"/> the rows are those the database chose by record time (to the tick); the facts recorded
    /// after it within that tick are left out here, and any fact the shorter log refuses is left out, as
    /// <see cref="NegotiationCase.KnownOn(Instant)"/> defines.</summary>
    public static StoreResult Build(CaseId id, string title, IEnumerable<(long Sequence, ReadOnlyMemory<byte> Json)> rows, Instant? knownOn = null)
    {
        var facts = new List<Fact>();
        var sequences = new List<long>();
        foreach (var (sequence, json) in rows)
        {
            if (!CaseFile.TryLoadFact(json.Span, out var fact, out var error))
            {
                return StoreResult.Failure([StoreErrors.UnreadableFact(id, sequence, error.ToString())]);
            }

            if (knownOn is not { } when || fact.Recorded <= when)
            {
                facts.Add(fact);
                sequences.Add(sequence);
            }
        }

        var empty = NegotiationCase.Create(id, title);
        var recorded = empty.RecordAll(facts);
        if (recorded.Succeeded)
        {
            return StoreResult.Success(recorded.Case);
        }

        // RecordAll refuses the whole list; recording one by one finds the fact (this runs only when a load is refused).
        var current = empty;
        for (var i = 0; i < facts.Count; i++)
        {
            var step = current.Record(facts[i]);
            if (step.TryGetCase(out var next))
            {
                current = next;
            }
            else if (knownOn is null)
            {
                return StoreResult.Failure([StoreErrors.RefusedFact(id, sequences[i], step.Errors[0])]);
            }
        }

        return StoreResult.Success(current);
    }

    /// <summary>Decides an append before anything is written: the case read at the expected version must exist and be
    /// at that version, and its rules must accept the facts (<see cref="NegotiationCase.RecordAll(IEnumerable{Fact})"/>).</summary>
    /// <returns><see langword="true"/> with the change to write, or <see langword="false"/> with the result to return.</returns>
    public static bool TryDecide(CaseId id, int expectedVersion, StoreResult current, ImmutableArray<Fact> facts, [NotNullWhen(true)] out ChangeResult? change, [NotNullWhen(false)] out StoreResult? refusal)
    {
        change = null;
        refusal = null;
        if (!current.TryGetCase(out var negotiation))
        {
            refusal = current;
        }
        else if (negotiation.Version != expectedVersion)
        {
            refusal = StoreResult.Failure([StoreErrors.VersionConflict(id, expectedVersion, negotiation.Version)]);
        }
        else
        {
            change = negotiation.RecordAll(facts);
            if (!change.Succeeded)
            {
                refusal = StoreResult.Failure(change.Errors);
                change = null;
            }
        }

        return refusal is null;
    }
}
