namespace Negotiation.Model;

/// <summary>Points at something a statement, position or proposal is about: a demand, document, proposal, statement,
/// round, topic, party or development.</summary>
/// <remarks>
/// <para>Equality and ordering compare the kind, then the id. <c>default</c> has no id and is invalid.</para>
/// </remarks>
/// <example><code>SubjectRef about = SubjectRef.Demand(new DemandId("no-enlargement"));</code></example>
public readonly record struct SubjectRef : IComparable<SubjectRef>
{
    private SubjectRef(SubjectKind kind, string id)
    {
        Kind = kind;
        Id = id;
    }

    /// <summary>Gets what the reference points at.</summary>
    public SubjectKind Kind { get; }

    /// <summary>Gets the slug of the id; <see langword="null"/> only for <c>default</c>.</summary>
    public string Id { get; }

    /// <summary>Gets whether the reference was made by a factory (it is not <c>default</c>).</summary>
    public bool IsValid => Id is not null;

    /// <summary>Points at a demand.</summary>
    /// <param name="id">The demand.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef Demand(DemandId id) => new(SubjectKind.Demand, Guard.Id(id, id.IsValid, nameof(id)).Value);

    /// <summary>Points at a document.</summary>
    /// <param name="id">The document.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef Document(DocumentId id) => new(SubjectKind.Document, Guard.Id(id, id.IsValid, nameof(id)).Value);

    /// <summary>Points at a proposal.</summary>
    /// <param name="id">The proposal.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef Proposal(ProposalId id) => new(SubjectKind.Proposal, Guard.Id(id, id.IsValid, nameof(id)).Value);

    /// <summary>Points at a statement.</summary>
    /// <param name="id">The statement.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef Statement(StatementId id) => new(SubjectKind.Statement, Guard.Id(id, id.IsValid, nameof(id)).Value);

    /// <summary>Points at a round.</summary>
    /// <param name="id">The round.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef Round(RoundId id) => new(SubjectKind.Round, Guard.Id(id, id.IsValid, nameof(id)).Value);

    /// <summary>Points at a topic.</summary>
    /// <param name="id">The topic.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef Topic(TopicId id) => new(SubjectKind.Topic, Guard.Id(id, id.IsValid, nameof(id)).Value);

    /// <summary>Points at a party.</summary>
    /// <param name="id">The party.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef Party(PartyId id) => new(SubjectKind.Party, Guard.Id(id, id.IsValid, nameof(id)).Value);

    /// <summary>Points at a development.</summary>
    /// <param name="id">The development.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef Development(DevelopmentId id) => new(SubjectKind.Development, Guard.Id(id, id.IsValid, nameof(id)).Value);

    /// <summary>A deadline as a subject.</summary>
    /// <param name="id">The deadline.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef Deadline(DeadlineId id) => new(SubjectKind.Deadline, Guard.Id(id, id.IsValid, nameof(id)).Value);

    /// <summary>An agreement as a subject.</summary>
    /// <param name="id">The agreement.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef Agreement(AgreementId id) => new(SubjectKind.Agreement, Guard.Id(id, id.IsValid, nameof(id)).Value);

    /// <summary>Converts a demand id.</summary>
    /// <param name="id">The demand.</param>
    public static implicit operator SubjectRef(DemandId id) => Demand(id);

    /// <summary>Converts a document id.</summary>
    /// <param name="id">The document.</param>
    public static implicit operator SubjectRef(DocumentId id) => Document(id);

    /// <summary>Converts a proposal id.</summary>
    /// <param name="id">The proposal.</param>
    public static implicit operator SubjectRef(ProposalId id) => Proposal(id);

    /// <summary>Converts a statement id.</summary>
    /// <param name="id">The statement.</param>
    public static implicit operator SubjectRef(StatementId id) => Statement(id);

    /// <summary>Compares kind, then id.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    public static bool operator <(SubjectRef left, SubjectRef right) => left.CompareTo(right) < 0;

    /// <summary>Compares kind, then id.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    public static bool operator >(SubjectRef left, SubjectRef right) => left.CompareTo(right) > 0;

    /// <summary>Compares kind, then id.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    public static bool operator <=(SubjectRef left, SubjectRef right) => left.CompareTo(right) <= 0;

    /// <summary>Compares kind, then id.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    public static bool operator >=(SubjectRef left, SubjectRef right) => left.CompareTo(right) >= 0;

    /// <summary>Converts a demand id; the named twin of the implicit conversion.</summary>
    /// <param name="id">The demand.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef FromDemandId(DemandId id) => Demand(id);

    /// <summary>Converts a document id; the named twin of the implicit conversion.</summary>
    /// <param name="id">The document.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef FromDocumentId(DocumentId id) => Document(id);

    /// <summary>Converts a proposal id; the named twin of the implicit conversion.</summary>
    /// <param name="id">The proposal.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef FromProposalId(ProposalId id) => Proposal(id);

    /// <summary>Converts a statement id; the named twin of the implicit conversion.</summary>
    /// <param name="id">The statement.</param>
    /// <returns>The reference.</returns>
    public static SubjectRef FromStatementId(StatementId id) => Statement(id);

    /// <inheritdoc />
    public int CompareTo(SubjectRef other)
    {
        var byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Id, other.Id);
    }

    /// <summary>Returns <c>kind:id</c>, such as <c>demand:no-enlargement</c>.</summary>
    /// <returns>The reference as text.</returns>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Id}";
}
