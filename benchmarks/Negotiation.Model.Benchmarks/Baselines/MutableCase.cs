using FluentValidation;
using FluentValidation.Results;
using Negotiation.Model.Validation;

namespace Negotiation.Model.Benchmarks.Baselines;

/// <summary>
/// The mutable floor: the same facts applied in place to <see cref="Dictionary{TKey, TValue}"/> and <see cref="List{T}"/>,
/// with the same incremental checks as <see cref="NegotiationCase.Record(Fact)"/> (references resolve, ids are new, status
/// changes are legal, preconditions are met when a round is held, commitments are checked), and the indexes a query API
/// would keep (demands by addressee, rounds by party). It measures the cost of the work itself without immutability.
/// </summary>
/// <remarks>
/// <para>Each change checks first and mutates only if nothing failed, so a refused change leaves nothing altered, as in
/// the library. Failures are built only when a check fails. The three changes the benchmarks repeat
/// (<see cref="UndoLast"/>) can be undone, so the same change can be measured on the same state again and again.</para>
/// <para>It models the fact kinds the generator produces, all of which BuildBenchmarks applies to it; the others
/// (<see cref="AgreementAdopted"/>, <see cref="AgreementStepTaken"/>, <see cref="RoundRescheduled"/>) are refused with
/// <see cref="NotSupportedException"/>. Where a check is a rule of the library's (a status change, topic coverage, a
/// commitment breach, the order of rounds, a stance, overlapping memberships) it asks the library's pure function.</para>
/// </remarks>
public sealed class MutableCase : ICaseLookup
{
    private readonly bool checking;
    private readonly List<PositionKey> undoPositions = [];
    private List<ValidationFailure>? failures;
    private Demand? undoDemand;
    private RoundState? undoRound;
    private StatementId? undoStatement;

    private MutableCase(bool checking) => this.checking = checking;

    public Dictionary<PartyId, Party> Parties { get; } = [];

    public Dictionary<RepresentativeId, Representative> Representatives { get; } = [];

    public Dictionary<TopicId, Topic> Topics { get; } = [];

    public Dictionary<DemandId, Demand> Demands { get; } = [];

    public Dictionary<DemandId, DemandLifecycle> Lifecycles { get; } = [];

    public Dictionary<ProposalId, Proposal> Proposals { get; } = [];

    public Dictionary<DocumentId, DocumentState> Documents { get; } = [];

    public Dictionary<RoundId, RoundState> Rounds { get; } = [];

    public Dictionary<CommitmentId, Commitment> Commitments { get; } = [];

    public Dictionary<StatementId, StatementState> Statements { get; } = [];

    public Dictionary<DeadlineId, DeadlineState> Deadlines { get; } = [];

    public Dictionary<DevelopmentId, DevelopmentState> Developments { get; } = [];

    public Dictionary<PositionKey, List<Position>> Positions { get; } = [];

    public List<Fact> Log { get; } = [];

    /// <summary>Gets the demands addressed to each party, in the order tabled.</summary>
    public Dictionary<PartyId, List<DemandId>> DemandsByAddressee { get; } = [];

    /// <summary>Gets the rounds each party takes part in, in the order planned.</summary>
    public Dictionary<PartyId, List<RoundId>> RoundsByParty { get; } = [];

    /// <summary>Gets the failures of the last change (errors and warnings), or an empty list.</summary>
    public IReadOnlyList<ValidationFailure> Failures => failures ?? (IReadOnlyList<ValidationFailure>)[];

    IEnumerable<DevelopmentState> ICaseLookup.AllDevelopments => Developments.Values;

    /// <summary>Applies every fact with every check; throws on the first one refused.</summary>
    public static MutableCase Build(IEnumerable<Fact> facts)
    {
        var data = new MutableCase(checking: true);
        foreach (var fact in facts)
        {
            if (!data.Record(fact))
            {
                throw new InvalidOperationException($"The mutable floor refused {fact.Describe()}: {string.Join("; ", data.Failures)}");
            }
        }

        return data;
    }

    /// <summary>Folds the facts that <paramref name="include"/> selects without checking them, skipping any whose
    /// references are missing (as a replay of a valid log needs no checks): the naive baseline's replay.</summary>
    public static MutableCase Fold(IEnumerable<Fact> facts, Func<Fact, bool> include)
    {
        var data = new MutableCase(checking: false);
        foreach (var fact in facts)
        {
            if (include(fact))
            {
                data.Record(fact);
            }
        }

        return data;
    }

    /// <summary>Checks and applies one fact.</summary>
    /// <returns>Whether it was applied (no error).</returns>
    public bool Record(Fact fact)
    {
        failures = null;
        undoDemand = null;
        undoRound = null;
        undoStatement = null;
        undoPositions.Clear();
        if (checking)
        {
            CheckLogEntry(fact);
        }

        var applied = fact switch
        {
            PartyRegistered f => PartyRegistered(f),
            MembershipBegan f => MembershipBegan(f),
            MembershipEnded f => MembershipEnded(f),
            RepresentativeAppointed f => RepresentativeAppointed(f),
            RepresentativeLeftOffice f => RepresentativeLeftOffice(f),
            TopicDefined f => TopicDefined(f),
            DocumentPresented f => DocumentPresented(f),
            DocumentRevised f => DocumentRevised(f),
            DocumentDisclosed f => DocumentDisclosed(f),
            DemandTabled f => DemandTabled(f),
            DemandWithdrawn f => DemandEnded(f, f.Demand, null),
            DemandReplaced f => DemandEnded(f, f.Demand, f),
            ProposalMade f => ProposalMade(f),
            RoundPlanned f => RoundPlanned(f),
            RoundAgreed f => Transition(f, f.Round, RoundStatus.Agreed, null, null),
            RoundHeld f => RoundHeld(f),
            RoundConcluded f => RoundConcluded(f),
            RoundPostponed f => Transition(f, f.Round, RoundStatus.Postponed, f.Reason, f.NewPlanned),
            RoundCancelled f => Transition(f, f.Round, RoundStatus.Cancelled, f.Reason, null),
            StatementMade f => StatementMade(f),
            CommitmentMade f => CommitmentMade(f),
            DeadlineSet f => DeadlineSet(f),
            DeadlineExtended f => DeadlineExtended(f),
            DeadlineMet f => DeadlineMet(f),
            DevelopmentOccurred f => DevelopmentOccurred(f),
            _ => throw new NotSupportedException($"The mutable floor does not model {fact.GetType().Name}."),
        };
        if (applied)
        {
            Log.Add(fact);
        }

        return applied;
    }

    /// <summary>Undoes the last change if it was a demand tabled, a round held or a statement made.</summary>
    public void UndoLast()
    {
        if (undoDemand is { } demand)
        {
            Demands.Remove(demand.Id);
            Lifecycles.Remove(demand.Id);
            foreach (var addressee in demand.Addressees)
            {
                var list = DemandsByAddressee[addressee];
                list.RemoveAt(list.Count - 1);
            }
        }

        if (undoRound is { } round)
        {
            Rounds[round.Id] = round;
        }

        if (undoStatement is { } statement)
        {
            Statements.Remove(statement);
            foreach (var key in undoPositions)
            {
                var history = Positions[key];
                history.RemoveAt(history.Count - 1);
                if (history.Count == 0)
                {
                    Positions.Remove(key);
                }
            }
        }

        Log.RemoveAt(Log.Count - 1);
    }

    // ---- queries: index lookups ----

    /// <summary>Demands addressed to <paramref name="addressee"/> that are open for it (see <see cref="BaselineQueries.IsOpen"/>).</summary>
    public IReadOnlyList<DemandId> OpenDemands(PartyId addressee)
    {
        if (!DemandsByAddressee.TryGetValue(addressee, out var ids))
        {
            return [];
        }

        var open = new List<DemandId>();
        foreach (var id in ids)
        {
            if (Lifecycles[id].IsStanding
                && BaselineQueries.IsOpen(
                    Last(addressee, SubjectRef.Demand(id)),
                    DemandStatusRules.CarryingDocument(Demands[id]) is { } document ? Last(addressee, SubjectRef.Document(document)) : null))
            {
                open.Add(id);
            }
        }

        return open;
    }

    /// <summary>Rounds <paramref name="party"/> is a side of that may be in progress during <paramref name="month"/> (UTC), cancelled
    /// rounds left out.</summary>
    public IReadOnlyList<RoundId> RoundsOf(PartyId party, NodaTime.YearMonth month)
    {
        if (!RoundsByParty.TryGetValue(party, out var ids))
        {
            return [];
        }

        var window = BaselineQueries.Month(month);
        var found = new List<RoundId>();
        foreach (var id in ids)
        {
            if (BaselineQueries.MayRunWithin(Rounds[id], window))
            {
                found.Add(id);
            }
        }

        return found;
    }

    /// <summary>Whether each round can start, with the reasons.</summary>
    public IReadOnlyList<RoundReadiness> Readiness()
    {
        var readiness = new List<RoundReadiness>(Rounds.Count);
        foreach (var round in Rounds.Values)
        {
            readiness.Add(BaselineQueries.Readiness(this, round));
        }

        return readiness;
    }

    private Position? Last(PartyId party, SubjectRef subject) =>
        Positions.TryGetValue(new PositionKey(party, subject), out var history) && history.Count > 0 ? history[^1] : null;

    public RoundState? FindRound(RoundId id) => Rounds.GetValueOrDefault(id);

    public DocumentState? FindDocument(DocumentId id) => Documents.GetValueOrDefault(id);

    public Demand? FindDemand(DemandId id) => Demands.GetValueOrDefault(id);

    public IReadOnlyList<Position> PositionHistory(PartyId party, SubjectRef subject) =>
        Positions.TryGetValue(new PositionKey(party, subject), out var history) ? history : [];

    public string NameOf(PartyId party) => Parties.TryGetValue(party, out var p) ? p.Name : party.ToString();

    // ---- checks shared by every fact ----

    private bool Ok => failures is null || failures.TrueForAll(f => f.Severity != Severity.Error);

    private void Fail(string code, string path, string message) =>
        (failures ??= []).Add(new ValidationFailure(path, message) { ErrorCode = code, Severity = Severity.Error });

    private void Warn(string code, string path, string message) =>
        (failures ??= []).Add(new ValidationFailure(path, message) { ErrorCode = code, Severity = Severity.Warning });

    private void CheckLogEntry(Fact fact)
    {
        if (string.IsNullOrWhiteSpace(fact.Source.Outlet))
        {
            Fail(ErrorCodes.SourceRequired, "Source.Outlet", "The source names no outlet.");
        }

        if (fact.Recorded.InUtc().Date < fact.Occurred.EarliestDate)
        {
            Fail(ErrorCodes.RecordedBeforeOccurred, "Recorded", $"Recorded ({fact.Recorded}) before it happened ({fact.Occurred}).");
        }

        if (fact.Source.ReportedOn < fact.Occurred.EarliestDate)
        {
            Fail(ErrorCodes.ReportedBeforeOccurred, "Source.ReportedOn", $"Reported before it happened ({fact.Occurred}).");
        }
    }

    private bool Known<TId, T>(Dictionary<TId, T> existing, TId id, bool isValid, string code, string what)
        where TId : notnull
    {
        if (!checking)
        {
            return existing.ContainsKey(id);
        }

        if (isValid && existing.ContainsKey(id))
        {
            return true;
        }

        Fail(isValid ? code : ErrorCodes.IdMissing, what, $"No {what} '{id}' is known to the case.");
        return false;
    }

    private void New<TId, T>(Dictionary<TId, T> existing, TId id, string what)
        where TId : notnull
    {
        if (checking && existing.ContainsKey(id))
        {
            Fail(ErrorCodes.DuplicateId, what, $"A {what} with id '{id}' is already recorded.");
        }
    }

    private void Text(string value, int max, string code, string path)
    {
        if (checking && (string.IsNullOrWhiteSpace(value) || value.Length > max))
        {
            Fail(code, path, $"The {path} is blank or longer than {max} characters.");
        }
    }

    private bool Party(PartyId id) => Known(Parties, id, id.IsValid, ErrorCodes.UnknownParty, "party");

    private void PartyList(EquatableArray<PartyId> ids)
    {
        if (!checking)
        {
            return;
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (Party(ids[i]) && ids.Items.IndexOf(ids[i]) < i)
            {
                Fail(ErrorCodes.DuplicateEntry, "party", $"'{ids[i]}' is listed twice.");
            }
        }
    }

    private void TopicList(EquatableArray<TopicId> ids)
    {
        if (!checking)
        {
            return;
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (Known(Topics, ids[i], ids[i].IsValid, ErrorCodes.UnknownTopic, "topic") && ids.Items.IndexOf(ids[i]) < i)
            {
                Fail(ErrorCodes.DuplicateEntry, "topic", $"'{ids[i]}' is listed twice.");
            }
        }
    }

    private bool Subject(SubjectRef subject)
    {
        var id = subject.Id;
        return subject.Kind switch
        {
            SubjectKind.Demand => Known(Demands, new DemandId(id), true, ErrorCodes.UnknownDemand, "demand"),
            SubjectKind.Document => Known(Documents, new DocumentId(id), true, ErrorCodes.UnknownDocument, "document"),
            SubjectKind.Proposal => Known(Proposals, new ProposalId(id), true, ErrorCodes.UnknownProposal, "proposal"),
            SubjectKind.Statement => Known(Statements, new StatementId(id), true, ErrorCodes.UnknownStatement, "statement"),
            SubjectKind.Round => Known(Rounds, new RoundId(id), true, ErrorCodes.UnknownRound, "round"),
            SubjectKind.Topic => Known(Topics, new TopicId(id), true, ErrorCodes.UnknownTopic, "topic"),
            SubjectKind.Party => Party(new PartyId(id)),
            _ => Known(Developments, new DevelopmentId(id), true, ErrorCodes.UnknownDevelopment, "development"),
        };
    }

    // ---- parties, people, topics ----

    private bool PartyRegistered(PartyRegistered f)
    {
        var party = f.Party;
        New(Parties, party.Id, "party");
        Text(party.Name, 200, ErrorCodes.NameRequired, "name");
        if (checking)
        {
            switch (party)
            {
                case State state when state.IsoCode is not [>= 'A' and <= 'Z', >= 'A' and <= 'Z']:
                    Fail(ErrorCodes.InvalidIsoCode, "IsoCode", $"'{state.IsoCode}' is not an ISO code.");
                    break;
                case Organisation organisation:
                    for (var i = 0; i < organisation.Memberships.Count; i++)
                    {
                        var m = organisation.Memberships[i];
                        CheckMember(organisation.Id, m.Member);
                        if (m.Left is { } left && left <= m.Joined)
                        {
                            Fail(ErrorCodes.MembershipEndsBeforeStart, "Memberships", "A membership ends before it starts.");
                        }

                        for (var j = 0; j < i; j++)
                        {
                            if (organisation.Memberships[j].Member == m.Member && organisation.Memberships[j].Overlaps(m))
                            {
                                Fail(ErrorCodes.MembershipPeriodsOverlap, "Memberships", "Two membership periods overlap.");
                            }
                        }
                    }

                    break;
                case PartyGroup group:
                    if (group.Members.IsEmpty)
                    {
                        Fail(ErrorCodes.GroupEmpty, "Members", "A group needs a member.");
                    }

                    PartyList(group.Members);
                    break;
            }
        }

        if (!Ok)
        {
            return false;
        }

        Parties[party.Id] = party;
        return true;
    }

    private void CheckMember(PartyId organisation, PartyId member)
    {
        if (member == organisation)
        {
            Fail(ErrorCodes.OrganisationIsOwnMember, "Member", "An organisation cannot be its own member.");
        }
        else if (Party(member) && Parties[member] is PartyGroup)
        {
            Fail(ErrorCodes.MemberIsGroup, "Member", "A group cannot be a member.");
        }
    }

    private Organisation? OrganisationOf(PartyId id)
    {
        if (!Party(id))
        {
            return null;
        }

        if (Parties[id] is Organisation organisation)
        {
            return organisation;
        }

        Fail(ErrorCodes.NotAnOrganisation, "Organisation", $"'{id}' is not an organisation.");
        return null;
    }

    private bool MembershipBegan(MembershipBegan f)
    {
        if (OrganisationOf(f.Organisation) is not { } organisation)
        {
            return false;
        }

        if (checking)
        {
            CheckMember(f.Organisation, f.Member);
        }

        var joining = new Membership(f.Member, f.Joined);
        if (checking && organisation.Memberships.Any(m => m.Member == f.Member && m.Overlaps(joining)))
        {
            Fail(ErrorCodes.MembershipPeriodsOverlap, "Memberships", $"'{f.Member}' is already a member.");
        }

        if (!Ok)
        {
            return false;
        }

        Parties[f.Organisation] = organisation with { Memberships = organisation.Memberships.Items.Add(joining) };
        return true;
    }

    private bool MembershipEnded(MembershipEnded f)
    {
        if (OrganisationOf(f.Organisation) is not { } organisation)
        {
            return false;
        }

        var items = organisation.Memberships.Items;
        var index = -1;
        for (var i = 0; i < items.Length && index < 0; i++)
        {
            var m = items[i];
            index = m.Member == f.Member && m.Joined < f.Left && m.IsActiveOn(f.Left.PlusDays(-1)) && m.Left is null ? i : -1;
        }

        if (index < 0)
        {
            Fail(ErrorCodes.NotAMember, "Memberships", $"'{f.Member}' is not a member.");
            return false;
        }

        Parties[f.Organisation] = organisation with { Memberships = items.SetItem(index, items[index] with { Left = f.Left }) };
        return true;
    }

    private bool RepresentativeAppointed(RepresentativeAppointed f)
    {
        var r = f.Representative;
        New(Representatives, r.Id, "representative");
        Text(r.Name, 200, ErrorCodes.NameRequired, "name");
        Text(r.Office, 200, ErrorCodes.NameRequired, "office");
        Party(r.Party);
        if (checking && r.Term.Until is { } until && until < r.Term.From)
        {
            Fail(ErrorCodes.TermEndsBeforeStart, "Term", "The term ends before it starts.");
        }

        if (!Ok)
        {
            return false;
        }

        Representatives[r.Id] = r;
        return true;
    }

    private bool RepresentativeLeftOffice(RepresentativeLeftOffice f)
    {
        if (!Known(Representatives, f.Representative, f.Representative.IsValid, ErrorCodes.UnknownRepresentative, "representative"))
        {
            return false;
        }

        var r = Representatives[f.Representative];
        if (checking && (r.Term.Until is not null || f.LastDay < r.Term.From))
        {
            Fail(ErrorCodes.AlreadyLeftOffice, "Term", $"{r.Name} cannot leave office then.");
            return false;
        }

        Representatives[f.Representative] = r with { Term = r.Term with { Until = f.LastDay } };
        return true;
    }

    private bool TopicDefined(TopicDefined f)
    {
        var t = f.Topic;
        New(Topics, t.Id, "topic");
        Text(t.Name, 200, ErrorCodes.NameRequired, "name");
        if (checking && t.Broader is { } broader)
        {
            if (broader == t.Id)
            {
                Fail(ErrorCodes.TopicIsOwnBroader, "Broader", "A topic cannot be broader than itself.");
            }
            else
            {
                Known(Topics, broader, broader.IsValid, ErrorCodes.UnknownTopic, "topic");
            }
        }

        if (!Ok)
        {
            return false;
        }

        Topics[t.Id] = t;
        return true;
    }

    // ---- documents ----

    private bool DocumentPresented(DocumentPresented f)
    {
        var d = f.Document;
        New(Documents, d.Id, "document");
        Text(d.Title, 200, ErrorCodes.NameRequired, "title");
        if (checking)
        {
            if (d.Authors.IsEmpty)
            {
                Fail(ErrorCodes.NoAuthor, "Authors", "The document has no author.");
            }

            PartyList(d.Authors);
            PartyList(d.Addressees);
            PartyList(d.SharedWith);
            if (d.Visibility == Visibility.SharedWithNamedParties && d.SharedWith.IsEmpty)
            {
                Fail(ErrorCodes.SharedWithNobody, "SharedWith", "Shared with nobody.");
            }

            if (d.RepliesTo is { } repliesTo && Known(Documents, repliesTo, repliesTo.IsValid, ErrorCodes.UnknownDocument, "document")
                && Documents[repliesTo].HandedOver.IsBefore(f.Occurred).IsNo)
            {
                Fail(ErrorCodes.ReplyToLaterDocument, "RepliesTo", "A reply cannot come before what it answers.");
            }

            CheckProvisions(f.Provisions);
        }

        if (!Ok)
        {
            return false;
        }

        var isPublic = d.Visibility == Visibility.Public;
        Documents[d.Id] = new DocumentState(d, [new DocumentRevision(1, f.Occurred, f.Provisions)], f.Occurred)
        {
            Disclosed = isPublic ? f.Occurred : null,
            DisclosedBy = isPublic ? Disclosure.Published : null,
        };
        return true;
    }

    private void CheckProvisions(EquatableArray<Provision> provisions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var provision in provisions)
        {
            if (string.IsNullOrWhiteSpace(provision.Article) || !seen.Add(provision.Article))
            {
                Fail(ErrorCodes.DuplicateProvisionNumber, "Article", "Every provision needs a number of its own.");
            }

            Text(provision.Text, 20_000, ErrorCodes.TextRequired, "text");
        }
    }

    private bool DocumentRevised(DocumentRevised f)
    {
        if (!Known(Documents, f.Document, f.Document.IsValid, ErrorCodes.UnknownDocument, "document"))
        {
            return false;
        }

        var document = Documents[f.Document];
        if (checking)
        {
            if (!document.Header.Authors.Contains(f.By))
            {
                Fail(ErrorCodes.RevisedByNonAuthor, "Authors", "Only its authors revise a document.");
            }

            if (document.Revisions[^1].Presented.IsBefore(f.Occurred).IsNo)
            {
                Fail(ErrorCodes.RevisionsOutOfOrder, "Revisions", "Revisions come in order.");
            }

            CheckProvisions(f.Provisions);
        }

        if (!Ok)
        {
            return false;
        }

        Documents[f.Document] = document with { Revisions = document.Revisions.Items.Add(new DocumentRevision(document.Revisions.Count + 1, f.Occurred, f.Provisions)) };
        return true;
    }

    private bool DocumentDisclosed(DocumentDisclosed f)
    {
        if (!Known(Documents, f.Document, f.Document.IsValid, ErrorCodes.UnknownDocument, "document"))
        {
            return false;
        }

        var document = Documents[f.Document];
        if (checking && (document.Disclosed is not null || f.Occurred.IsBefore(document.HandedOver).IsYes))
        {
            Fail(ErrorCodes.AlreadyPublic, "Disclosed", "Already public, or not yet handed over.");
            return false;
        }

        Documents[f.Document] = document with { Disclosed = f.Occurred, DisclosedBy = f.How };
        return true;
    }

    // ---- demands and proposals ----

    private bool DemandTabled(DemandTabled f)
    {
        var d = f.Demand;
        New(Demands, d.Id, "demand");
        Text(d.Text, 20_000, ErrorCodes.TextRequired, "text");
        CheckOffer(d.Author, d.Addressees, d.Source);
        if (checking)
        {
            TopicList(d.Topics);
            PartyList(d.Concerns);
            if (d.Package is { } package)
            {
                foreach (var other in Demands.Values)
                {
                    if (other.Package == package && other.Author != d.Author)
                    {
                        Fail(ErrorCodes.PackageMixesAuthors, "Package", "A package belongs to one author.");
                        break;
                    }
                }
            }
        }

        if (!Ok)
        {
            return false;
        }

        Demands[d.Id] = d;
        Lifecycles[d.Id] = new DemandLifecycle(f.Occurred);
        foreach (var addressee in d.Addressees)
        {
            Index(DemandsByAddressee, addressee).Add(d.Id);
        }

        undoDemand = d;
        return true;
    }

    private void CheckOffer(PartyId author, EquatableArray<PartyId> addressees, DemandSource? source)
    {
        if (!checking)
        {
            return;
        }

        Party(author);
        if (addressees.IsEmpty)
        {
            Fail(ErrorCodes.NoAddressee, "Addressees", "Addressed to nobody.");
        }

        PartyList(addressees);
        if (addressees.Contains(author))
        {
            Fail(ErrorCodes.AuthorAmongAddressees, "Addressees", "The author is among the addressees.");
        }

        if (source is not { } s)
        {
            return;
        }

        if (s.Statement is { } statement)
        {
            if (Known(Statements, statement, true, ErrorCodes.UnknownStatement, "statement") && Statements[statement].Statement.Party != author)
            {
                Fail(ErrorCodes.SourceOfOtherAuthor, "Source", "The statement is by another party.");
            }

            return;
        }

        if (s.Provision is not { } provision || !Known(Documents, provision.Document, true, ErrorCodes.UnknownDocument, "document"))
        {
            return;
        }

        var document = Documents[provision.Document];
        if (provision.Revision < 1 || provision.Revision > document.Revisions.Count)
        {
            Fail(ErrorCodes.UnknownRevision, "Source", "No such revision.");
        }
        else if (document.Revisions[provision.Revision - 1].FindProvision(provision.Article) is null)
        {
            Fail(ErrorCodes.UnknownProvision, "Source", "No such article.");
        }

        if (!document.Header.Authors.Contains(author))
        {
            Fail(ErrorCodes.SourceOfOtherAuthor, "Source", "The document is by another party.");
        }
    }

    private bool DemandEnded(Fact f, DemandId id, DemandReplaced? replaced)
    {
        if (!Known(Demands, id, id.IsValid, ErrorCodes.UnknownDemand, "demand"))
        {
            return false;
        }

        var lifecycle = Lifecycles[id];
        if (checking && !lifecycle.IsStanding)
        {
            Fail(ErrorCodes.DemandNotOpen, "Demand", "The demand no longer stands.");
            return false;
        }

        if (replaced is null)
        {
            Lifecycles[id] = lifecycle with { Withdrawn = f.Occurred };
            return true;
        }

        if (!Known(Demands, replaced.By, replaced.By.IsValid, ErrorCodes.UnknownDemand, "demand"))
        {
            return false;
        }

        if (checking && (replaced.By == id || Demands[replaced.By].Author != Demands[id].Author))
        {
            Fail(ErrorCodes.InvalidReplacement, "ReplacedBy", "A demand is replaced by another of the same author.");
            return false;
        }

        Lifecycles[id] = lifecycle with { ReplacedBy = replaced.By, Hardened = replaced.Hardened, Replaced = f.Occurred };
        return true;
    }

    private bool ProposalMade(ProposalMade f)
    {
        var p = f.Proposal;
        New(Proposals, p.Id, "proposal");
        Text(p.Text, 20_000, ErrorCodes.TextRequired, "text");
        CheckOffer(p.Author, p.Addressees, p.Source);
        if (checking)
        {
            TopicList(p.Topics);
            foreach (var subject in p.Answers)
            {
                Subject(subject);
            }
        }

        if (!Ok)
        {
            return false;
        }

        Proposals[p.Id] = p;
        return true;
    }

    // ---- rounds ----

    private bool RoundPlanned(RoundPlanned f)
    {
        var status = f.Agreed ? RoundStatus.Agreed : RoundStatus.Proposed;
        var round = new RoundState(f.Round, status, f.Round.Planned) { History = [new RoundStatusChange(status, f.Occurred)] };
        New(Rounds, round.Id, "round");
        if (checking)
        {
            Shape(round.Plan);
            Plan(round);
        }

        if (!Ok)
        {
            return false;
        }

        Rounds[round.Id] = round;
        foreach (var side in round.Plan.Sides)
        {
            Index(RoundsByParty, side.Party).Add(round.Id);
        }

        CheckCommitments(round);
        return true;
    }

    private void Shape(Round round)
    {
        var sides = new HashSet<PartyId>();
        foreach (var side in round.Sides)
        {
            if (Party(side.Party) && !sides.Add(side.Party))
            {
                Fail(ErrorCodes.DuplicateSide, "Sides", "A party is named as two sides.");
            }

            if (side.Delegation is { } delegation)
            {
                foreach (var person in delegation.Everyone)
                {
                    if (Known(Representatives, person, person.IsValid, ErrorCodes.UnknownRepresentative, "representative") && Representatives[person].Party != side.Party)
                    {
                        Fail(ErrorCodes.DelegateOfOtherParty, "Delegation", "A delegate represents another party.");
                    }
                }
            }
        }

        if (round.Format == RoundFormat.Bilateral && round.Sides.Count != 2)
        {
            Fail(ErrorCodes.BilateralNeedsTwoSides, "Sides", "A bilateral round has two sides.");
        }

        if (round.Format == RoundFormat.Multilateral && round.Sides.Count <= 2 && !round.Sides.Any(s => Parties.GetValueOrDefault(s.Party) is Organisation))
        {
            Fail(ErrorCodes.MultilateralNeedsMoreSides, "Sides", "A multilateral round has more than two sides.");
        }

        if (round.Chair is { } chair && Party(chair) && round.ChairRole == ChairRole.Chair && !round.HasSide(chair))
        {
            Fail(ErrorCodes.ChairNotParticipant, "Chair", "The chair is not a side.");
        }

        if (round.Venue is { } venue)
        {
            Text(venue.Name, 200, ErrorCodes.NameRequired, "venue");
            if (NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(venue.ZoneId) is null)
            {
                Fail(ErrorCodes.UnknownTimeZone, "Venue.ZoneId", "Unknown time zone.");
            }
        }

        TopicList(round.Agenda.Topics);
        foreach (var document in round.Agenda.Documents)
        {
            Known(Documents, document, document.IsValid, ErrorCodes.UnknownDocument, "document");
        }

        foreach (var demand in round.Agenda.Demands)
        {
            Known(Demands, demand, demand.IsValid, ErrorCodes.UnknownDemand, "demand");
        }

        if (round.Precondition is { } precondition)
        {
            foreach (var leaf in precondition.Leaves())
            {
                switch (leaf)
                {
                    case RoundHeldCondition { Round: var r } when r == round.Id:
                    case RoundConcludedCondition { Round: var c } when c == round.Id:
                        Fail(ErrorCodes.PreconditionCycle, "Precondition", "A round cannot require itself.");
                        break;
                    case RoundHeldCondition held:
                        Known(Rounds, held.Round, true, ErrorCodes.UnknownRound, "round");
                        break;
                    case RoundConcludedCondition concluded:
                        Known(Rounds, concluded.Round, true, ErrorCodes.UnknownRound, "round");
                        break;
                    case DocumentPresentedCondition d:
                        Known(Documents, d.Document, true, ErrorCodes.UnknownDocument, "document");
                        break;
                    case DemandAnsweredCondition d:
                        Known(Demands, d.Demand, true, ErrorCodes.UnknownDemand, "demand");
                        break;
                    case PartyTakesPartCondition p:
                        Party(p.Party);
                        break;
                    case DevelopmentOccurredCondition { Against: { } against }:
                        Party(against);
                        break;
                }
            }
        }
    }

    private void Plan(RoundState round)
    {
        if (round.Plan.Precondition is not { } precondition)
        {
            return;
        }

        foreach (var required in precondition.RequiredRounds())
        {
            if (required != round.Id && Rounds.TryGetValue(required, out var other))
            {
                Order(round, other);
            }
        }

        foreach (var leaf in PreconditionRules.Leaves(precondition))
        {
            if (leaf.Required && PreconditionRules.RulesOut(leaf.Condition, round.Planned))
            {
                Fail(ErrorCodes.PlannedOutsideWindow, "Precondition", $"{BaselinePreconditions.NameOf(this, round)} is planned outside its own precondition.");
            }
        }
    }

    private void Order(RoundState dependent, RoundState required)
    {
        if (required.HasBeenHeld)
        {
            return;
        }

        var before = RoundRules.PlannedBefore(dependent.Planned, required.Start);
        if (before.IsYes)
        {
            Fail(ErrorCodes.PlannedBeforeRequiredRound, "Planned", $"{BaselinePreconditions.NameOf(this, dependent)} is planned before {BaselinePreconditions.NameOf(this, required)}.");
        }
        else if (before.IsUndetermined)
        {
            Warn(ErrorCodes.PlannedPossiblyBeforeRequiredRound, "Planned", $"{BaselinePreconditions.NameOf(this, dependent)} may come before {BaselinePreconditions.NameOf(this, required)}.");
        }
    }

    private void CheckCommitments(RoundState round)
    {
        if (round.Status == RoundStatus.Cancelled || !checking)
        {
            return;
        }

        foreach (var commitment in Commitments.Values)
        {
            if (Breaks(round, commitment))
            {
                Warn(ErrorCodes.CommitmentBroken, "Rounds", $"{BaselinePreconditions.NameOf(this, round)} discusses {Topics[commitment.Topic].Name} without {NameOf(commitment.RequiredParticipant)}: \"{commitment.Text}\"");
            }
        }
    }

    private bool Breaks(RoundState round, Commitment commitment) => RoundRules.Breaks(round.Plan, commitment, Topics, Demands);

    private bool Transition(Fact f, RoundId id, RoundStatus to, string? reason, Moment? newPlanned)
    {
        if (!Known(Rounds, id, id.IsValid, ErrorCodes.UnknownRound, "round"))
        {
            return false;
        }

        var current = Rounds[id];
        if (checking && !RoundLifecycle.CanChange(current.Status, to))
        {
            Fail(ErrorCodes.IllegalStatusChange, "Status", $"{BaselinePreconditions.NameOf(this, current)} is {current.Status}; it cannot become {to}.");
            return false;
        }

        if (checking && to is RoundStatus.Postponed or RoundStatus.Cancelled && string.IsNullOrWhiteSpace(reason))
        {
            Fail(ErrorCodes.ReasonRequired, "StatusReason", "Say why.");
            return false;
        }

        var changed = current with
        {
            Status = to,
            Reason = reason ?? current.Reason,
            Planned = newPlanned ?? current.Planned,
            History = current.History.Items.Add(new RoundStatusChange(to, f.Occurred, reason)),
        };
        if (checking && to == RoundStatus.Postponed)
        {
            Plan(changed);
            foreach (var dependent in Rounds.Values)
            {
                if (dependent.Plan.Precondition is { } p && !dependent.HasBeenHeld && dependent.Status != RoundStatus.Cancelled && p.RequiredRounds().Contains(id))
                {
                    Order(dependent, changed);
                }
            }
        }

        if (!Ok)
        {
            return false;
        }

        Rounds[id] = changed;
        return true;
    }

    private bool RoundHeld(RoundHeld f)
    {
        if (!Known(Rounds, f.Round, f.Round.IsValid, ErrorCodes.UnknownRound, "round"))
        {
            return false;
        }

        var current = Rounds[f.Round];
        if (checking && !RoundLifecycle.CanChange(current.Status, RoundStatus.Held))
        {
            Fail(ErrorCodes.IllegalStatusChange, "Status", $"{BaselinePreconditions.NameOf(this, current)} is {current.Status}.");
            return false;
        }

        if (checking && f.Ended is { } ended && ended.IsBefore(f.Occurred).IsYes)
        {
            Fail(ErrorCodes.EndBeforeStart, "ActualEnd", "It cannot end before it starts.");
        }

        var held = current with
        {
            Status = RoundStatus.Held,
            ActualStart = f.Occurred,
            ActualEnd = f.Ended,
            History = current.History.Items.Add(new RoundStatusChange(RoundStatus.Held, f.Occurred)),
        };
        if (checking && current.Plan.Precondition is { } precondition)
        {
            var result = BaselinePreconditions.Evaluate(this, precondition, held, f.Occurred);
            if (result.Met.IsNo)
            {
                Fail(ErrorCodes.PreconditionsNotMet, "Precondition", $"{BaselinePreconditions.NameOf(this, current)} cannot be held: {result}");
            }
            else if (result.Met.IsUndetermined)
            {
                Warn(ErrorCodes.PreconditionsUndetermined, "Precondition", $"It is undetermined whether the preconditions were met: {result}");
            }
        }

        if (!Ok)
        {
            return false;
        }

        Rounds[f.Round] = held;
        CheckCommitments(held);
        undoRound = current;
        return true;
    }

    private bool RoundConcluded(RoundConcluded f)
    {
        Text(f.Outcome.Summary, 20_000, ErrorCodes.TextRequired, "summary");
        if (checking)
        {
            foreach (var statement in f.Outcome.Statements)
            {
                Known(Statements, statement, statement.IsValid, ErrorCodes.UnknownStatement, "statement");
            }

            foreach (var document in f.Outcome.DocumentsHandedOver)
            {
                Known(Documents, document, document.IsValid, ErrorCodes.UnknownDocument, "document");
            }
        }

        if (!Ok || !Transition(f, f.Round, RoundStatus.Concluded, null, null))
        {
            return false;
        }

        var round = Rounds[f.Round];
        Rounds[f.Round] = round with { Outcome = f.Outcome, ActualEnd = round.ActualEnd ?? f.Occurred };
        return true;
    }

    // ---- statements and positions ----

    private bool StatementMade(StatementMade f)
    {
        var s = f.Statement;
        if (checking)
        {
            New(Statements, s.Id, "statement");
            Text(s.Quote, 20_000, ErrorCodes.TextRequired, "quote");
            Party(s.Party);
            PartyList(s.Addressees);
            foreach (var subject in s.About)
            {
                Subject(subject);
            }

            if (s.Speaker is { } speakerId && Known(Representatives, speakerId, speakerId.IsValid, ErrorCodes.UnknownRepresentative, "representative"))
            {
                var speaker = Representatives[speakerId];
                if (speaker.Party != s.Party)
                {
                    Fail(ErrorCodes.SpeaksForOtherParty, "Speaker", $"{speaker.Name} speaks for '{speaker.Party}'.");
                }

                if (speaker.Term.Covers(f.Occurred).IsNo)
                {
                    Fail(ErrorCodes.StatementOutsideTerm, "Speaker", $"{speaker.Name} was not in office then.");
                }
            }
        }

        var stance = s.KindStance;
        if (checking && stance is Stance.Accepts or Stance.AcceptsConditionally)
        {
            foreach (var subject in s.About)
            {
                if (subject.Kind == SubjectKind.Demand && Lifecycles.TryGetValue(new DemandId(subject.Id), out var lifecycle) && !lifecycle.IsStanding)
                {
                    Fail(ErrorCodes.DemandNotOpen, "About", "A demand no longer standing cannot be accepted.");
                }
            }
        }

        if (!Ok)
        {
            return false;
        }

        Statements[s.Id] = new StatementState(s, f.Occurred);
        undoStatement = s.Id;
        if (stance is { } taken)
        {
            foreach (var subject in s.About)
            {
                if (subject.Kind is SubjectKind.Demand or SubjectKind.Document or SubjectKind.Proposal)
                {
                    var key = new PositionKey(s.Party, subject);
                    Index(Positions, key).Add(new Position(s.Party, subject, taken, s.Extent, f.Occurred, s.Id, s.Condition));
                    undoPositions.Add(key);
                }
            }
        }

        return true;
    }

    // ---- commitments, deadlines, developments ----

    private bool CommitmentMade(CommitmentMade f)
    {
        var c = f.Commitment;
        New(Commitments, c.Id, "commitment");
        Text(c.Text, 20_000, ErrorCodes.TextRequired, "text");
        if (checking)
        {
            if (c.Parties.IsEmpty)
            {
                Fail(ErrorCodes.CommitmentWithoutParties, "Parties", "The commitment names no party.");
            }

            PartyList(c.Parties);
            Known(Topics, c.Topic, c.Topic.IsValid, ErrorCodes.UnknownTopic, "topic");
            Party(c.RequiredParticipant);
        }

        if (!Ok)
        {
            return false;
        }

        Commitments[c.Id] = c;
        if (checking)
        {
            foreach (var round in Rounds.Values)
            {
                if (round.Status != RoundStatus.Cancelled && Breaks(round, c))
                {
                    Warn(ErrorCodes.CommitmentBroken, "Rounds", $"{BaselinePreconditions.NameOf(this, round)} breaks '{c.Id}'.");
                }
            }
        }

        return true;
    }

    private bool DeadlineSet(DeadlineSet f)
    {
        var d = f.Deadline;
        New(Deadlines, d.Id, "deadline");
        Text(d.What, 20_000, ErrorCodes.TextRequired, "what");
        Party(d.SetBy);
        if (checking && d.Subject is { } subject)
        {
            Subject(subject);
        }

        if (!Ok)
        {
            return false;
        }

        Deadlines[d.Id] = new DeadlineState(d, f.Occurred);
        return true;
    }

    private bool DeadlineExtended(DeadlineExtended f)
    {
        if (!Known(Deadlines, f.Deadline, f.Deadline.IsValid, ErrorCodes.UnknownDeadline, "deadline"))
        {
            return false;
        }

        var d = Deadlines[f.Deadline];
        if (f.By is { } by)
        {
            Party(by);
        }

        if (checking && (d.Met is not null || f.NewDue <= d.CurrentDue))
        {
            Fail(ErrorCodes.ExtensionNotLater, "Extensions", "Met, or the new day is not later.");
        }

        if (!Ok)
        {
            return false;
        }

        Deadlines[f.Deadline] = d with { Extensions = d.Extensions.Items.Add(new DeadlineExtension(f.NewDue, f.Occurred, f.By)) };
        return true;
    }

    private bool DeadlineMet(DeadlineMet f)
    {
        if (!Known(Deadlines, f.Deadline, f.Deadline.IsValid, ErrorCodes.UnknownDeadline, "deadline"))
        {
            return false;
        }

        var d = Deadlines[f.Deadline];
        if (checking && d.Met is not null)
        {
            Fail(ErrorCodes.DeadlineAlreadyMet, "Met", "Already met.");
            return false;
        }

        Deadlines[f.Deadline] = d with { Met = f.Occurred };
        return true;
    }

    private bool DevelopmentOccurred(DevelopmentOccurred f)
    {
        var d = f.Development;
        New(Developments, d.Id, "development");
        Text(d.Description, 20_000, ErrorCodes.TextRequired, "description");
        PartyList(d.Actors);
        PartyList(d.Targets);
        if (!Ok)
        {
            return false;
        }

        Developments[d.Id] = new DevelopmentState(d, f.Occurred);
        return true;
    }

    private static List<T> Index<TKey, T>(Dictionary<TKey, List<T>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        return list;
    }
}
