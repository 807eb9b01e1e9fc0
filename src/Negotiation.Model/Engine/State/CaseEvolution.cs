using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// The evolution of one fact: the second half of <see cref="CaseEngine.Record"/>, and all a replay does. A fact's
/// <see cref="Fact.Evolve(CaseEvolution)"/> reads the case (already checked) and writes the entities it changes through
/// the <c>Put</c> methods; each write names the entity in <see cref="Written"/>, the description of the change that the
/// indexes, the history and version comparison read. A fact cannot change the case without saying what it changed.
/// </summary>
/// <remarks>
/// <para>Evolution cannot fail: it runs only on a fact whose check passed against the same data (or, in a replay, passed
/// when it was first recorded from the same data).</para>
/// <para>Two forms write the same entities: over persistent <see cref="CaseData"/> (<see cref="Data"/> is the new version,
/// the old one untouched), and over a <see cref="CaseDataBuilder"/> in a bulk evolution (<see cref="CaseEngine.EvolveAll"/>),
/// where the builder is changed in place and the value each entity had before the fact is kept
/// (<see cref="Previous"/>) for the indexes. Facts read the case through the properties below, which serve both.</para>
/// </remarks>
internal sealed class CaseEvolution
{
    private readonly CaseDataBuilder? transient;
    private readonly List<EntityKey> written = new(2);
    private readonly List<object?>? previous;
    private CaseData data;

    /// <summary>Starts the evolution of <paramref name="fact"/> over persistent data.</summary>
    public CaseEvolution(CaseData data, Fact fact)
    {
        this.data = data;
        Fact = fact;
    }

    /// <summary>Starts the evolution of <paramref name="fact"/> over a bulk evolution's builder, which it changes in place.</summary>
    public CaseEvolution(CaseDataBuilder transient, Fact fact)
    {
        this.transient = transient;
        previous = new(2);
        data = CaseData.Empty;
        Fact = fact;
    }

    /// <summary>Starts the next fact of a bulk evolution with this evolution, whose last fact's description has been read:
    /// one evolution (and its two small lists) serves every fact of the bulk.</summary>
    public CaseEvolution Next(Fact fact)
    {
        if (transient is null)
        {
            throw new InvalidOperationException("Only a bulk evolution moves on to the next fact; a persistent one describes one fact.");
        }

        written.Clear();
        previous!.Clear();
        Fact = fact;
        return this;
    }

    /// <summary>Gets the data as evolved so far (persistent form only).</summary>
    /// <exception cref="InvalidOperationException">The evolution writes to a builder; read its properties instead.</exception>
    public CaseData Data => transient is null ? data : throw new InvalidOperationException("A bulk evolution has no persistent data until it ends: read the evolution's own properties.");

    public Fact Fact { get; private set; }

    /// <summary>Gets what was written, in order, each entity once.</summary>
    public IReadOnlyList<EntityKey> Written => written;

    /// <summary>Gets, in a bulk evolution, the value each entity in <see cref="Written"/> had before the fact
    /// (<see langword="null"/> for a new one) for the kinds the bulk indexes need (parties, topics, demands, rounds,
    /// statements); <see langword="null"/> for the others and over persistent data.</summary>
    public IReadOnlyList<object?>? Previous => previous;

    public IReadOnlyDictionary<PartyId, Party> Parties => transient?.Parties ?? (IReadOnlyDictionary<PartyId, Party>)data.Parties;

    public IReadOnlyDictionary<RepresentativeId, Representative> Representatives => transient?.Representatives ?? (IReadOnlyDictionary<RepresentativeId, Representative>)data.Representatives;

    public IReadOnlyDictionary<TopicId, Topic> Topics => transient?.Topics ?? (IReadOnlyDictionary<TopicId, Topic>)data.Topics;

    public IReadOnlyDictionary<DemandId, Demand> Demands => transient?.Demands ?? (IReadOnlyDictionary<DemandId, Demand>)data.Demands;

    public IReadOnlyDictionary<DemandId, DemandLifecycle> DemandLifecycles => transient?.DemandLifecycles ?? (IReadOnlyDictionary<DemandId, DemandLifecycle>)data.DemandLifecycles;

    public IReadOnlyDictionary<DocumentId, Document> Documents => transient?.Documents ?? (IReadOnlyDictionary<DocumentId, Document>)data.Documents;

    public IReadOnlyDictionary<RoundId, Round> Rounds => transient?.Rounds ?? (IReadOnlyDictionary<RoundId, Round>)data.Rounds;

    public IReadOnlyDictionary<StatementId, Statement> Statements => transient?.Statements ?? (IReadOnlyDictionary<StatementId, Statement>)data.Statements;

    public IReadOnlyDictionary<DeadlineId, Deadline> Deadlines => transient?.Deadlines ?? (IReadOnlyDictionary<DeadlineId, Deadline>)data.Deadlines;

    public IReadOnlyDictionary<AgreementId, Agreement> Agreements => transient?.Agreements ?? (IReadOnlyDictionary<AgreementId, Agreement>)data.Agreements;

    public IReadOnlyList<RoleTenure> Roles => transient?.Roles ?? (IReadOnlyList<RoleTenure>)data.Roles;

    public IReadOnlyDictionary<PositionKey, ImmutableList<Position>> Positions => transient?.Positions ?? (IReadOnlyDictionary<PositionKey, ImmutableList<Position>>)data.Positions;

    /// <summary>Gets the indexes as of the fact before this one (in a bulk evolution, only those kept fact by fact).</summary>
    public CaseIndexes Indexes => transient?.Indexes ?? data.Indexes;

    public void Put(Party party)
    {
        if (transient is { } t)
        {
            Wrote(new(EntityKind.Party, party.Id.Value, null), t.Parties.GetValueOrDefault(party.Id));
            t.Parties[party.Id] = party;
            return;
        }

        data = data with { Parties = data.Parties.SetItem(party.Id, party) };
        Wrote(new(EntityKind.Party, party.Id.Value, null));
    }

    public void Put(Representative representative)
    {
        if (transient is { } t)
        {
            t.Representatives[representative.Id] = representative;
            Wrote(new(EntityKind.Representative, representative.Id.Value, null));
            return;
        }

        data = data with { Representatives = data.Representatives.SetItem(representative.Id, representative) };
        Wrote(new(EntityKind.Representative, representative.Id.Value, null));
    }

    public void Put(Topic topic)
    {
        if (transient is { } t)
        {
            Wrote(new(EntityKind.Topic, topic.Id.Value, null), t.Topics.GetValueOrDefault(topic.Id));
            t.Topics[topic.Id] = topic;
            return;
        }

        data = data with { Topics = data.Topics.SetItem(topic.Id, topic) };
        Wrote(new(EntityKind.Topic, topic.Id.Value, null));
    }

    public void Put(Demand demand, DemandLifecycle lifecycle)
    {
        if (transient is { } t)
        {
            Wrote(new(EntityKind.Demand, demand.Id.Value, null), t.Demands.GetValueOrDefault(demand.Id));
            t.Demands[demand.Id] = demand;
            t.DemandLifecycles[demand.Id] = lifecycle;
            return;
        }

        data = data with
        {
            Demands = data.Demands.SetItem(demand.Id, demand),
            DemandLifecycles = data.DemandLifecycles.SetItem(demand.Id, lifecycle),
        };
        Wrote(new(EntityKind.Demand, demand.Id.Value, null));
    }

    public void Put(DemandId demand, DemandLifecycle lifecycle)
    {
        if (transient is { } t)
        {
            Wrote(new(EntityKind.Demand, demand.Value, null), t.Demands.GetValueOrDefault(demand));
            t.DemandLifecycles[demand] = lifecycle;
            return;
        }

        data = data with { DemandLifecycles = data.DemandLifecycles.SetItem(demand, lifecycle) };
        Wrote(new(EntityKind.Demand, demand.Value, null));
    }

    public void Put(Proposal proposal)
    {
        if (transient is { } t)
        {
            t.Proposals[proposal.Id] = proposal;
            Wrote(new(EntityKind.Proposal, proposal.Id.Value, null));
            return;
        }

        data = data with { Proposals = data.Proposals.SetItem(proposal.Id, proposal) };
        Wrote(new(EntityKind.Proposal, proposal.Id.Value, null));
    }

    public void Put(Document document)
    {
        if (transient is { } t)
        {
            t.Documents[document.Id] = document;
            Wrote(new(EntityKind.Document, document.Id.Value, null));
            return;
        }

        data = data with { Documents = data.Documents.SetItem(document.Id, document) };
        Wrote(new(EntityKind.Document, document.Id.Value, null));
    }

    public void Put(Round round)
    {
        if (transient is { } t)
        {
            Wrote(new(EntityKind.Round, round.Id.Value, null), t.Rounds.GetValueOrDefault(round.Id));
            t.Rounds[round.Id] = round;
            return;
        }

        data = data with { Rounds = data.Rounds.SetItem(round.Id, round) };
        Wrote(new(EntityKind.Round, round.Id.Value, null));
    }

    public void Put(Commitment commitment)
    {
        if (transient is { } t)
        {
            t.Commitments[commitment.Id] = commitment;
            Wrote(new(EntityKind.Commitment, commitment.Id.Value, null));
            return;
        }

        data = data with { Commitments = data.Commitments.SetItem(commitment.Id, commitment) };
        Wrote(new(EntityKind.Commitment, commitment.Id.Value, null));
    }

    public void Put(Statement statement)
    {
        if (transient is { } t)
        {
            Wrote(new(EntityKind.Statement, statement.Id.Value, null), t.Statements.GetValueOrDefault(statement.Id));
            t.Statements[statement.Id] = statement;
            return;
        }

        data = data with { Statements = data.Statements.SetItem(statement.Id, statement) };
        Wrote(new(EntityKind.Statement, statement.Id.Value, null));
    }

    /// <summary>Appends a position to its party's history on its subject.</summary>
    public void Put(Position position)
    {
        var key = new PositionKey(position.Party, position.Subject);
        var history = Positions.TryGetValue(key, out var existing) ? existing : ImmutableList<Position>.Empty;
        if (transient is { } t)
        {
            t.Positions[key] = history.Add(position);
        }
        else
        {
            data = data with { Positions = data.Positions.SetItem(key, history.Add(position)) };
        }

        Wrote(EntityKey.Of(key));
    }

    public void Put(Deadline deadline)
    {
        if (transient is { } t)
        {
            t.Deadlines[deadline.Id] = deadline;
            Wrote(new(EntityKind.Deadline, deadline.Id.Value, null));
            return;
        }

        data = data with { Deadlines = data.Deadlines.SetItem(deadline.Id, deadline) };
        Wrote(new(EntityKind.Deadline, deadline.Id.Value, null));
    }

    public void Put(Development development)
    {
        if (transient is { } t)
        {
            t.Developments[development.Id] = development;
            Wrote(new(EntityKind.Development, development.Id.Value, null));
            return;
        }

        data = data with { Developments = data.Developments.SetItem(development.Id, development) };
        Wrote(new(EntityKind.Development, development.Id.Value, null));
    }

    public void Put(Agreement agreement)
    {
        if (transient is { } t)
        {
            t.Agreements[agreement.Id] = agreement;
            Wrote(new(EntityKind.Agreement, agreement.Id.Value, null));
            return;
        }

        data = data with { Agreements = data.Agreements.SetItem(agreement.Id, agreement) };
        Wrote(new(EntityKind.Agreement, agreement.Id.Value, null));
    }

    /// <summary>Adds a role tenure (at <paramref name="index"/> = the count) or replaces the one at
    /// <paramref name="index"/>.</summary>
    public void Put(int index, RoleTenure tenure)
    {
        if (transient is { } t)
        {
            if (index == t.Roles.Count)
            {
                t.Roles.Add(tenure);
            }
            else
            {
                t.Roles[index] = tenure;
            }
        }
        else
        {
            data = data with { Roles = index == data.Roles.Count ? data.Roles.Add(tenure) : data.Roles.SetItem(index, tenure) };
        }

        Wrote(new(EntityKind.Role, index.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
    }

    // The value before the fact is kept the first time an entity is written, in a bulk evolution only.
    private void Wrote(EntityKey key, object? before = null)
    {
        if (!written.Contains(key))
        {
            written.Add(key);
            previous?.Add(before);
        }
    }
}
