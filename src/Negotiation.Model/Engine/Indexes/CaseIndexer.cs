using System.Collections.Immutable;
using System.Numerics;
using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>
/// Keeps <see cref="CaseIndexes"/> in step with a case: called once per fact with the data before and after it and the
/// entities the fact wrote (<see cref="CaseEvolution.Written"/>), it updates only the entries those entities file under.
/// </summary>
/// <remarks>
/// <para>Index maintenance reads what changed, not which fact changed it: for each entity written it compares the value
/// before and after (a new round is filed by its start day and sides; a round whose start moved is re-filed; a round that
/// became held marks its agenda as discussed; a new position recomputes the status of the demands it is about). So a new
/// kind of fact needs nothing here: writing an entity is enough. Only a new kind of <em>entity</em> needs a case below,
/// and the switch over <see cref="EntityKind"/> has no default branch to hide a missing one.</para>
/// <para>The demands whose status was recomputed are part of the description of the change (<see cref="CaseChange"/>).</para>
/// </remarks>
internal static class CaseIndexer
{
    /// <summary>Returns <paramref name="after"/> (the data with the fact evolved) with <paramref name="log"/> (the log
    /// with the fact appended), its indexes updated and, when given, <paramref name="history"/>, in one copy, and the
    /// description of the change.</summary>
    public static CaseStep Update(CaseData before, CaseData after, AppendVector<Fact> log, Fact fact, IReadOnlyList<EntityKey> written, CaseHistory? history = null)
    {
        var position = log.Count - 1;
        var indexing = new Indexing(before, after, Dated(after.Indexes, fact, position), position);
        foreach (var key in written)
        {
            indexing.Wrote(key);
        }

        return new(after with { Log = log, Indexes = indexing.Index, History = history ?? after.History }, new CaseChange(fact, written, indexing.Refreshed));
    }

    /// <summary>Updates, for one fact of a bulk evolution, only the indexes that depend on the order of the log or that the
    /// evolution of later facts reads (states by code, package owners, memberships, organisations' parts, topics, speakers'
    /// bounds, when a round was first held, the longest round window); <see cref="Completed"/> builds the rest once at the
    /// end.</summary>
    /// <remarks>The split is what makes a bulk evolution cheaper: the demand statuses, the demand, document and round
    /// indexes are most of the per-fact upkeep (a status recomputed per position, a copy of the indexes per index touched),
    /// and they are functions of the final data, so building them once from it gives the same indexes
    /// (<c>IndexProperties</c> checks it over generated histories of every fact kind).</remarks>
    public static CaseIndexes BulkStep(CaseIndexes index, CaseEvolution evolution, int position)
    {
        var written = evolution.Written;
        var previous = evolution.Previous ?? throw new InvalidOperationException("BulkStep takes a bulk evolution (over a CaseDataBuilder).");
        for (var i = 0; i < written.Count; i++)
        {
            var key = written[i];
            var was = previous[i];
            switch (key.Kind)
            {
                case EntityKind.Party:
                    index = PartyWritten(index, was as Party, evolution.Parties[PartyId.FromChecked(key.Id)]);
                    break;
                case EntityKind.Topic:
                    index = TopicWritten(index, was as Topic, evolution.Topics[TopicId.FromChecked(key.Id)]);
                    break;
                case EntityKind.Demand:
                    index = was is null ? DemandTabled(index, evolution.Demands[DemandId.FromChecked(key.Id)]) : index;
                    break;
                case EntityKind.Round:
                    index = RoundWritten(index, was as Round, evolution.Rounds[RoundId.FromChecked(key.Id)], position);
                    break;
                case EntityKind.Statement:
                    index = StatementWritten(index, was as Statement, evolution.Statements[StatementId.FromChecked(key.Id)]);
                    break;
                case EntityKind.Representative:
                case EntityKind.Proposal:
                case EntityKind.Document:
                case EntityKind.Commitment:
                case EntityKind.Position:
                case EntityKind.Deadline:
                case EntityKind.Development:
                case EntityKind.Agreement:
                case EntityKind.Role:
                    // Built once at the end (Completed), or filed by no index.
                    break;
            }
        }

        return index;
    }

    /// <summary>Completes the indexes of data evolved in bulk with <see cref="BulkStep"/>: builds, from the data as it
    /// stands and its log, every index <see cref="BulkStep"/> left out, with the collections' builders, and freezes each
    /// once.</summary>
    public static CaseIndexes Completed(CaseData data)
    {
        var bulk = data.Indexes;

        // The log by day, in log order as Dated files it.
        var byDate = DatedIndex.Build(data.Log.Select((fact, i) => new DatedKey<int>(fact.Occurred.Window.Start, i)));
        var longestFact = data.Log.Aggregate(1, (longest, fact) => Math.Max(longest, fact.Occurred.Window.LengthInDays));

        // Rounds: by start day and side, the rounds their preconditions require, and what held rounds discussed.
        var byStart = ImmutableSortedSet.CreateBuilder<DatedKey<RoundId>>();
        var byParticipant = new MultimapBuilder<PartyId, DatedKey<RoundId>>();
        var dependents = new MultimapBuilder<RoundId, RoundId>();
        var demandsDiscussed = new MultimapBuilder<DemandId, PartyId>();
        var documentsDiscussed = new MultimapBuilder<DocumentId, PartyId>();
        foreach (var round in data.Rounds.Values)
        {
            var key = new DatedKey<RoundId>(round.Start.Window.Start, round.Id);
            byStart.Add(key);
            foreach (var side in round.Participants)
            {
                byParticipant.Add(side, key);
                if (round.HasBeenHeld)
                {
                    foreach (var demand in round.Agenda.Demands)
                    {
                        demandsDiscussed.Add(demand, side);
                    }

                    foreach (var document in round.Agenda.Documents)
                    {
                        documentsDiscussed.Add(document, side);
                    }
                }
            }

            foreach (var required in Indexing.Required(round))
            {
                dependents.Add(required, round.Id);
            }
        }

        // Documents and proposals.
        var replies = new MultimapBuilder<DocumentId, DocumentId>();
        var readable = new MultimapBuilder<PartyId, DocumentId>();
        var published = ImmutableSortedSet.CreateBuilder<DocumentId>();
        foreach (var document in data.Documents.Values)
        {
            foreach (var reader in document.Authors.Concat(document.Addressees).Concat(document.SharedWith))
            {
                readable.Add(reader, document.Id);
            }

            if (document.RepliesTo is { } original)
            {
                replies.Add(original, document.Id);
            }

            if (document.Disclosed is not null)
            {
                published.Add(document.Id);
            }
        }

        var answering = new MultimapBuilder<SubjectRef, ProposalId>();
        foreach (var proposal in data.Proposals.Values)
        {
            foreach (var subject in proposal.Answers)
            {
                answering.Add(subject, proposal.Id);
            }
        }

        var index = bulk with
        {
            FactsByDate = byDate,
            LongestFactWindow = longestFact,
            RoundsByStart = byStart.ToImmutable(),
            RoundsByParticipant = byParticipant.ToImmutable(),
            RoundDependents = dependents.ToImmutable(),
            DemandDiscussedBy = demandsDiscussed.ToImmutable(),
            DocumentDiscussedBy = documentsDiscussed.ToImmutable(),
            Replies = replies.ToImmutable(),
            ReadableDocuments = readable.ToImmutable(),
            PublicDocuments = published.ToImmutable(),
            ProposalsAnswering = answering.ToImmutable(),
        };

        // Demands: by author, topic, kind and carrying document, then their statuses, which read what was discussed.
        var byAuthor = new MultimapBuilder<PartyId, DemandId>();
        var byTopic = new MultimapBuilder<TopicId, DemandId>();
        var byKind = new MultimapBuilder<DemandKind, DemandId>();
        var byDocument = new MultimapBuilder<DocumentId, DemandId>();
        var byStatus = new MultimapBuilder<DemandStatus, DemandId>();
        var statuses = ImmutableDictionary.CreateBuilder<DemandId, ImmutableArray<DemandStatus>>();
        var all = new MultimapBuilder<PartyId, DemandId>();
        var open = new MultimapBuilder<PartyId, DemandId>();
        var openDemands = ImmutableSortedSet.CreateBuilder<DemandId>();
        foreach (var demand in data.Demands.Values)
        {
            byAuthor.Add(demand.Author, demand.Id);
            foreach (var topic in demand.Topics)
            {
                byTopic.Add(topic, demand.Id);
            }

            byKind.Add(demand.Kind, demand.Id);
            if (DemandStatusRules.CarryingDocument(demand) is { } document)
            {
                byDocument.Add(document, demand.Id);
            }

            var now = DemandStatusRules.Statuses(data, index, demand);
            if (!CaseIndexes.IsAllTabled(now))
            {
                statuses.Add(demand.Id, now);
            }

            for (var has = Indexing.Mask(now); has != 0; has &= has - 1)
            {
                byStatus.Add((DemandStatus)BitOperations.TrailingZeroCount(has), demand.Id);
            }

            for (var i = 0; i < now.Length; i++)
            {
                all.Add(demand.Addressees[i], demand.Id);
                if (DemandStatusRules.IsOpen(now[i]))
                {
                    open.Add(demand.Addressees[i], demand.Id);
                    openDemands.Add(demand.Id);
                }
            }
        }

        var openByAddressee = open.ToImmutable();
        return index with
        {
            DemandsByAuthor = byAuthor.ToImmutable(),
            DemandsByTopic = byTopic.ToImmutable(),
            DemandsByKind = byKind.ToImmutable(),
            DemandsByDocument = byDocument.ToImmutable(),
            Statuses = statuses.ToImmutable(),
            DemandsByStatus = byStatus.ToImmutable(),
            DemandsByAddressee = all.ToImmutable().ToImmutableDictionary(p => p.Key, p => new AddresseeDemands(p.Value, openByAddressee.Get(p.Key))),
            OpenDemands = openDemands.ToImmutable(),
        };
    }

    // The steps below are shared by the update fact by fact (Indexing) and the bulk evolution (BulkStep): each takes an
    // entity's value before the fact (null when new) and after it.

    /// <summary>A party written: the first state with its code, an organisation's parts and its new membership periods.</summary>
    private static CaseIndexes PartyWritten(CaseIndexes index, Party? was, Party now)
    {
        if (was is null && now is State state && !index.StatesByIsoCode.ContainsKey(state.IsoCode))
        {
            index = index with { StatesByIsoCode = index.StatesByIsoCode.Add(state.IsoCode, state.Id) };
        }

        if (was is null && now is Organisation { PartOf: { } whole })
        {
            index = index with { PartsOf = index.PartsOf.Add(whole, now.Id) };
        }

        if (now is Organisation organisation)
        {
            var known = (was as Organisation)?.Periods.Count ?? 0;
            var organisationsOf = index.OrganisationsOf;
            var periods = index.MembershipPeriods;
            for (var i = known; i < organisation.Periods.Count; i++)
            {
                var member = new MemberOf(organisation.Id, organisation.Periods[i].Member);
                organisationsOf = organisationsOf.Add(member.Member, organisation.Id);
                periods = periods.SetItem(member, (periods.TryGetValue(member, out var earlier) ? earlier : []).Add(i));
            }

            index = index with { OrganisationsOf = organisationsOf, MembershipPeriods = periods };
        }

        return index;
    }

    /// <summary>A topic defined: filed under the broader topic it names.</summary>
    private static CaseIndexes TopicWritten(CaseIndexes index, Topic? was, Topic now) =>
        was is null && now.Broader is { } broader ? index with { NarrowerTopics = index.NarrowerTopics.Add(broader, now.Id) } : index;

    /// <summary>A demand tabled: the first demand of its package names the package's owner.</summary>
    private static CaseIndexes DemandTabled(CaseIndexes index, Demand demand) =>
        demand.Package is { } package && !index.PackageOwners.ContainsKey(package)
            ? index with { PackageOwners = index.PackageOwners.Add(package, new PackageOwner(demand.Author, demand.Id)) }
            : index;

    /// <summary>A round written: how far back a round in progress may have started (from its first possible day to its last
    /// possible end), and when it was first held.</summary>
    private static CaseIndexes RoundWritten(CaseIndexes index, Round? was, Round now, int position)
    {
        var longest = NodaTime.Period.DaysBetween(now.Start.Window.Start, now.End?.Window.End ?? now.Start.Window.End) + 1;
        if (longest > index.LongestRoundWindow)
        {
            index = index with { LongestRoundWindow = longest };
        }

        return now.HasBeenHeld && was?.HasBeenHeld != true ? index with { HeldAt = index.HeldAt.SetItem(now.Id, position) } : index;
    }

    /// <summary>A statement made: its speaker's bound.</summary>
    private static CaseIndexes StatementWritten(CaseIndexes index, Statement? was, Statement now)
    {
        if (was is not null || now.Speaker is not { } speaker)
        {
            return index;
        }

        var bounds = SpeakerIndex.Spoke(index.SpokenUntil, speaker, now.Made.Window.Start);
        return ReferenceEquals(bounds, index.SpokenUntil) ? index : index with { SpokenUntil = bounds };
    }

    /// <summary>One fact's index update under way: <paramref name="after"/> has the fact evolved, and the fact's place in
    /// the log is <paramref name="position"/>.</summary>
    private sealed class Indexing(CaseData before, CaseData after, CaseIndexes index, int position)
    {
        private List<DemandId>? refreshed;

        public CaseIndexes Index { get; private set; } = index;

        public IReadOnlyList<DemandId> Refreshed => refreshed ?? (IReadOnlyList<DemandId>)[];

        public void Wrote(EntityKey key)
        {
            switch (key.Kind)
            {
                case EntityKind.Party:
                    Index = PartyWritten(Index, before.Parties.GetValueOrDefault(PartyId.FromChecked(key.Id)), after.Parties[PartyId.FromChecked(key.Id)]);
                    break;
                case EntityKind.Topic:
                    Index = TopicWritten(Index, before.Topics.GetValueOrDefault(TopicId.FromChecked(key.Id)), after.Topics[TopicId.FromChecked(key.Id)]);
                    break;
                case EntityKind.Demand:
                    Demand(DemandId.FromChecked(key.Id));
                    break;
                case EntityKind.Proposal:
                    if (!before.Proposals.ContainsKey(ProposalId.FromChecked(key.Id)))
                    {
                        var proposal = after.Proposals[ProposalId.FromChecked(key.Id)];
                        Index = Index with { ProposalsAnswering = proposal.Answers.Aggregate(Index.ProposalsAnswering, (map, subject) => map.Add(subject, proposal.Id)) };
                    }

                    break;
                case EntityKind.Document:
                    Document(DocumentId.FromChecked(key.Id));
                    break;
                case EntityKind.Round:
                    Round(RoundId.FromChecked(key.Id));
                    break;
                case EntityKind.Statement:
                    Index = StatementWritten(Index, before.Statements.GetValueOrDefault(StatementId.FromChecked(key.Id)), after.Statements[StatementId.FromChecked(key.Id)]);
                    break;
                case EntityKind.Position:
                    var subject = key.Position!.Value.Subject;
                    if (subject.Kind == SubjectKind.Demand)
                    {
                        Refresh(DemandId.FromChecked(subject.Id));
                    }
                    else if (subject.Kind == SubjectKind.Document)
                    {
                        RefreshCarried(DocumentId.FromChecked(subject.Id));
                    }

                    break;
                case EntityKind.Representative:
                case EntityKind.Commitment:
                case EntityKind.Deadline:
                case EntityKind.Development:
                case EntityKind.Agreement:
                case EntityKind.Role:
                    // No index files these: queries read them from their collections.
                    break;
            }
        }

        private void Demand(DemandId id)
        {
            if (before.Demands.ContainsKey(id))
            {
                Refresh(id);
                return;
            }

            var demand = after.Demands[id];
            var byDocument = DemandStatusRules.CarryingDocument(demand) is { } document
                ? Index.DemandsByDocument.Add(document, demand.Id)
                : Index.DemandsByDocument;
            Index = DemandTabled(Index, demand) with
            {
                DemandsByAuthor = Index.DemandsByAuthor.Add(demand.Author, demand.Id),
                DemandsByTopic = demand.Topics.Aggregate(Index.DemandsByTopic, (map, topic) => map.Add(topic, demand.Id)),
                DemandsByKind = Index.DemandsByKind.Add(demand.Kind, demand.Id),
                DemandsByDocument = byDocument,
            };
            Refresh(id, tabled: true);
        }

        private void Document(DocumentId id)
        {
            before.Documents.TryGetValue(id, out var was);
            var document = after.Documents[id];
            if (was is null)
            {
                var readers = document.Authors.Concat(document.Addressees).Concat(document.SharedWith)
                    .Aggregate(Index.ReadableDocuments, (map, party) => map.Add(party, document.Id));
                Index = Index with
                {
                    Replies = document.RepliesTo is { } original ? Index.Replies.Add(original, document.Id) : Index.Replies,
                    ReadableDocuments = readers,
                    PublicDocuments = document.Disclosed is not null ? Index.PublicDocuments.Add(document.Id) : Index.PublicDocuments,
                };
            }
            else if (was.Disclosed is null && document.Disclosed is not null)
            {
                Index = Index with { PublicDocuments = Index.PublicDocuments.Add(id) };
            }
        }

        private void Round(RoundId id)
        {
            before.Rounds.TryGetValue(id, out var was);
            var round = after.Rounds[id];
            Index = RoundWritten(Index, was, round, position);
            Moved(was, round);
            if (!Equals(was?.Precondition, round.Precondition))
            {
                // Planned with preconditions, or its preconditions changed since: it depends on the rounds its new
                // preconditions require, and no longer on those only its old ones did.
                var requiredBefore = Required(was);
                var requiredNow = Required(round);
                var dependents = Index.RoundDependents;
                dependents = requiredBefore.Except(requiredNow).Aggregate(dependents, (map, required) => map.Remove(required, id));
                dependents = requiredNow.Except(requiredBefore).Aggregate(dependents, (map, required) => map.Add(required, id));
                Index = Index with { RoundDependents = dependents };
            }

            if (round.HasBeenHeld && was?.HasBeenHeld != true)
            {
                Held(round);
            }
        }

        /// <summary>The other rounds <paramref name="round"/>'s preconditions require (through all-of only), each once.</summary>
        public static HashSet<RoundId> Required(Round? round)
        {
            var required = new HashSet<RoundId>();
            if (round?.Precondition is { } precondition)
            {
                foreach (var leaf in PreconditionRules.Leaves(precondition))
                {
                    if (leaf.Required && leaf.Condition is IRoundDependency { Round: var other } && other.IsValid && other != round.Id)
                    {
                        required.Add(other);
                    }
                }
            }

            return required;
        }

        /// <summary>A round just held: its sides have discussed its agenda.</summary>
        private void Held(Round round)
        {
            var demandsDiscussed = Index.DemandDiscussedBy;
            var documentsDiscussed = Index.DocumentDiscussedBy;
            foreach (var side in round.Participants)
            {
                demandsDiscussed = round.Agenda.Demands.Aggregate(demandsDiscussed, (map, demand) => map.Add(demand, side));
                documentsDiscussed = round.Agenda.Documents.Aggregate(documentsDiscussed, (map, document) => map.Add(document, side));
            }

            Index = Index with { DemandDiscussedBy = demandsDiscussed, DocumentDiscussedBy = documentsDiscussed };
            foreach (var demand in round.Agenda.Demands)
            {
                Refresh(demand);
            }

            foreach (var document in round.Agenda.Documents)
            {
                RefreshCarried(document);
            }
        }

        /// <summary>Files a new round under its start day and sides, or moves it when its start day changed.</summary>
        private void Moved(Round? previous, Round round)
        {
            var id = round.Id;
            var start = round.Start.Window;

            if (previous is not null && previous.Start.Window.Start == start.Start)
            {
                return;
            }

            var byStart = Index.RoundsByStart;
            var byParticipant = Index.RoundsByParticipant;
            var sides = round.Participants.Distinct().ToList();
            if (previous is not null)
            {
                var oldKey = new DatedKey<RoundId>(previous.Start.Window.Start, id);
                byStart = byStart.Remove(oldKey);
                byParticipant = sides.Aggregate(byParticipant, (map, party) => map.Remove(party, oldKey));
            }

            var key = new DatedKey<RoundId>(start.Start, id);
            Index = Index with
            {
                RoundsByStart = byStart.Add(key),
                RoundsByParticipant = sides.Aggregate(byParticipant, (map, party) => map.Add(party, key)),
            };
        }

        private void RefreshCarried(DocumentId document)
        {
            foreach (var demand in Index.DemandsByDocument.Get(document))
            {
                Refresh(demand);
            }
        }

        /// <summary>Recomputes one demand's status per addressee and moves it between the status buckets that changed; a
        /// demand just <paramref name="tabled"/> had none.</summary>
        private void Refresh(DemandId id, bool tabled = false)
        {
            refreshed ??= [];
            if (!refreshed.Contains(id))
            {
                refreshed.Add(id);
            }

            var index = Index;
            var demand = after.Demands[id];
            var old = tabled ? default : index.StatusesOf(demand);
            var now = DemandStatusRules.Statuses(after, index, demand);
            if (!old.IsDefault && old.SequenceEqual(now))
            {
                return;
            }

            // A demand just tabled joins its addressees' buckets, and their open buckets in the same write.
            var byAddressee = index.DemandsByAddressee;
            var anyOpen = false;
            for (var i = 0; i < now.Length; i++)
            {
                var isOpen = DemandStatusRules.IsOpen(now[i]);
                if (tabled || DemandStatusRules.IsOpen(old[i]) != isOpen)
                {
                    var addressee = demand.Addressees[i];
                    var (all, open) = byAddressee.TryGetValue(addressee, out var demands) ? demands : AddresseeDemands.None;
                    byAddressee = byAddressee.SetItem(addressee, new(tabled ? all.Add(id) : all, isOpen ? open.Add(id) : open.Remove(id)));
                }

                anyOpen |= isOpen;
            }

            var byStatus = index.DemandsByStatus;
            var has = Mask(now);
            for (var changed = Mask(old) ^ has; changed != 0; changed &= changed - 1)
            {
                var status = (DemandStatus)BitOperations.TrailingZeroCount(changed);
                byStatus = (has & (1 << (int)status)) != 0 ? byStatus.Add(status, id) : byStatus.Remove(status, id);
            }

            Index = index with
            {
                Statuses = CaseIndexes.IsAllTabled(now) ? index.Statuses.Remove(id) : index.Statuses.SetItem(id, now),
                DemandsByStatus = byStatus,
                DemandsByAddressee = byAddressee,
                OpenDemands = anyOpen ? index.OpenDemands.Add(id) : index.OpenDemands.Remove(id),
            };
        }

        /// <summary>The statuses a demand has with some addressee, one bit each.</summary>
        public static int Mask(ImmutableArray<DemandStatus> statuses)
        {
            var mask = 0;
            foreach (var status in statuses.IsDefault ? [] : statuses)
            {
                mask |= 1 << (int)status;
            }

            return mask;
        }
    }

    private static CaseIndexes Dated(CaseIndexes index, Fact fact, int position)
    {
        var window = fact.Occurred.Window;
        return index with
        {
            FactsByDate = index.FactsByDate.Add(new DatedKey<int>(window.Start, position)),
            LongestFactWindow = Math.Max(index.LongestFactWindow, window.LengthInDays),
        };
    }
}
