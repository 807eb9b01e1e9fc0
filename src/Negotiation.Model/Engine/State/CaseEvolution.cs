using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// The evolution of one fact: the second half of <see cref="CaseEngine.Record"/>, and all a replay does. A fact's
/// <see cref="Fact.Evolve(CaseEvolution)"/> reads the case (already checked) and writes the entities it changes through
/// the <c>Put</c> methods; each write names the entity in <see cref="Written"/>, the description of the change that the
/// indexes, the history and version comparison read. A fact cannot change the case without saying what it changed.
/// </summary>
/// <remarks>Evolution cannot fail: it runs only on a fact whose check passed against the same data (or, in a replay, passed
/// when it was first recorded from the same data).</remarks>
internal sealed class CaseEvolution(CaseData data, Fact fact)
{
    private readonly List<EntityKey> written = new(2);

    /// <summary>Gets the data as evolved so far.</summary>
    public CaseData Data { get; private set; } = data;

    public Fact Fact { get; } = fact;

    /// <summary>Gets what was written, in order, each entity once.</summary>
    public IReadOnlyList<EntityKey> Written => written;

    public void Put(Party party)
    {
        Data = Data with { Parties = Data.Parties.SetItem(party.Id, party) };
        Wrote(new(EntityKind.Party, party.Id.Value, null));
    }

    public void Put(Representative representative)
    {
        Data = Data with { Representatives = Data.Representatives.SetItem(representative.Id, representative) };
        Wrote(new(EntityKind.Representative, representative.Id.Value, null));
    }

    public void Put(Topic topic)
    {
        Data = Data with { Topics = Data.Topics.SetItem(topic.Id, topic) };
        Wrote(new(EntityKind.Topic, topic.Id.Value, null));
    }

    public void Put(Demand demand, DemandLifecycle lifecycle)
    {
        Data = Data with
        {
            Demands = Data.Demands.SetItem(demand.Id, demand),
            DemandLifecycles = Data.DemandLifecycles.SetItem(demand.Id, lifecycle),
        };
        Wrote(new(EntityKind.Demand, demand.Id.Value, null));
    }

    public void Put(DemandId demand, DemandLifecycle lifecycle)
    {
        Data = Data with { DemandLifecycles = Data.DemandLifecycles.SetItem(demand, lifecycle) };
        Wrote(new(EntityKind.Demand, demand.Value, null));
    }

    public void Put(Proposal proposal)
    {
        Data = Data with { Proposals = Data.Proposals.SetItem(proposal.Id, proposal) };
        Wrote(new(EntityKind.Proposal, proposal.Id.Value, null));
    }

    public void Put(Document document)
    {
        Data = Data with { Documents = Data.Documents.SetItem(document.Id, document) };
        Wrote(new(EntityKind.Document, document.Id.Value, null));
    }

    public void Put(Round round)
    {
        Data = Data with { Rounds = Data.Rounds.SetItem(round.Id, round) };
        Wrote(new(EntityKind.Round, round.Id.Value, null));
    }

    public void Put(Commitment commitment)
    {
        Data = Data with { Commitments = Data.Commitments.SetItem(commitment.Id, commitment) };
        Wrote(new(EntityKind.Commitment, commitment.Id.Value, null));
    }

    public void Put(Statement statement)
    {
        Data = Data with { Statements = Data.Statements.SetItem(statement.Id, statement) };
        Wrote(new(EntityKind.Statement, statement.Id.Value, null));
    }

    /// <summary>Appends a position to its party's history on its subject.</summary>
    public void Put(Position position)
    {
        var key = new PositionKey(position.Party, position.Subject);
        var history = Data.Positions.TryGetValue(key, out var existing) ? existing : ImmutableList<Position>.Empty;
        Data = Data with { Positions = Data.Positions.SetItem(key, history.Add(position)) };
        Wrote(EntityKey.Of(key));
    }

    public void Put(Deadline deadline)
    {
        Data = Data with { Deadlines = Data.Deadlines.SetItem(deadline.Id, deadline) };
        Wrote(new(EntityKind.Deadline, deadline.Id.Value, null));
    }

    public void Put(Development development)
    {
        Data = Data with { Developments = Data.Developments.SetItem(development.Id, development) };
        Wrote(new(EntityKind.Development, development.Id.Value, null));
    }

    public void Put(Agreement agreement)
    {
        Data = Data with { Agreements = Data.Agreements.SetItem(agreement.Id, agreement) };
        Wrote(new(EntityKind.Agreement, agreement.Id.Value, null));
    }

    /// <summary>Adds a role tenure (at <paramref name="index"/> = the count) or replaces the one at
    /// <paramref name="index"/>.</summary>
    public void Put(int index, RoleTenure tenure)
    {
        Data = Data with { Roles = index == Data.Roles.Count ? Data.Roles.Add(tenure) : Data.Roles.SetItem(index, tenure) };
        Wrote(new(EntityKind.Role, index.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
    }

    private void Wrote(EntityKey key)
    {
        if (!written.Contains(key))
        {
            written.Add(key);
        }
    }
}
