using System.Collections;
using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// A set of demands narrowed step by step (by addressee, author, topic, kind, status, open), read from the case's
/// indexes when first enumerated.
/// </summary>
/// <remarks>
/// <para>Each narrowing method returns a new selection; the order of the calls does not matter, and every call adds a
/// condition all demands must meet. Status and openness are per addressee: they are judged for the addressees named with
/// <see cref="AddressedTo(PartyId)"/>, or for any addressee when none is named.</para>
/// <para>When enumerated, the selection starts from the smallest index bucket its conditions allow (the demands open
/// for one addressee, the demands of one author, of one topic...) and checks the other conditions on those, so it costs
/// time in proportion to that bucket, not to the case. Demands come out ordered by id. The result is computed once and
/// kept; a selection is immutable and thread-safe, and reference equality applies.</para>
/// </remarks>
/// <example>
/// <code>
/// var open = negotiation.OpenDemands().AddressedTo(new PartyId("nato"));
/// var rejected = negotiation.SelectDemands().AddressedTo(new PartyId("united-states")).WithStatus(DemandStatus.PartlyRejected);
/// foreach (var demand in open) Console.WriteLine(demand.Text);
/// </code>
/// </example>
public sealed class DemandSelection : IReadOnlyList<Demand>
{
    private readonly NegotiationCase negotiation;
    private readonly Conditions conditions;
    private readonly Lazy<IReadOnlyList<DemandId>> ids;

    private DemandSelection(NegotiationCase negotiation, Conditions conditions)
    {
        this.negotiation = negotiation;
        this.conditions = conditions;
        ids = new Lazy<IReadOnlyList<DemandId>>(Evaluate);
    }

    /// <summary>Gets the number of demands selected.</summary>
    public int Count => ids.Value.Count;

    /// <summary>Gets the ids of the demands selected, ordered by id. When one index bucket answers the selection exactly
    /// (open demands of one addressee, demands of one author...), this is that bucket itself, not a copy.</summary>
    public IReadOnlyList<DemandId> Ids => ids.Value;

    /// <summary>Gets a selected demand by position.</summary>
    /// <param name="index">The position, from 0.</param>
    /// <returns>The demand.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public Demand this[int index] => negotiation.Demands[ids.Value[index]];

    /// <summary>Keeps the demands addressed to <paramref name="addressee"/> (and to every other addressee named before).</summary>
    /// <param name="addressee">The party.</param>
    /// <returns>The narrower selection.</returns>
    public DemandSelection AddressedTo(PartyId addressee) =>
        new(negotiation, conditions with { Addressees = conditions.Addressees.Add(Guard.Id(addressee, addressee.IsValid, nameof(addressee))) });

    /// <summary>Keeps the demands made by <paramref name="author"/>.</summary>
    /// <param name="author">The party.</param>
    /// <returns>The narrower selection.</returns>
    public DemandSelection By(PartyId author) =>
        new(negotiation, conditions with { Authors = conditions.Authors.Add(Guard.Id(author, author.IsValid, nameof(author))) });

    /// <summary>Keeps the demands about <paramref name="topic"/>.</summary>
    /// <param name="topic">The topic.</param>
    /// <param name="includeNarrower">Whether a demand about a narrower topic ("NATO enlargement" within "European security")
    /// counts too; it does by default.</param>
    /// <returns>The narrower selection.</returns>
    public DemandSelection OnTopic(TopicId topic, bool includeNarrower = true) =>
        new(negotiation, conditions with { Topics = conditions.Topics.Add((Guard.Id(topic, topic.IsValid, nameof(topic)), includeNarrower)) });

    /// <summary>Keeps the demands of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The narrower selection.</returns>
    public DemandSelection OfKind(DemandKind kind) => new(negotiation, conditions with { Kinds = conditions.Kinds.Add(kind) });

    /// <summary>Keeps the demands in <paramref name="status"/> with an addressee (one named with
    /// <see cref="AddressedTo(PartyId)"/>, or any).</summary>
    /// <param name="status">The status.</param>
    /// <returns>The narrower selection.</returns>
    public DemandSelection WithStatus(DemandStatus status) => new(negotiation, conditions with { Statuses = conditions.Statuses.Add(status) });

    /// <summary>Keeps the demands still open with an addressee (one named with <see cref="AddressedTo(PartyId)"/>, or any):
    /// the author stands by them and that addressee has not accepted them (rejected demands stay open).</summary>
    /// <returns>The narrower selection.</returns>
    public DemandSelection Open() => new(negotiation, conditions with { OpenOnly = true });

    /// <summary>Gets an enumerator over the demands selected, ordered by id.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Demand> GetEnumerator() => ids.Value.Select(id => negotiation.Demands[id]).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Lists the ids selected.</summary>
    /// <returns>The ids, separated by commas, or "no demands".</returns>
    public override string ToString() => Count == 0 ? "no demands" : string.Join(", ", Ids);

    internal static DemandSelection All(NegotiationCase negotiation) => new(negotiation, Conditions.None);

    private IReadOnlyList<DemandId> Evaluate()
    {
        var data = negotiation.Data;
        var index = data.Indexes;
        if (conditions.Authors.Distinct().Skip(1).Any() || conditions.Kinds.Distinct().Skip(1).Any())
        {
            return [];
        }

        var (candidates, exact) = Candidates(data, index);
        if (exact)
        {
            return candidates;
        }

        var result = ImmutableArray.CreateBuilder<DemandId>();
        foreach (var id in candidates)
        {
            if (Matches(data, index, data.Demands[id]))
            {
                result.Add(id);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The smallest bucket the conditions allow, as ordered distinct ids, and whether it is exactly the answer
    /// (a single condition that one bucket answers), so the conditions need not be checked one by one.</summary>
    private (IReadOnlyList<DemandId> Ids, bool Exact) Candidates(CaseData data, CaseIndexes index)
    {
        var single = conditions.Addressees.Length + conditions.Authors.Length + conditions.Kinds.Length + conditions.Topics.Length + conditions.Statuses.Length <= 1;
        if (single && conditions.Statuses.IsEmpty && conditions.Topics.IsEmpty)
        {
            if (!conditions.Addressees.IsEmpty)
            {
                var demands = index.DemandsOf(conditions.Addressees[0]);
                return (conditions.OpenOnly ? demands.Open : demands.All, true);
            }

            if (conditions.OpenOnly)
            {
                return conditions.Authors.IsEmpty && conditions.Kinds.IsEmpty ? (index.OpenDemands, true) : (Smallest(data, index), false);
            }

            if (!conditions.Authors.IsEmpty)
            {
                return (index.DemandsByAuthor.Get(conditions.Authors[0]), true);
            }

            if (!conditions.Kinds.IsEmpty)
            {
                return (index.DemandsByKind.Get(conditions.Kinds[0]), true);
            }

            return ([.. data.Demands.Keys], true);
        }

        if (single && conditions.Statuses.Length == 1 && !conditions.OpenOnly)
        {
            return (index.DemandsByStatus.Get(conditions.Statuses[0]), true);
        }

        return (Smallest(data, index), false);
    }

    private IReadOnlyList<DemandId> Smallest(CaseData data, CaseIndexes index)
    {
        var best = (Size: data.Demands.Count, Read: (Func<IReadOnlyList<DemandId>>)(() => [.. data.Demands.Keys]));
        void Consider(int size, Func<IReadOnlyList<DemandId>> read)
        {
            if (size < best.Size)
            {
                best = (size, read);
            }
        }

        foreach (var addressee in conditions.Addressees)
        {
            var demands = index.DemandsOf(addressee);
            var bucket = conditions.OpenOnly ? demands.Open : demands.All;
            Consider(bucket.Count, () => bucket);
        }

        foreach (var author in conditions.Authors)
        {
            var bucket = index.DemandsByAuthor.Get(author);
            Consider(bucket.Count, () => bucket);
        }

        foreach (var kind in conditions.Kinds)
        {
            var bucket = index.DemandsByKind.Get(kind);
            Consider(bucket.Count, () => bucket);
        }

        foreach (var (topic, narrower) in conditions.Topics)
        {
            var buckets = (narrower ? TopicTree.Subtree(index, topic) : [topic]).Select(index.DemandsByTopic.Get).ToList();
            Consider(buckets.Sum(b => b.Count), () => [.. buckets.SelectMany(b => b).Distinct().Order()]);
        }

        foreach (var status in conditions.Statuses)
        {
            var bucket = index.DemandsByStatus.Get(status);
            Consider(bucket.Count, () => bucket);
        }

        if (conditions.OpenOnly)
        {
            Consider(index.OpenDemands.Count, () => index.OpenDemands);
        }

        return best.Read();
    }

    private bool Matches(CaseData data, CaseIndexes index, Demand demand)
    {
        foreach (var addressee in conditions.Addressees)
        {
            if (!demand.Addressees.Contains(addressee))
            {
                return false;
            }
        }

        if ((!conditions.Authors.IsEmpty && demand.Author != conditions.Authors[0]) || (!conditions.Kinds.IsEmpty && demand.Kind != conditions.Kinds[0]))
        {
            return false;
        }

        foreach (var (topic, narrower) in conditions.Topics)
        {
            if (!demand.Topics.Any(t => t == topic || (narrower && TopicHierarchy.Covers(data.Topics, topic, t))))
            {
                return false;
            }
        }

        if (conditions.Statuses.IsEmpty && !conditions.OpenOnly)
        {
            return true;
        }

        var statuses = index.StatusesOf(demand);
        bool Any(Func<DemandStatus, bool> test)
        {
            for (var i = 0; i < statuses.Length; i++)
            {
                if ((conditions.Addressees.IsEmpty || conditions.Addressees.Contains(demand.Addressees[i])) && test(statuses[i]))
                {
                    return true;
                }
            }

            return false;
        }

        return (!conditions.OpenOnly || Any(DemandStatusRules.IsOpen)) && conditions.Statuses.All(s => Any(x => x == s));
    }

    private sealed record Conditions(
        ImmutableArray<PartyId> Addressees,
        ImmutableArray<PartyId> Authors,
        ImmutableArray<(TopicId Topic, bool Narrower)> Topics,
        ImmutableArray<DemandKind> Kinds,
        ImmutableArray<DemandStatus> Statuses,
        bool OpenOnly)
    {
        public static Conditions None { get; } = new([], [], [], [], [], false);
    }
}
