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
                    Party(new PartyId(key.Id));
                    break;
                case EntityKind.Topic:
                    if (!before.Topics.ContainsKey(new TopicId(key.Id)) && after.Topics[new TopicId(key.Id)] is { Broader: { } broader } topic)
                    {
                        Index = Index with { NarrowerTopics = Index.NarrowerTopics.Add(broader, topic.Id) };
                    }

                    break;
                case EntityKind.Demand:
                    Demand(new DemandId(key.Id));
                    break;
                case EntityKind.Proposal:
                    if (!before.Proposals.ContainsKey(new ProposalId(key.Id)))
                    {
                        var proposal = after.Proposals[new ProposalId(key.Id)];
                        Index = Index with { ProposalsAnswering = proposal.Answers.Aggregate(Index.ProposalsAnswering, (map, subject) => map.Add(subject, proposal.Id)) };
                    }

                    break;
                case EntityKind.Document:
                    Document(new DocumentId(key.Id));
                    break;
                case EntityKind.Round:
                    Round(new RoundId(key.Id));
                    break;
                case EntityKind.Statement:
                    if (!before.Statements.ContainsKey(new StatementId(key.Id)) && after.Statements[new StatementId(key.Id)] is { Speaker: { } speaker } statement)
                    {
                        Index = Index with { SpokenUntil = SpeakerIndex.Spoke(Index.SpokenUntil, speaker, statement.Made.Window.Start) };
                    }

                    break;
                case EntityKind.Position:
                    var subject = key.Position!.Value.Subject;
                    if (subject.Kind == SubjectKind.Demand)
                    {
                        Refresh(new DemandId(subject.Id));
                    }
                    else if (subject.Kind == SubjectKind.Document)
                    {
                        RefreshCarried(new DocumentId(subject.Id));
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

        private void Party(PartyId id)
        {
            before.Parties.TryGetValue(id, out var was);
            var now = after.Parties[id];
            if (was is null && now is State state && !Index.StatesByIsoCode.ContainsKey(state.IsoCode))
            {
                Index = Index with { StatesByIsoCode = Index.StatesByIsoCode.Add(state.IsoCode, state.Id) };
            }

            if (was is null && now is Organisation { PartOf: { } whole })
            {
                Index = Index with { PartsOf = Index.PartsOf.Add(whole, id) };
            }

            if (now is Organisation organisation)
            {
                var known = (was as Organisation)?.Periods.Count ?? 0;
                var organisationsOf = Index.OrganisationsOf;
                var periods = Index.MembershipPeriods;
                for (var i = known; i < organisation.Periods.Count; i++)
                {
                    var member = new MemberOf(organisation.Id, organisation.Periods[i].Member);
                    organisationsOf = organisationsOf.Add(member.Member, organisation.Id);
                    periods = periods.SetItem(member, (periods.TryGetValue(member, out var earlier) ? earlier : []).Add(i));
                }

                Index = Index with { OrganisationsOf = organisationsOf, MembershipPeriods = periods };
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
            var owners = Index.PackageOwners;
            Index = Index with
            {
                DemandsByAuthor = Index.DemandsByAuthor.Add(demand.Author, demand.Id),
                DemandsByTopic = demand.Topics.Aggregate(Index.DemandsByTopic, (map, topic) => map.Add(topic, demand.Id)),
                DemandsByKind = Index.DemandsByKind.Add(demand.Kind, demand.Id),
                DemandsByDocument = byDocument,
                PackageOwners = demand.Package is { } package && !owners.ContainsKey(package) ? owners.Add(package, new PackageOwner(demand.Author, demand.Id)) : owners,
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
                Index = Index with { HeldAt = Index.HeldAt.SetItem(id, position) };
                Held(round);
            }
        }

        /// <summary>The other rounds <paramref name="round"/>'s preconditions require (through all-of only), each once.</summary>
        private static HashSet<RoundId> Required(Round? round)
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

            // How far back a round in progress may have started: from its first possible day to its last possible end.
            var longest = Math.Max(Index.LongestRoundWindow, NodaTime.Period.DaysBetween(start.Start, round.End?.Window.End ?? start.End) + 1);
            if (previous is not null && previous.Start.Window.Start == start.Start)
            {
                Index = Index with { LongestRoundWindow = longest };
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
                LongestRoundWindow = longest,
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
        private static int Mask(ImmutableArray<DemandStatus> statuses)
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
