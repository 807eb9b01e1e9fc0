using System.Collections.Immutable;
using NodaTime;

namespace Negotiation.Model;

/// <summary>Everything a case holds, as persistent collections: a change replaces the few entries it touches and shares
/// the rest with the previous version.</summary>
internal sealed record CaseData
{
    public static CaseData Empty { get; } = new();

    public ImmutableSortedDictionary<PartyId, Party> Parties { get; init; } = ImmutableSortedDictionary<PartyId, Party>.Empty;

    public ImmutableSortedDictionary<RepresentativeId, Representative> Representatives { get; init; } = ImmutableSortedDictionary<RepresentativeId, Representative>.Empty;

    public ImmutableSortedDictionary<TopicId, Topic> Topics { get; init; } = ImmutableSortedDictionary<TopicId, Topic>.Empty;

    public ImmutableSortedDictionary<DemandId, Demand> Demands { get; init; } = ImmutableSortedDictionary<DemandId, Demand>.Empty;

    public ImmutableSortedDictionary<DemandId, DemandLifecycle> DemandLifecycles { get; init; } = ImmutableSortedDictionary<DemandId, DemandLifecycle>.Empty;

    public ImmutableSortedDictionary<ProposalId, Proposal> Proposals { get; init; } = ImmutableSortedDictionary<ProposalId, Proposal>.Empty;

    public ImmutableSortedDictionary<DocumentId, Document> Documents { get; init; } = ImmutableSortedDictionary<DocumentId, Document>.Empty;

    public ImmutableSortedDictionary<RoundId, Round> Rounds { get; init; } = ImmutableSortedDictionary<RoundId, Round>.Empty;

    public ImmutableSortedDictionary<CommitmentId, Commitment> Commitments { get; init; } = ImmutableSortedDictionary<CommitmentId, Commitment>.Empty;

    public ImmutableSortedDictionary<StatementId, Statement> Statements { get; init; } = ImmutableSortedDictionary<StatementId, Statement>.Empty;

    public ImmutableSortedDictionary<DeadlineId, Deadline> Deadlines { get; init; } = ImmutableSortedDictionary<DeadlineId, Deadline>.Empty;

    public ImmutableSortedDictionary<DevelopmentId, Development> Developments { get; init; } = ImmutableSortedDictionary<DevelopmentId, Development>.Empty;

    public ImmutableSortedDictionary<AgreementId, Agreement> Agreements { get; init; } = ImmutableSortedDictionary<AgreementId, Agreement>.Empty;

    public ImmutableDictionary<PositionKey, ImmutableList<Position>> Positions { get; init; } = ImmutableDictionary<PositionKey, ImmutableList<Position>>.Empty;

    public ImmutableList<Fact> Log { get; init; } = [];

    // Indexes that keep the checks of one change proportional to the change rather than to the case.

    /// <summary>Gets, per package name, the author of its first demand (package members share the author).</summary>
    public ImmutableDictionary<string, PackageOwner> PackageOwners { get; init; } = ImmutableDictionary.Create<string, PackageOwner>(StringComparer.Ordinal);

    /// <summary>Gets, per round, the rounds whose preconditions require it (through all-of only).</summary>
    public ImmutableDictionary<RoundId, ImmutableSortedSet<RoundId>> RoundDependents { get; init; } = ImmutableDictionary<RoundId, ImmutableSortedSet<RoundId>>.Empty;

    /// <summary>Gets, per party, the rounds it is a side of.</summary>
    public ImmutableDictionary<PartyId, ImmutableSortedSet<RoundId>> RoundsByParty { get; init; } = ImmutableDictionary<PartyId, ImmutableSortedSet<RoundId>>.Empty;

    /// <summary>Gets, per representative who made a statement, a day none of their statements may start after: the last day
    /// of the month of the latest (<see cref="SpeakerIndex"/>).</summary>
    public ImmutableDictionary<RepresentativeId, LocalDate> SpokenUntil { get; init; } = ImmutableDictionary<RepresentativeId, LocalDate>.Empty;

    /// <summary>Gets, per ISO 3166-1 code, the first state registered with it.</summary>
    public ImmutableDictionary<string, PartyId> StatesByIsoCode { get; init; } = ImmutableDictionary.Create<string, PartyId>(StringComparer.Ordinal);

    /// <summary>Gets the query indexes, kept in step with the collections above by <see cref="CaseIndexer"/>.</summary>
    public CaseIndexes Indexes { get; init; } = CaseIndexes.Empty;

    /// <summary>Gets what "as of" and "as known on" need: checkpoints and the order of the log in both times.</summary>
    public CaseHistory History { get; init; } = CaseHistory.Empty;
}

/// <summary>The author of a demand package and the first demand tabled in it.</summary>
/// <param name="Author">The package's author.</param>
/// <param name="First">The first demand tabled in the package.</param>
internal readonly record struct PackageOwner(PartyId Author, DemandId First);

/// <summary>Updates the one-to-many indexes of <see cref="CaseData"/>.</summary>
internal static class CaseIndex
{
    public static ImmutableDictionary<TKey, ImmutableSortedSet<TValue>> Add<TKey, TValue>(
        this ImmutableDictionary<TKey, ImmutableSortedSet<TValue>> index, TKey key, TValue value)
        where TKey : notnull =>
        index.SetItem(key, (index.TryGetValue(key, out var values) ? values : []).Add(value));

    public static ImmutableSortedSet<TValue> Get<TKey, TValue>(this ImmutableDictionary<TKey, ImmutableSortedSet<TValue>> index, TKey key)
        where TKey : notnull =>
        index.TryGetValue(key, out var values) ? values : [];
}

/// <summary>Identifies one party's position on one subject.</summary>
/// <param name="Party">The party.</param>
/// <param name="Subject">The subject.</param>
internal readonly record struct PositionKey(PartyId Party, SubjectRef Subject);
