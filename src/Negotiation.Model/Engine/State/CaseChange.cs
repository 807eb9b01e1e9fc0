using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// The typed description of what one fact changed: the entities it wrote (<see cref="CaseEvolution"/>) and the demands
/// whose status the indexes recomputed because of it (<see cref="CaseIndexer"/>). Indexes, history and version comparison
/// (<see cref="TimelineQueries.ChangesSince(NegotiationCase, NegotiationCase)"/>) read it; none of them looks at the kind
/// of fact.
/// </summary>
/// <param name="Fact">The fact.</param>
/// <param name="Written">The entities written, each once, in order.</param>
/// <param name="Demands">The demands whose status may have changed.</param>
internal sealed record CaseChange(Fact Fact, IReadOnlyList<EntityKey> Written, IReadOnlyList<DemandId> Demands);

/// <summary>One fact evolved and indexed: the data after it (log appended, indexes up to date, history not yet) and what
/// changed.</summary>
/// <param name="Data">The data after the fact.</param>
/// <param name="Change">What changed.</param>
internal sealed record CaseStep(CaseData Data, CaseChange Change);

/// <summary>Names one thing in a case: what writes describe, and what version comparison looks up.</summary>
/// <remarks>A position's key holds no id text: its <see cref="Id"/> is worded when read (version comparison), not for every
/// position written. That saves a formatted string per stance (about 60 bytes per statement evolved in the view of the
/// benchmarks' L); no time difference was measurable.</remarks>
internal readonly record struct EntityKey
{
    private readonly string? id;

    /// <summary>Names an entity by its kind and id.</summary>
    /// <param name="kind">What kind of thing.</param>
    /// <param name="id">Its id.</param>
    /// <param name="position">The position's key, for positions.</param>
    public EntityKey(EntityKind kind, string? id, PositionKey? position)
    {
        Kind = kind;
        this.id = id;
        Position = position;
    }

    /// <summary>Gets what kind of thing.</summary>
    public EntityKind Kind { get; }

    /// <summary>Gets its id (for a position, <c>party → subject</c>).</summary>
    public string Id => id ?? $"{Position!.Value.Party} → {Position.Value.Subject}";

    /// <summary>Gets the position's key, for positions.</summary>
    public PositionKey? Position { get; }

    public static EntityKey Of(PositionKey position) => new(EntityKind.Position, null, position);

    /// <summary>Gets the value this key names in <paramref name="data"/>, or <see langword="null"/> when it has none.</summary>
    public object? Lookup(CaseData data)
    {
        switch (Kind)
        {
            case EntityKind.Party: return data.Parties.GetValueOrDefault(new PartyId(Id));
            case EntityKind.Representative: return data.Representatives.GetValueOrDefault(new RepresentativeId(Id));
            case EntityKind.Topic: return data.Topics.GetValueOrDefault(new TopicId(Id));
            case EntityKind.Demand: return data.Demands.TryGetValue(new DemandId(Id), out var demand) ? (demand, data.DemandLifecycles[demand.Id]) : null;
            case EntityKind.Proposal: return data.Proposals.GetValueOrDefault(new ProposalId(Id));
            case EntityKind.Document: return data.Documents.GetValueOrDefault(new DocumentId(Id));
            case EntityKind.Round: return data.Rounds.GetValueOrDefault(new RoundId(Id));
            case EntityKind.Commitment: return data.Commitments.GetValueOrDefault(new CommitmentId(Id));
            case EntityKind.Statement: return data.Statements.GetValueOrDefault(new StatementId(Id));
            case EntityKind.Position: return data.Positions.TryGetValue(Position!.Value, out var history) && !history.IsEmpty ? history[^1] : null;
            case EntityKind.Deadline: return data.Deadlines.GetValueOrDefault(new DeadlineId(Id));
            case EntityKind.Development: return data.Developments.GetValueOrDefault(new DevelopmentId(Id));
            case EntityKind.Agreement: return data.Agreements.GetValueOrDefault(new AgreementId(Id));
            case EntityKind.Role:
                var index = int.Parse(Id, System.Globalization.CultureInfo.InvariantCulture);
                return index < data.Roles.Count ? data.Roles[index] : null;
        }

        throw new InvalidOperationException($"The entity kind {Kind} has no lookup; add it above.");
    }
}
