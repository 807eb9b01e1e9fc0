using System.Collections.Immutable;
using NodaTime;

namespace Negotiation.Model;

/// <summary>
/// The indexes the checks and the queries read (one family), kept inside each case value and updated by every change (<see cref="CaseIndexer"/>).
/// </summary>
/// <remarks>
/// <para>Each index is a persistent map from a key to a sorted set, so a change replaces the few buckets it touches and
/// shares the rest with the previous version, and a query reads the bucket it needs: its cost follows the size of its
/// answer, not the size of the case. Sets are sorted by id so answers come out in a deterministic order.</para>
/// <para>Everything here follows from the case's collections; nothing is stored only here. The indexes are checked
/// against plain LINQ over the collections by the property tests.</para>
/// <para>Memory: each checkpoint "as of" keeps (<see cref="CaseHistory"/>) holds the index as it stood, and with it every
/// node a later write replaced, so a write costs about one tree path of nodes for as long as the case lives, whatever the
/// layout (one set of composite keys is as deep as a map of sets, and measured no smaller). Writes are therefore kept to
/// what changes an answer: a demand enters <see cref="Statuses"/> only once some status is not tabled, moves between
/// status buckets only when its set of statuses changes, and joins an addressee's buckets of all and open demands in one
/// write. The <c>memory</c> command of the benchmarks prints what each index holds.</para>
/// </remarks>
internal sealed record CaseIndexes
{
    public static CaseIndexes Empty { get; } = new();

    /// <summary>Gets, per ISO 3166-1 code, the first state registered with it.</summary>
    public ImmutableDictionary<string, PartyId> StatesByIsoCode { get; init; } = ImmutableDictionary.Create<string, PartyId>(StringComparer.Ordinal);

    /// <summary>Gets, per package name, the author of its first demand (package members share the author).</summary>
    public ImmutableDictionary<string, PackageOwner> PackageOwners { get; init; } = ImmutableDictionary.Create<string, PackageOwner>(StringComparer.Ordinal);

    /// <summary>Gets, per round, the rounds whose preconditions require it (through all-of only).</summary>
    public ImmutableDictionary<RoundId, ImmutableSortedSet<RoundId>> RoundDependents { get; init; } = ImmutableDictionary<RoundId, ImmutableSortedSet<RoundId>>.Empty;

    /// <summary>Gets, per representative who made a statement, a day none of their statements may start after: the last day
    /// of the month of the latest (<see cref="SpeakerIndex"/>).</summary>
    public ImmutableDictionary<RepresentativeId, LocalDate> SpokenUntil { get; init; } = ImmutableDictionary<RepresentativeId, LocalDate>.Empty;

    /// <summary>Gets, per held round, the position in the log of the fact that recorded it held: whole-case validation judges
    /// its preconditions as the case stood then.</summary>
    public ImmutableDictionary<RoundId, int> HeldAt { get; init; } = ImmutableDictionary<RoundId, int>.Empty;

    /// <summary>Gets, for each party, the organisations it has ever been a member of.</summary>
    public ImmutableDictionary<PartyId, ImmutableSortedSet<PartyId>> OrganisationsOf { get; init; } = ImmutableDictionary<PartyId, ImmutableSortedSet<PartyId>>.Empty;

    /// <summary>Gets, for each organisation and member, the positions of the member's periods in the organisation's
    /// <see cref="Organisation.Memberships"/>, in order.</summary>
    /// <remarks>Lets a membership change check and find only its own member's periods, whatever the size of the
    /// organisation (issue 13: one more member of a 100,000-member organisation took 94 ms, re-checking every period).</remarks>
    public ImmutableDictionary<MemberOf, ImmutableArray<int>> MembershipPeriods { get; init; } = ImmutableDictionary<MemberOf, ImmutableArray<int>>.Empty;

    /// <summary>Gets, for each party, the organisations registered as directly part of it (<see cref="Organisation.PartOf"/>).</summary>
    public ImmutableDictionary<PartyId, ImmutableSortedSet<PartyId>> PartsOf { get; init; } = ImmutableDictionary<PartyId, ImmutableSortedSet<PartyId>>.Empty;

    /// <summary>Gets, for each topic, the topics directly narrower than it.</summary>
    public ImmutableDictionary<TopicId, ImmutableSortedSet<TopicId>> NarrowerTopics { get; init; } = ImmutableDictionary<TopicId, ImmutableSortedSet<TopicId>>.Empty;

    /// <summary>Gets the demands made of each party, and those of them still open with it (see
    /// <see cref="DemandStatusRules.IsOpen"/>); read through <see cref="DemandsOf"/>.</summary>
    /// <remarks>One map for both, because tabling a demand adds it to both for each addressee: one path copied, not two.</remarks>
    public ImmutableDictionary<PartyId, AddresseeDemands> DemandsByAddressee { get; init; } = ImmutableDictionary<PartyId, AddresseeDemands>.Empty;

    /// <summary>Gets the demands each party made.</summary>
    public ImmutableDictionary<PartyId, ImmutableSortedSet<DemandId>> DemandsByAuthor { get; init; } = ImmutableDictionary<PartyId, ImmutableSortedSet<DemandId>>.Empty;

    /// <summary>Gets the demands about each topic (named directly, not through a narrower topic).</summary>
    public ImmutableDictionary<TopicId, ImmutableSortedSet<DemandId>> DemandsByTopic { get; init; } = ImmutableDictionary<TopicId, ImmutableSortedSet<DemandId>>.Empty;

    /// <summary>Gets the demands of each kind.</summary>
    public ImmutableDictionary<DemandKind, ImmutableSortedSet<DemandId>> DemandsByKind { get; init; } = ImmutableDictionary<DemandKind, ImmutableSortedSet<DemandId>>.Empty;

    /// <summary>Gets the demands carried by a provision of each document.</summary>
    public ImmutableDictionary<DocumentId, ImmutableSortedSet<DemandId>> DemandsByDocument { get; init; } = ImmutableDictionary<DocumentId, ImmutableSortedSet<DemandId>>.Empty;

    /// <summary>Gets each demand's status per addressee, in the order of its addressees, for the demands that are not
    /// <see cref="DemandStatus.Tabled"/> with every addressee; read through <see cref="StatusesOf"/>.</summary>
    /// <remarks>A demand is tabled with everyone until someone takes a stance on it, and many never leave that status, so
    /// they are left out: tabling a demand does not touch this map.</remarks>
    public ImmutableDictionary<DemandId, ImmutableArray<DemandStatus>> Statuses { get; init; } = ImmutableDictionary<DemandId, ImmutableArray<DemandStatus>>.Empty;

    /// <summary>Gets the demands in each status with at least one of their addressees.</summary>
    /// <remarks>A demand moves between buckets only when the set of its statuses changes, not with each addressee.</remarks>
    public ImmutableDictionary<DemandStatus, ImmutableSortedSet<DemandId>> DemandsByStatus { get; init; } = ImmutableDictionary<DemandStatus, ImmutableSortedSet<DemandId>>.Empty;

    /// <summary>Gets the demands open for at least one addressee.</summary>
    public ImmutableSortedSet<DemandId> OpenDemands { get; init; } = [];

    /// <summary>Gets, for each demand, the parties that were sides of a held round with the demand on its agenda.</summary>
    public ImmutableDictionary<DemandId, ImmutableSortedSet<PartyId>> DemandDiscussedBy { get; init; } = ImmutableDictionary<DemandId, ImmutableSortedSet<PartyId>>.Empty;

    /// <summary>Gets, for each document, the parties that were sides of a held round with the document on its agenda.</summary>
    public ImmutableDictionary<DocumentId, ImmutableSortedSet<PartyId>> DocumentDiscussedBy { get; init; } = ImmutableDictionary<DocumentId, ImmutableSortedSet<PartyId>>.Empty;

    /// <summary>Gets the proposals that answer each demand, document or proposal.</summary>
    public ImmutableDictionary<SubjectRef, ImmutableSortedSet<ProposalId>> ProposalsAnswering { get; init; } = ImmutableDictionary<SubjectRef, ImmutableSortedSet<ProposalId>>.Empty;

    /// <summary>Gets the documents that reply to each document.</summary>
    public ImmutableDictionary<DocumentId, ImmutableSortedSet<DocumentId>> Replies { get; init; } = ImmutableDictionary<DocumentId, ImmutableSortedSet<DocumentId>>.Empty;

    /// <summary>Gets the documents each party may read by name: as author, addressee or named reader.</summary>
    public ImmutableDictionary<PartyId, ImmutableSortedSet<DocumentId>> ReadableDocuments { get; init; } = ImmutableDictionary<PartyId, ImmutableSortedSet<DocumentId>>.Empty;

    /// <summary>Gets the documents anyone may read: public when handed over, or disclosed since.</summary>
    public ImmutableSortedSet<DocumentId> PublicDocuments { get; init; } = [];

    /// <summary>Gets every round by the first day it may start on.</summary>
    public ImmutableSortedSet<DatedKey<RoundId>> RoundsByStart { get; init; } = [];

    /// <summary>Gets each party's rounds (as a side) by the first day they may start on.</summary>
    public ImmutableDictionary<PartyId, ImmutableSortedSet<DatedKey<RoundId>>> RoundsByParticipant { get; init; } = ImmutableDictionary<PartyId, ImmutableSortedSet<DatedKey<RoundId>>>.Empty;

    /// <summary>Gets the longest start window of any round, in days: how far before a period a round that may fall in it
    /// can begin.</summary>
    public int LongestRoundWindow { get; init; } = 1;

    /// <summary>Gets every fact (by its position in the log) by the first day it may have happened on.</summary>
    public DatedIndex FactsByDate { get; init; } = DatedIndex.Empty;

    /// <summary>Gets the longest window of any fact's time, in days.</summary>
    public int LongestFactWindow { get; init; } = 1;

    /// <summary>Gets the demands made of <paramref name="party"/>, all and open.</summary>
    public AddresseeDemands DemandsOf(PartyId party) => DemandsByAddressee.TryGetValue(party, out var demands) ? demands : AddresseeDemands.None;

    /// <summary>Gets a demand's status per addressee, in the order of its addressees.</summary>
    public ImmutableArray<DemandStatus> StatusesOf(Demand demand) =>
        Statuses.TryGetValue(demand.Id, out var statuses) ? statuses : AllTabled(demand.Addressees.Count);

    /// <summary>Whether <paramref name="statuses"/> is what <see cref="Statuses"/> leaves out.</summary>
    public static bool IsAllTabled(ImmutableArray<DemandStatus> statuses) => statuses.All(s => s == DemandStatus.Tabled);

    private static ImmutableArray<DemandStatus> AllTabled(int addressees) =>
        addressees < Tabled.Length ? Tabled[addressees] : [.. Enumerable.Repeat(DemandStatus.Tabled, addressees)];

    /// <summary>All-tabled statuses for up to eight addressees, shared rather than allocated by each read.</summary>
    private static readonly ImmutableArray<DemandStatus>[] Tabled = [.. Enumerable.Range(0, 9).Select(n => ImmutableArray.CreateRange(Enumerable.Repeat(DemandStatus.Tabled, n)))];
}

/// <summary>The demands made of one party.</summary>
/// <param name="All">Every demand addressed to it.</param>
/// <param name="Open">Those still open with it.</param>
internal readonly record struct AddresseeDemands(ImmutableSortedSet<DemandId> All, ImmutableSortedSet<DemandId> Open)
{
    public static AddresseeDemands None { get; } = new([], []);
}

/// <summary>A member of an organisation: the key of <see cref="CaseIndexes.MembershipPeriods"/>.</summary>
/// <param name="Organisation">The organisation.</param>
/// <param name="Member">The member.</param>
internal readonly record struct MemberOf(PartyId Organisation, PartyId Member);
