using System.Collections.Concurrent;
using System.Diagnostics;
using NodaTime;

namespace Negotiation.Model.Benchmarks.Generation;

/// <summary>
/// Builds realistic negotiations through the public API, deterministically (fixed seed), at the named sizes of issue 6.
/// </summary>
/// <remarks>
/// <para>S is the seed article (<see cref="SeedCase"/>). M and L are simulated day by day over two and four years:
/// parties, people and topics as the world stands on the first day; then documents presented, revised and leaked; demands
/// tabled in their articles or in statements, withdrawn or hardened; rounds planned in chains where each waits for the one
/// before it, held in their planned window in the venue's time zone and concluded; statements that accept, reject or
/// discuss demands; deadlines, developments, membership changes and new office holders. Facts are recorded in time order,
/// as a newsroom would, except for a few percent of statements reported days late.</para>
/// <para>Every fact goes through <see cref="NegotiationCase.Record(Fact)"/> and must succeed: a refused fact is a
/// generator bug and throws. Cases are cached per size and process, so several benchmarks in one process share one.</para>
/// </remarks>
public static class CaseGenerator
{
    /// <summary>The seed of every random choice.</summary>
    public const int Seed = 20211222;

    private static readonly ConcurrentDictionary<CaseSize, Lazy<GeneratedCase>> Cache = new();

    /// <summary>Gets the case of the given size, generating it once per process.</summary>
    /// <param name="size">The size.</param>
    /// <returns>The generated case.</returns>
    public static GeneratedCase Get(CaseSize size) => Cache.GetOrAdd(size, s => new Lazy<GeneratedCase>(() => Generate(s))).Value;

    /// <summary>Generates a fresh case of the given size.</summary>
    /// <param name="size">The size.</param>
    /// <returns>The generated case.</returns>
    public static GeneratedCase Generate(CaseSize size)
    {
        var clock = Stopwatch.StartNew();
        var (negotiation, warnings, probes) = size switch
        {
            CaseSize.S => SeedCase.Build(),
            CaseSize.M => new Simulation(CaseProfile.M, Seed).Run(),
            CaseSize.L => new Simulation(CaseProfile.L, Seed).Run(),
            _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Use S, M or L."),
        };
        return new GeneratedCase(size, negotiation, warnings, clock.Elapsed, probes);
    }

    /// <summary>Gets the number of facts in the case of the given size, without generating M or L.</summary>
    /// <param name="size">The size.</param>
    /// <returns>The number of logged facts.</returns>
    public static int FactCount(CaseSize size) => size switch
    {
        CaseSize.S => Get(CaseSize.S).Case.Version,
        CaseSize.M => CaseProfile.M.Facts,
        _ => CaseProfile.L.Facts,
    };

    /// <summary>Records <paramref name="fact"/> and throws if the case refuses it: the generator must produce only valid facts.</summary>
    internal static NegotiationCase RecordOrThrow(NegotiationCase negotiation, Fact fact, ref int warnings)
    {
        var result = negotiation.Record(fact);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The generator produced a fact the case refuses ({fact.Describe()}):{Environment.NewLine}{result}");
        }

        warnings += result.Failures.Length;
        return result.Case;
    }

    /// <summary>Finds the probes every size shares: the typical addressee, the busiest party's busiest month, the middle of the log.</summary>
    internal static (PartyId Addressee, PartyId RoundParty, YearMonth Month, LocalDate MidDate, Instant MidInstant) CommonProbes(NegotiationCase negotiation)
    {
        var perAddressee = negotiation.Demands.Values
            .SelectMany(d => d.Addressees)
            .GroupBy(p => p)
            .Select(g => (Party: g.Key, Count: g.Count()))
            .OrderBy(x => x.Party)
            .ToList();
        var mean = perAddressee.Average(x => x.Count);
        var addressee = perAddressee.MinBy(x => Math.Abs(x.Count - mean)).Party;

        var roundsPerParty = negotiation.Rounds.Values
            .SelectMany(r => r.Participants.Select(p => (Party: p, Round: r)))
            .GroupBy(x => x.Party)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .First();
        var month = roundsPerParty
            .GroupBy(x => new YearMonth(x.Round.Start.EarliestDate.Year, x.Round.Start.EarliestDate.Month))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .First().Key;

        var middle = negotiation.Log[negotiation.Log.Count / 2];
        return (addressee, roundsPerParty.Key, month, middle.Occurred.EarliestDate, middle.Recorded);
    }
}
