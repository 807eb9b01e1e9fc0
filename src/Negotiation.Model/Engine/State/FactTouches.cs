namespace Negotiation.Model;

/// <summary>What each kind of fact changes in a case: the keys version comparison looks at.</summary>
internal static class FactTouches
{
    public static IEnumerable<EntityKey> Keys(Fact fact) => fact switch
    {
        PartyRegistered f => [Key(EntityKind.Party, f.Party.Id.Value)],
        MembershipBegan f => [Key(EntityKind.Party, f.Organisation.Value)],
        MembershipEnded f => [Key(EntityKind.Party, f.Organisation.Value)],
        RepresentativeAppointed f => [Key(EntityKind.Representative, f.Representative.Id.Value)],
        RepresentativeLeftOffice f => [Key(EntityKind.Representative, f.Representative.Value)],
        TopicDefined f => [Key(EntityKind.Topic, f.Topic.Id.Value)],
        DemandTabled f => [Key(EntityKind.Demand, f.Demand.Id.Value)],
        DemandWithdrawn f => [Key(EntityKind.Demand, f.Demand.Value)],
        DemandReplaced f => [Key(EntityKind.Demand, f.Demand.Value)],
        ProposalMade f => [Key(EntityKind.Proposal, f.Proposal.Id.Value)],
        DocumentPresented f => [Key(EntityKind.Document, f.Document.Id.Value)],
        DocumentRevised f => [Key(EntityKind.Document, f.Document.Value)],
        DocumentDisclosed f => [Key(EntityKind.Document, f.Document.Value)],
        RoundPlanned f => [Key(EntityKind.Round, f.Round.Id.Value)],
        RoundAgreed f => [Key(EntityKind.Round, f.Round.Value)],
        RoundRescheduled f => [Key(EntityKind.Round, f.Round.Value)],
        RoundHeld f => [Key(EntityKind.Round, f.Round.Value)],
        RoundConcluded f => [Key(EntityKind.Round, f.Round.Value)],
        RoundPostponed f => [Key(EntityKind.Round, f.Round.Value)],
        RoundCancelled f => [Key(EntityKind.Round, f.Round.Value)],
        CommitmentMade f => [Key(EntityKind.Commitment, f.Commitment.Id.Value)],
        StatementMade f => f.Statement.About
            .Select(subject => new EntityKey(EntityKind.Position, $"{f.Statement.Party} → {subject}", new PositionKey(f.Statement.Party, subject)))
            .Prepend(Key(EntityKind.Statement, f.Statement.Id.Value)),
        DeadlineSet f => [Key(EntityKind.Deadline, f.Deadline.Id.Value)],
        DeadlineExtended f => [Key(EntityKind.Deadline, f.Deadline.Value)],
        DeadlineMet f => [Key(EntityKind.Deadline, f.Deadline.Value)],
        DevelopmentOccurred f => [Key(EntityKind.Development, f.Development.Id.Value)],
        AgreementAdopted f => [Key(EntityKind.Agreement, f.Agreement.Id.Value)],
        AgreementStepTaken f => [Key(EntityKind.Agreement, f.Agreement.Value)],
        _ => [],
    };

    /// <summary>Gets the value a key names in <paramref name="data"/>, or <see langword="null"/> when it has none.</summary>
    public static object? Lookup(CaseData data, EntityKey key) => key.Kind switch
    {
        EntityKind.Party => data.Parties.GetValueOrDefault(new PartyId(key.Id)),
        EntityKind.Representative => data.Representatives.GetValueOrDefault(new RepresentativeId(key.Id)),
        EntityKind.Topic => data.Topics.GetValueOrDefault(new TopicId(key.Id)),
        EntityKind.Demand => data.Demands.TryGetValue(new DemandId(key.Id), out var demand) ? (demand, data.DemandLifecycles[demand.Id]) : null,
        EntityKind.Proposal => data.Proposals.GetValueOrDefault(new ProposalId(key.Id)),
        EntityKind.Document => data.Documents.GetValueOrDefault(new DocumentId(key.Id)),
        EntityKind.Round => data.Rounds.GetValueOrDefault(new RoundId(key.Id)),
        EntityKind.Commitment => data.Commitments.GetValueOrDefault(new CommitmentId(key.Id)),
        EntityKind.Statement => data.Statements.GetValueOrDefault(new StatementId(key.Id)),
        EntityKind.Position => data.Positions.TryGetValue(key.Position!.Value, out var history) && !history.IsEmpty ? history[^1] : null,
        EntityKind.Deadline => data.Deadlines.GetValueOrDefault(new DeadlineId(key.Id)),
        EntityKind.Development => data.Developments.GetValueOrDefault(new DevelopmentId(key.Id)),
        _ => data.Agreements.GetValueOrDefault(new AgreementId(key.Id)),
    };

    /// <summary>Gets the demands whose status a fact may have changed, read from the data before or after it.</summary>
    public static IEnumerable<DemandId> Demands(Fact fact, CaseData data)
    {
        IEnumerable<DemandId> Carried(DocumentId document) => data.Indexes.DemandsByDocument.Get(document);
        IEnumerable<DemandId> About(SubjectRef subject) => subject.Kind switch
        {
            SubjectKind.Demand => [new DemandId(subject.Id)],
            SubjectKind.Document => Carried(new DocumentId(subject.Id)),
            _ => [],
        };
        IEnumerable<DemandId> Agenda(RoundId id) =>
            data.Rounds.TryGetValue(id, out var round) ? round.Agenda.Demands.Concat(round.Agenda.Documents.SelectMany(Carried)) : [];

        return fact switch
        {
            DemandTabled f => [f.Demand.Id],
            DemandWithdrawn f => [f.Demand],
            DemandReplaced f => [f.Demand],
            StatementMade f => f.Statement.About.SelectMany(About),
            RoundHeld f => Agenda(f.Round),
            _ => [],
        };
    }

    private static EntityKey Key(EntityKind kind, string id) => new(kind, id, null);
}

/// <summary>Names one thing in a case for version comparison.</summary>
/// <param name="Kind">What kind of thing.</param>
/// <param name="Id">Its id (for a position, <c>party → subject</c>).</param>
/// <param name="Position">The position's key, for positions.</param>
internal readonly record struct EntityKey(EntityKind Kind, string Id, PositionKey? Position);
