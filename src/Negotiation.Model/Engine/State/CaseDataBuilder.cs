using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// The transient form of <see cref="CaseData"/> for a bulk evolution: every collection is its immutable type's builder,
/// which changes its own unfrozen nodes in place, and <see cref="ToData"/> freezes them all once at the end.
/// </summary>
/// <remarks>
/// <para>A persistent write copies a path of tree nodes and the case's record for every entity written; a builder copies a
/// frozen node once and then writes in place. A bulk evolution keeps no version between its first fact and its last, so
/// nothing needs the intermediate versions that the persistent writes pay for (benchmarks/README.md, "Sizing the bulk
/// path").</para>
/// <para>Owned by one evolution on one thread and never shared: it is mutable, so it must not escape the engine.</para>
/// </remarks>
internal sealed class CaseDataBuilder
{
    public ImmutableSortedDictionary<PartyId, Party>.Builder Parties { get; } = ImmutableSortedDictionary.CreateBuilder<PartyId, Party>();

    public ImmutableSortedDictionary<RepresentativeId, Representative>.Builder Representatives { get; } = ImmutableSortedDictionary.CreateBuilder<RepresentativeId, Representative>();

    public ImmutableSortedDictionary<TopicId, Topic>.Builder Topics { get; } = ImmutableSortedDictionary.CreateBuilder<TopicId, Topic>();

    public ImmutableSortedDictionary<DemandId, Demand>.Builder Demands { get; } = ImmutableSortedDictionary.CreateBuilder<DemandId, Demand>();

    public ImmutableSortedDictionary<DemandId, DemandLifecycle>.Builder DemandLifecycles { get; } = ImmutableSortedDictionary.CreateBuilder<DemandId, DemandLifecycle>();

    public ImmutableSortedDictionary<ProposalId, Proposal>.Builder Proposals { get; } = ImmutableSortedDictionary.CreateBuilder<ProposalId, Proposal>();

    public ImmutableSortedDictionary<DocumentId, Document>.Builder Documents { get; } = ImmutableSortedDictionary.CreateBuilder<DocumentId, Document>();

    public ImmutableSortedDictionary<RoundId, Round>.Builder Rounds { get; } = ImmutableSortedDictionary.CreateBuilder<RoundId, Round>();

    public ImmutableSortedDictionary<CommitmentId, Commitment>.Builder Commitments { get; } = ImmutableSortedDictionary.CreateBuilder<CommitmentId, Commitment>();

    public ImmutableSortedDictionary<StatementId, Statement>.Builder Statements { get; } = ImmutableSortedDictionary.CreateBuilder<StatementId, Statement>();

    public ImmutableSortedDictionary<DeadlineId, Deadline>.Builder Deadlines { get; } = ImmutableSortedDictionary.CreateBuilder<DeadlineId, Deadline>();

    public ImmutableSortedDictionary<DevelopmentId, Development>.Builder Developments { get; } = ImmutableSortedDictionary.CreateBuilder<DevelopmentId, Development>();

    public ImmutableSortedDictionary<AgreementId, Agreement>.Builder Agreements { get; } = ImmutableSortedDictionary.CreateBuilder<AgreementId, Agreement>();

    public ImmutableList<RoleTenure>.Builder Roles { get; } = ImmutableList.CreateBuilder<RoleTenure>();

    public ImmutableDictionary<PositionKey, ImmutableList<Position>>.Builder Positions { get; } = ImmutableDictionary.CreateBuilder<PositionKey, ImmutableList<Position>>();

    /// <summary>Gets or sets the log so far.</summary>
    public AppendVector<Fact> Log { get; set; } = AppendVector<Fact>.Empty;

    /// <summary>Gets or sets the indexes kept fact by fact in a bulk evolution (<see cref="CaseIndexer.BulkStep"/>).</summary>
    public CaseIndexes Indexes { get; set; } = CaseIndexes.Empty;

    /// <summary>Gets or sets the history so far.</summary>
    public CaseHistory History { get; set; } = CaseHistory.Empty;

    /// <summary>Freezes every collection into the persistent data.</summary>
    public CaseData ToData() => new()
    {
        Parties = Parties.ToImmutable(),
        Representatives = Representatives.ToImmutable(),
        Topics = Topics.ToImmutable(),
        Demands = Demands.ToImmutable(),
        DemandLifecycles = DemandLifecycles.ToImmutable(),
        Proposals = Proposals.ToImmutable(),
        Documents = Documents.ToImmutable(),
        Rounds = Rounds.ToImmutable(),
        Commitments = Commitments.ToImmutable(),
        Statements = Statements.ToImmutable(),
        Deadlines = Deadlines.ToImmutable(),
        Developments = Developments.ToImmutable(),
        Agreements = Agreements.ToImmutable(),
        Roles = Roles.ToImmutable(),
        Positions = Positions.ToImmutable(),
        Log = Log,
        Indexes = Indexes,
        History = History,
    };
}
