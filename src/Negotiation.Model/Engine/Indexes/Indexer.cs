using System.Collections.Immutable;
using System.Numerics;

namespace Negotiation.Model;

/// <summary>
/// Keeps <see cref="CaseIndexes"/> and <see cref="CaseHistory"/> in step with a case: called once per recorded fact with the
/// data before and after the fact, it updates only the entries the fact touched.
/// </summary>
/// <remarks>
/// Index maintenance lives here, in one place, rather than in each fact's <c>Apply</c>: the facts say what changed in
/// the case's collections, and this class reads the before and after values to update the indexes. A new kind of fact
/// needs a case here only if it changes something an index covers.
/// </remarks>
internal static class CaseIndexer
{
    /// <summary>Returns <paramref name="after"/> (the data with the fact applied and appended to the log) with its indexes
    /// and history updated.</summary>
    public static CaseData Update(CaseData before, CaseData after, Fact fact)
    {
        var position = after.Log.Count - 1;
        var index = Apply(before, after, Dated(after.Indexes, fact, position), fact, position);
        return CaseHistory.Update(after with { Indexes = index }, fact);
    }

    private static CaseIndexes Apply(CaseData before, CaseData after, CaseIndexes index, Fact fact, int position) => fact switch
    {
        PartyRegistered { Party: Organisation organisation } =>
            index with { OrganisationsOf = organisation.Memberships.Aggregate(index.OrganisationsOf, (map, m) => map.Add(m.Member, organisation.Id)) },
        MembershipBegan began => index with { OrganisationsOf = index.OrganisationsOf.Add(began.Member, began.Organisation) },
        TopicDefined { Topic: { Broader: { } broader } topic } => index with { NarrowerTopics = index.NarrowerTopics.Add(broader, topic.Id) },
        DemandTabled tabled => DemandTabled(after, index, after.Demands[tabled.Demand.Id]),
        DemandWithdrawn withdrawn => Refresh(after, index, withdrawn.Demand),
        DemandReplaced replaced => Refresh(after, index, replaced.Demand),
        ProposalMade made => index with
        {
            ProposalsAnswering = made.Proposal.Answers.Aggregate(index.ProposalsAnswering, (map, subject) => map.Add(subject, made.Proposal.Id)),
        },
        DocumentPresented presented => DocumentPresented(index, after.Documents[presented.Document.Id]),
        DocumentDisclosed disclosed => index with { PublicDocuments = index.PublicDocuments.Add(disclosed.Document) },
        StatementMade made => StatementMade(before, after, index, made.Statement),
        RoundPlanned planned => Moved(before, after, index, planned.Round.Id),
        RoundHeld held => RoundHeld(after, Moved(before, after, index, held.Round), held.Round),
        RoundAgreed agreed => Moved(before, after, index, agreed.Round),
        RoundRescheduled rescheduled => Moved(before, after, index, rescheduled.Round),
        RoundPostponed postponed => Moved(before, after, index, postponed.Round),
        RoundCancelled cancelled => Moved(before, after, index, cancelled.Round),
        RoundConcluded concluded => Moved(before, after, index, concluded.Round),
        _ => index,
    };

    private static CaseIndexes Dated(CaseIndexes index, Fact fact, int position)
    {
        var window = fact.Occurred.Window;
        return index with
        {
            FactsByDate = index.FactsByDate.Add(new DatedKey<int>(window.Start, position)),
            LongestFactWindow = Math.Max(index.LongestFactWindow, window.LengthInDays),
        };
    }

    private static CaseIndexes DemandTabled(CaseData data, CaseIndexes index, Demand demand)
    {
        var byDocument = DemandStatusRules.CarryingDocument(demand) is { } document
            ? index.DemandsByDocument.Add(document, demand.Id)
            : index.DemandsByDocument;
        index = index with
        {
            DemandsByAuthor = index.DemandsByAuthor.Add(demand.Author, demand.Id),
            DemandsByTopic = demand.Topics.Aggregate(index.DemandsByTopic, (map, topic) => map.Add(topic, demand.Id)),
            DemandsByKind = index.DemandsByKind.Add(demand.Kind, demand.Id),
            DemandsByDocument = byDocument,
        };
        return Refresh(data, index, demand.Id, tabled: true);
    }

    /// <summary>Recomputes one demand's status per addressee and moves it between the status buckets that changed; a
    /// demand just <paramref name="tabled"/> had none.</summary>
    private static CaseIndexes Refresh(CaseData data, CaseIndexes index, DemandId id, bool tabled = false)
    {
        var demand = data.Demands[id];
        var old = tabled ? default : index.StatusesOf(demand);
        var now = DemandStatusRules.Statuses(data, index, demand);
        if (!old.IsDefault && old.SequenceEqual(now))
        {
            return index;
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

        return index with
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

    private static CaseIndexes RefreshCarried(CaseData data, CaseIndexes index, DocumentId document)
    {
        foreach (var demand in index.DemandsByDocument.Get(document))
        {
            index = Refresh(data, index, demand);
        }

        return index;
    }

    private static CaseIndexes DocumentPresented(CaseIndexes index, Document document)
    {
        var readers = document.Authors.Concat(document.Addressees).Concat(document.SharedWith)
            .Aggregate(index.ReadableDocuments, (map, party) => map.Add(party, document.Id));
        return index with
        {
            Replies = document.RepliesTo is { } original ? index.Replies.Add(original, document.Id) : index.Replies,
            ReadableDocuments = readers,
            PublicDocuments = document.Disclosed is not null ? index.PublicDocuments.Add(document.Id) : index.PublicDocuments,
        };
    }

    private static CaseIndexes StatementMade(CaseData before, CaseData after, CaseIndexes index, Statement statement)
    {
        foreach (var subject in statement.About)
        {
            var key = new PositionKey(statement.Party, subject);
            after.Positions.TryGetValue(key, out var now);
            before.Positions.TryGetValue(key, out var was);
            if (!ReferenceEquals(now, was))
            {
                index = subject.Kind switch
                {
                    SubjectKind.Demand => Refresh(after, index, new DemandId(subject.Id)),
                    SubjectKind.Document => RefreshCarried(after, index, new DocumentId(subject.Id)),
                    _ => index,
                };
            }
        }

        return index;
    }

    private static CaseIndexes RoundHeld(CaseData data, CaseIndexes index, RoundId id)
    {
        var round = data.Rounds[id];
        var sides = round.Participants.ToList();
        var demandsDiscussed = index.DemandDiscussedBy;
        var documentsDiscussed = index.DocumentDiscussedBy;
        foreach (var side in sides)
        {
            demandsDiscussed = round.Agenda.Demands.Aggregate(demandsDiscussed, (map, demand) => map.Add(demand, side));
            documentsDiscussed = round.Agenda.Documents.Aggregate(documentsDiscussed, (map, document) => map.Add(document, side));
        }

        index = index with { DemandDiscussedBy = demandsDiscussed, DocumentDiscussedBy = documentsDiscussed };
        foreach (var demand in round.Agenda.Demands)
        {
            index = Refresh(data, index, demand);
        }

        foreach (var document in round.Agenda.Documents)
        {
            index = RefreshCarried(data, index, document);
        }

        return index;
    }

    /// <summary>Files a new round under its start day and sides, or moves it when its start day changed.</summary>
    private static CaseIndexes Moved(CaseData before, CaseData after, CaseIndexes index, RoundId id)
    {
        var round = after.Rounds[id];
        var start = round.Start.Window;
        before.Rounds.TryGetValue(id, out var previous);
        if (previous is not null && previous.Start.Window.Start == start.Start)
        {
            return index;
        }

        var byStart = index.RoundsByStart;
        var byParticipant = index.RoundsByParticipant;
        var sides = round.Participants.Distinct().ToList();
        if (previous is not null)
        {
            var oldKey = new DatedKey<RoundId>(previous.Start.Window.Start, id);
            byStart = byStart.Remove(oldKey);
            byParticipant = sides.Aggregate(byParticipant, (map, party) => map.Remove(party, oldKey));
        }

        var key = new DatedKey<RoundId>(start.Start, id);
        return index with
        {
            RoundsByStart = byStart.Add(key),
            RoundsByParticipant = sides.Aggregate(byParticipant, (map, party) => map.Add(party, key)),
            LongestRoundWindow = Math.Max(index.LongestRoundWindow, start.LengthInDays),
        };
    }
}
