using System.Collections.Immutable;
using System.Diagnostics;
using FluentValidation.Results;
using Negotiation.Model.Validation;
using NodaTime;

namespace Negotiation.Model;

/// <summary>
/// A negotiation: its parties, representatives, topics, demands, proposals, documents, rounds, commitments, statements,
/// positions, deadlines, developments and agreements, and the dated log of every fact recorded.
/// </summary>
/// <remarks>
/// <para>A case is immutable. Every change is a <see cref="Fact"/> recorded with <see cref="Record(Fact)"/>, which returns a
/// new case (or the reasons it refused the fact); the old case is unchanged and still valid. Collections are persistent:
/// a change replaces the entries it touches and shares everything else with the previous version.</para>
/// <para>Invariant: every fact in <see cref="Log"/> passed the checks when it was recorded, so every reference resolves and
/// every lifecycle change was legal.</para>
/// <para>Two cases are equal when they have the same id, title and facts in the same order. Thread-safe: immutable and
/// freely shareable.</para>
/// <para>The aggregate is named <c>NegotiationCase</c> rather than <c>Negotiation</c> because a type named like the root of
/// its namespace (<c>Negotiation.Model</c>) cannot be used from files that import that namespace.</para>
/// </remarks>
/// <example>
/// <code>
/// var negotiation = NegotiationCase.Create(new CaseId("security-guarantees-2021"), "Security guarantees, December 2021");
/// var result = negotiation.Record(new PartyRegistered
/// {
///     Party = new State(new PartyId("russia"), "Russia", "RU"),
///     Occurred = new LocalDate(2021, 12, 22),
///     Recorded = Instant.FromUtc(2021, 12, 22, 18, 0),
///     Source = new Source("Reuters", new LocalDate(2021, 12, 22)),
/// });
/// negotiation = result.Case;
/// </code>
/// </example>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class NegotiationCase : IEquatable<NegotiationCase>
{
    private NegotiationCase(CaseId id, string title, CaseData data)
    {
        Id = id;
        Title = title;
        Data = data;
    }

    /// <summary>Gets the case's id.</summary>
    public CaseId Id { get; }

    /// <summary>Gets the case's title.</summary>
    public string Title { get; }

    /// <summary>Gets the parties, by id.</summary>
    public ImmutableSortedDictionary<PartyId, Party> Parties => Data.Parties;

    /// <summary>Gets the representatives, by id.</summary>
    public ImmutableSortedDictionary<RepresentativeId, Representative> Representatives => Data.Representatives;

    /// <summary>Gets the topics, by id.</summary>
    public ImmutableSortedDictionary<TopicId, Topic> Topics => Data.Topics;

    /// <summary>Gets the demands, by id.</summary>
    public ImmutableSortedDictionary<DemandId, Demand> Demands => Data.Demands;

    /// <summary>Gets what has happened to each demand as a whole (tabled, withdrawn, replaced), by id.</summary>
    public ImmutableSortedDictionary<DemandId, DemandLifecycle> DemandLifecycles => Data.DemandLifecycles;

    /// <summary>Gets the proposals, by id.</summary>
    public ImmutableSortedDictionary<ProposalId, Proposal> Proposals => Data.Proposals;

    /// <summary>Gets the documents, by id.</summary>
    public ImmutableSortedDictionary<DocumentId, Document> Documents => Data.Documents;

    /// <summary>Gets the rounds, by id.</summary>
    public ImmutableSortedDictionary<RoundId, Round> Rounds => Data.Rounds;

    /// <summary>Gets the commitments, by id.</summary>
    public ImmutableSortedDictionary<CommitmentId, Commitment> Commitments => Data.Commitments;

    /// <summary>Gets the statements, by id.</summary>
    public ImmutableSortedDictionary<StatementId, Statement> Statements => Data.Statements;

    /// <summary>Gets the deadlines, by id.</summary>
    public ImmutableSortedDictionary<DeadlineId, Deadline> Deadlines => Data.Deadlines;

    /// <summary>Gets the developments, by id.</summary>
    public ImmutableSortedDictionary<DevelopmentId, Development> Developments => Data.Developments;

    /// <summary>Gets the agreements, by id.</summary>
    public ImmutableSortedDictionary<AgreementId, Agreement> Agreements => Data.Agreements;

    /// <summary>Gets every fact recorded, in the order recorded.</summary>
    public FactLog Log => log ??= new FactLog(Data.Log);

    /// <summary>Gets the number of facts recorded; each change adds one.</summary>
    public int Version => Data.Log.Count;

    internal CaseData Data { get; }

    // The public view of Data.Log, made on first read.
    private FactLog? log;

    /// <summary>Compares two cases by id, title and facts.</summary>
    /// <param name="left">The first case.</param>
    /// <param name="right">The second case.</param>
    public static bool operator ==(NegotiationCase? left, NegotiationCase? right) => Equals(left, right);

    /// <summary>Compares two cases by id, title and facts.</summary>
    /// <param name="left">The first case.</param>
    /// <param name="right">The second case.</param>
    public static bool operator !=(NegotiationCase? left, NegotiationCase? right) => !Equals(left, right);

    /// <summary>Creates an empty case.</summary>
    /// <param name="id">The case's id.</param>
    /// <param name="title">The case's title.</param>
    /// <returns>A case with no facts.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="title"/> is blank.</exception>
    public static NegotiationCase Create(CaseId id, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return new(Guard.Id(id, id.IsValid, nameof(id)), title, CaseData.Empty);
    }

    /// <summary>Records one fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The new case with any warnings, or the errors that refused the fact (this case is never altered).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    public ChangeResult Record(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return CaseEngine.Record(this, fact);
    }

    /// <summary>Records several facts, all or nothing.</summary>
    /// <param name="facts">The facts, in order.</param>
    /// <returns>The new case with every warning, or the errors of the first fact refused (this case is never altered).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or one of them is <see langword="null"/>.</exception>
    public ChangeResult RecordAll(IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return CaseEngine.RecordAll(this, facts);
    }

    /// <summary>Runs every validation rule over the whole case (<see cref="NegotiationCaseValidator"/>): every entity against
    /// the case, every log entry, and the rules that span the aggregate.</summary>
    /// <returns>Every failure, each with a code, a path by id and a severity; a case built through facts has no errors
    /// unless a fact recorded later made an earlier one inconsistent, and may have warnings (a round that breaks a
    /// commitment).</returns>
    /// <remarks><see cref="Record(Fact)"/> checks only what each fact touches; this checks everything, so it costs time
    /// in proportion to the whole case.</remarks>
    public ValidationResult Validate() => NegotiationCaseValidator.Instance.Validate(this);

    /// <summary>Gets every position <paramref name="party"/> has held on <paramref name="subject"/>, oldest first.</summary>
    /// <param name="party">The party.</param>
    /// <param name="subject">The demand, document or proposal.</param>
    /// <returns>The positions; empty when the party has taken no stance.</returns>
    public ImmutableList<Position> PositionHistory(PartyId party, SubjectRef subject) =>
        Data.Positions.TryGetValue(new PositionKey(party, subject), out var history) ? history : [];

    /// <summary>Gets the latest position <paramref name="party"/> took on <paramref name="subject"/>.</summary>
    /// <param name="party">The party.</param>
    /// <param name="subject">The demand, document or proposal.</param>
    /// <returns>The position, or <see langword="null"/> when the party has taken no stance.</returns>
    public Position? PositionOf(PartyId party, SubjectRef subject)
    {
        var history = PositionHistory(party, subject);
        return history.IsEmpty ? null : history[^1];
    }

    /// <summary>Gets the case as the world stood at the end of <paramref name="date"/> (valid time): only the facts that
    /// had certainly happened by then.</summary>
    /// <param name="date">The day.</param>
    /// <returns>A case every query works on.</returns>
    /// <remarks>
    /// <para>A fact dated approximately ("the week of 13 December") counts only once its whole window has passed, so
    /// on 16 December the documents of that week have not yet certainly been presented.</para>
    /// <para>The answer equals recording those facts, in log order, into an empty case (leaving out any it refuses), but
    /// costs far less: the case keeps a checkpoint every 16 facts and the order of its log in time, so it restores a
    /// checkpoint and re-records at most 15 facts plus those recorded out of order. When no fact is left out it returns
    /// this case.</para>
    /// <para>Whether a fact is refused depends on the facts recorded before it, so a fact refused as of one day (a round
    /// planned before a round it requires, which by then had been pushed back) may be accepted as of an earlier day. The
    /// returned case's log holds only the facts kept, so asking it about an earlier day can differ from asking this
    /// case.</para>
    /// </remarks>
    public NegotiationCase AsOf(LocalDate date) => CaseHistory.AsOf(this, IsoDates.Iso(date));

    /// <summary>Gets the case as it was known at <paramref name="when"/> (record time): only the facts recorded by then.</summary>
    /// <param name="when">The instant.</param>
    /// <returns>A case every query works on.</returns>
    /// <remarks>Answered from the same checkpoints as <see cref="AsOf(LocalDate)"/>, in record time.</remarks>
    public NegotiationCase KnownOn(Instant when) => CaseHistory.KnownOn(this, when);

    /// <inheritdoc />
    public bool Equals(NegotiationCase? other) =>
        other is not null && (ReferenceEquals(this, other) || (Id == other.Id && Title == other.Title && Log.SequenceEqual(other.Log)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NegotiationCase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, Log.Count);

    /// <summary>Returns the title, the id and the number of facts.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() => $"{Title} ({Id}, {Version} facts)";

    internal string NameOf(PartyId party) => Parties.TryGetValue(party, out var p) ? p.Name : party.ToString();

    internal string NameOf(Round round) =>
        round.Title is { } title
            ? $"the round '{title}'"
            : $"the {string.Join("–", round.Participants.Select(NameOf))} round ({round.Id})";

    internal NegotiationCase With(CaseData data) => new(Id, Title, data);

}
