using CsCheck;
using FluentAssertions.Execution;

namespace Negotiation.Model.Tests.Properties;

/// <summary>What a fact's evolution says it wrote (<see cref="CaseEvolution.Written"/>), which the indexes, the history
/// and <c>ChangesSince</c> read instead of the fact's kind: every entity the fact changed, and the same list whether it
/// evolves persistent data (Record, replays) or builders (the bulk evolution).</summary>
public sealed class EvolutionProperties
{
    [Fact]
    public void Written_OfEveryFactOfAnyAcceptedHistory_ListsEveryEntityItChanged_InBothForms() =>
        Generators.Facts.Sample(
            facts =>
            {
                var negotiation = Generators.Accepted(facts);
                var before = CaseData.Empty;
                var bulk = new CaseDataBuilder();

                using (new AssertionScope(Generators.AddedFacts(negotiation)))
                {
                    foreach (var fact in negotiation.Log)
                    {
                        var persistent = new CaseEvolution(before, fact);
                        fact.Evolve(persistent);
                        var transient = new CaseEvolution(bulk, fact);
                        fact.Evolve(transient);

                        persistent.Written.Should().OnlyHaveUniqueItems();
                        Changed(before, persistent.Data).Except(persistent.Written).Should().BeEmpty("{0} changed them, so it must say it wrote them", fact.Describe());
                        transient.Written.Should().Equal(persistent.Written, "{0} writes the same entities to builders", fact.Describe());

                        bulk.Log = bulk.Log.Add(fact);
                        bulk.Indexes = CaseIndexer.BulkStep(bulk.Indexes, transient, bulk.Log.Count - 1);
                        before = CaseEngine.Replay(before, fact);
                    }
                }
            },
            iter: 1000, threads: 1);

    // The entities whose value differs between two versions of the data, each as the key a fact writes it under.
    private static List<EntityKey> Changed(CaseData before, CaseData after)
    {
        var changed = new List<EntityKey>();
        Diff(EntityKind.Party, before.Parties, after.Parties, id => id.Value);
        Diff(EntityKind.Representative, before.Representatives, after.Representatives, id => id.Value);
        Diff(EntityKind.Topic, before.Topics, after.Topics, id => id.Value);
        Diff(EntityKind.Demand, before.Demands, after.Demands, id => id.Value);
        Diff(EntityKind.Demand, before.DemandLifecycles, after.DemandLifecycles, id => id.Value);
        Diff(EntityKind.Proposal, before.Proposals, after.Proposals, id => id.Value);
        Diff(EntityKind.Document, before.Documents, after.Documents, id => id.Value);
        Diff(EntityKind.Round, before.Rounds, after.Rounds, id => id.Value);
        Diff(EntityKind.Commitment, before.Commitments, after.Commitments, id => id.Value);
        Diff(EntityKind.Statement, before.Statements, after.Statements, id => id.Value);
        Diff(EntityKind.Deadline, before.Deadlines, after.Deadlines, id => id.Value);
        Diff(EntityKind.Development, before.Developments, after.Developments, id => id.Value);
        Diff(EntityKind.Agreement, before.Agreements, after.Agreements, id => id.Value);
        for (var i = 0; i < after.Roles.Count; i++)
        {
            if (i >= before.Roles.Count || !Equals(before.Roles[i], after.Roles[i]))
            {
                changed.Add(new EntityKey(EntityKind.Role, i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
            }
        }

        foreach (var (key, positions) in after.Positions)
        {
            if (!before.Positions.TryGetValue(key, out var was) || !was.SequenceEqual(positions))
            {
                changed.Add(EntityKey.Of(key));
            }
        }

        return [.. changed.Distinct()];

        void Diff<TId, T>(EntityKind kind, IReadOnlyDictionary<TId, T> was, IReadOnlyDictionary<TId, T> now, Func<TId, string> id)
        {
            foreach (var (key, value) in now)
            {
                if (!was.TryGetValue(key, out var old) || !Equals(old, value))
                {
                    changed.Add(new EntityKey(kind, id(key), null));
                }
            }
        }
    }
}
