using System.Collections.Immutable;

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

    /// <summary>Gets the roles held in the negotiation as a whole, each tenure once, in the order they were taken.</summary>
    public ImmutableList<RoleTenure> Roles { get; init; } = [];

    public ImmutableDictionary<PositionKey, ImmutableList<Position>> Positions { get; init; } = ImmutableDictionary<PositionKey, ImmutableList<Position>>.Empty;

    /// <summary>Gets the log: appended to once per fact, so an append-only vector rather than a tree (see
    /// <see cref="FactLog"/>).</summary>
    public AppendVector<Fact> Log { get; init; } = AppendVector<Fact>.Empty;

    /// <summary>Gets the indexes the checks and the queries read, kept in step with the collections above by <see cref="CaseIndexer"/>.</summary>
    public CaseIndexes Indexes { get; init; } = CaseIndexes.Empty;

    /// <summary>Gets what "as of" and "as known on" need: checkpoints and the order of the log in both times.</summary>
    public CaseHistory History { get; init; } = CaseHistory.Empty;

    /// <summary>Gets whether every fact of <see cref="Log"/> passed <see cref="Validation.FactValidator"/> when it entered
    /// the log: true for data built through checks (<see cref="CaseEngine.Record"/>, <see cref="CaseEngine.RecordAll"/>,
    /// and what is restored from them); false for a log evolved without checks (<see cref="CaseEngine.EvolveAll"/>: a
    /// per-party view, whose facts are redacted copies), and for anything built from such a log.</summary>
    /// <remarks>The fact validator reads nothing but the fact, which is immutable, and reports only errors, which stop a
    /// fact at its check; so over a checked log it finds nothing, and <see cref="Validation.NegotiationCaseValidator"/>
    /// runs it only over an unchecked one (<c>LogCheckProperties</c> tests the premise over generated histories).</remarks>
    public bool LogChecked { get; init; } = true;
}

/// <summary>The author of a demand package and the first demand tabled in it.</summary>
/// <param name="Author">The package's author.</param>
/// <param name="First">The first demand tabled in the package.</param>
internal readonly record struct PackageOwner(PartyId Author, DemandId First);

/// <summary>Identifies one party's position on one subject.</summary>
/// <param name="Party">The party.</param>
/// <param name="Subject">The subject.</param>
internal readonly record struct PositionKey(PartyId Party, SubjectRef Subject);
