using System.Collections.Immutable;
using System.Globalization;
using CsCheck;
using NodaTime;

namespace Negotiation.Model.Tests.Queries;

/// <summary>
/// On generated negotiations (hundreds of parties, thousands of demands and rounds), every indexed query agrees with a
/// plain LINQ oracle (<see cref="QueryOracle"/>). "As of" and "as known on" are checked in <see cref="CaseHistoryTests"/>,
/// views in ViewQueriesTests.
/// </summary>
public sealed class QueryPropertyTests
{
    private static readonly Gen<GeneratedCases.History> Small = GeneratedCases.Histories(parties: 12, minOps: 20, maxOps: 250);

    private static readonly Gen<GeneratedCases.History> Large = GeneratedCases.Histories(parties: 300, minOps: 12000, maxOps: 14000);

    [Fact]
    public void IndexedQueries_SmallGeneratedCases_AgreeWithLinqOracles() =>
        Small.Select(GeneratedCases.Dates, GeneratedCases.Dates).Sample(
            (history, from, to) => AssertQueriesAgree(GeneratedCases.Build(history), from, to, partySample: int.MaxValue),
            iter: 60,
            threads: 1);

    [Fact]
    public void IndexedQueries_LargeGeneratedCases_AgreeWithLinqOracles() =>
        Large.Select(GeneratedCases.Dates).Sample(
            (history, from) =>
            {
                var negotiation = GeneratedCases.Build(history);
                negotiation.Parties.Count.Should().BeGreaterThanOrEqualTo(150, "a large case has hundreds of parties");
                negotiation.Demands.Count.Should().BeGreaterThan(1000, "a large case has thousands of demands");
                negotiation.Rounds.Count.Should().BeGreaterThan(500, "a large case has many rounds");
                AssertQueriesAgree(negotiation, from, from.PlusDays(45), partySample: 25);
            },
            iter: 2,
            threads: 1,
            print: h => h.ToString());

    [Fact]
    public void IndexedQueries_AnyAcceptedHistoryOfEveryFactKind_AgreeWithLinqOracles() =>
        Properties.Generators.Facts.Select(Gen.Int[0, 90], Gen.Int[0, 90]).Sample(
            (facts, x, y) =>
            {
                // The small world's stories reach what the large generator rarely does: stances on drafts, replacements,
                // settlements, conditions met, held agendas; their own per-party view is a case of its own.
                var negotiation = Properties.Generators.Accepted(facts);
                var (from, to) = (new LocalDate(2021, 12, 1).PlusDays(x), new LocalDate(2021, 12, 1).PlusDays(y));
                AssertQueriesAgree(negotiation, from, to, partySample: int.MaxValue);
                AssertQueriesAgree(negotiation.AsSeenBy(TestSupport.TestWorld.UnitedStates), from, to, partySample: int.MaxValue);
            },
            iter: 200,
            threads: 1,
            print: x => Properties.Generators.AddedFacts(Properties.Generators.Accepted(x.Item1)));

    [Fact]
    public void StatementsOnAndConflictingDemands_AnyAcceptedHistory_AgreeWithAScanOfTheCase() =>
        Properties.Generators.Facts.Sample(
            facts =>
            {
                // The small world's histories have stances, formalised statements and conflicts; a view is its own version.
                var negotiation = Properties.Generators.Accepted(facts);
                foreach (var c in new[] { negotiation, negotiation.AsSeenBy(TestSupport.TestWorld.Nato) })
                {
                    foreach (var demand in c.Demands.Values)
                    {
                        StatementsOnAndConflictsAgree(c, demand);
                    }
                }
            },
            iter: 300,
            threads: 1);

    [Fact]
    public void ChangesSince_EarlierVersion_FindsEveryDifferenceAFullComparisonFinds() =>
        Small.Select(Gen.Int[0, 100], Gen.Int[0, 100]).Sample(
            (history, x, y) => AssertChangesSinceAgree(GeneratedCases.Build(history), x, y),
            iter: 60,
            threads: 1);

    [Fact]
    public void ChangesSince_EarlierVersionOfAnyAcceptedHistoryOfEveryFactKind_FindsEveryDifferenceAFullComparisonFinds() =>
        Properties.Generators.Facts.Select(Gen.Int[0, 100], Gen.Int[0, 100]).Sample(
            (facts, x, y) => AssertChangesSinceAgree(Properties.Generators.Accepted(facts), x, y),
            iter: 200,
            threads: 1,
            print: x => Properties.Generators.AddedFacts(Properties.Generators.Accepted(x.Item1)));

    /// <summary>Compares <c>ChangesSince</c> between two earlier versions of <paramref name="later"/>
    /// (at <paramref name="x"/> and <paramref name="y"/> per cent of its log) with a comparison of every entity.</summary>
    private static void AssertChangesSinceAgree(NegotiationCase later, int x, int y)
    {
        var (first, second) = (Math.Min(x, y) * later.Version / 100, Math.Max(x, y) * later.Version / 100);
        var earlier = Version(later, first);
        var middle = Version(later, second);
        var diff = middle.ChangesSince(earlier);
        diff.Common.Should().Be(first);
        diff.Added.Should().Equal(middle.Log.Skip(first));
        diff.Removed.Should().BeEmpty();
        diff.Changes.Select(c => (c.Kind, c.Id, c.Change)).Should().BeEquivalentTo(FullComparison(earlier, middle));
        diff.StatusChanges.Select(s => (s.Demand, s.Addressee, s.Before, s.After)).Should().BeEquivalentTo(
            from d in middle.Demands.Values
            from a in d.Addressees
            let before = earlier.Demands.ContainsKey(d.Id) ? earlier.StatusOf(d.Id, a) : (DemandStatus?)null
            let after = middle.StatusOf(d.Id, a)
            where before != after
            select (d.Id, a, before, (DemandStatus?)after));
    }

    private static NegotiationCase Version(NegotiationCase negotiation, int facts)
    {
        // The version a case passed through, rebuilt by recording its first facts: what "an earlier version" is.
        var version = NegotiationCase.Create(negotiation.Id, negotiation.Title);
        foreach (var fact in negotiation.Log.Take(facts))
        {
            version = version.Record(fact).Case;
        }

        return version;
    }

    private static IEnumerable<(EntityKind, string, ChangeKind)> FullComparison(NegotiationCase before, NegotiationCase after)
    {
        IEnumerable<(EntityKind, string, ChangeKind)> Compare<TKey, TValue>(EntityKind kind, IReadOnlyDictionary<TKey, TValue> a, IReadOnlyDictionary<TKey, TValue> b, Func<TKey, string> id)
            where TKey : notnull =>
            a.Keys.Union(b.Keys).Distinct()
                .Select(k => (k, was: a.TryGetValue(k, out var x) ? (object?)x : null, now: b.TryGetValue(k, out var y) ? (object?)y : null))
                .Where(t => !Equals(t.was, t.now))
                .Select(t => (kind, id(t.k), t.was is null ? ChangeKind.Added : t.now is null ? ChangeKind.Removed : ChangeKind.Changed));

        var demandsBefore = before.Demands.ToDictionary(d => d.Key, d => (object)(d.Value, before.DemandLifecycles[d.Key]));
        var demandsAfter = after.Demands.ToDictionary(d => d.Key, d => (object)(d.Value, after.DemandLifecycles[d.Key]));
        var positions = after.Statements.Values.SelectMany(s => s.About.Concat(s.Stances.Select(t => t.Subject)).Select(a => (s.Party, a))).Distinct()
            .Select(k => (k, was: before.PositionOf(k.Party, k.a), now: after.PositionOf(k.Party, k.a)))
            .Where(t => !Equals(t.was, t.now))
            .Select(t => (EntityKind.Position, $"{t.k.Party} → {t.k.a}", t.was is null ? ChangeKind.Added : ChangeKind.Changed));
        return Compare(EntityKind.Party, before.Parties, after.Parties, k => k.Value)
            .Concat(Compare(EntityKind.Representative, before.Representatives, after.Representatives, k => k.Value))
            .Concat(Compare(EntityKind.Topic, before.Topics, after.Topics, k => k.Value))
            .Concat(Compare(EntityKind.Demand, demandsBefore, demandsAfter, k => k.Value))
            .Concat(Compare(EntityKind.Proposal, before.Proposals, after.Proposals, k => k.Value))
            .Concat(Compare(EntityKind.Document, before.Documents, after.Documents, k => k.Value))
            .Concat(Compare(EntityKind.Round, before.Rounds, after.Rounds, k => k.Value))
            .Concat(Compare(EntityKind.Commitment, before.Commitments, after.Commitments, k => k.Value))
            .Concat(Compare(EntityKind.Statement, before.Statements, after.Statements, k => k.Value))
            .Concat(Compare(EntityKind.Deadline, before.Deadlines, after.Deadlines, k => k.Value))
            .Concat(Compare(EntityKind.Development, before.Developments, after.Developments, k => k.Value))
            .Concat(Compare(EntityKind.Agreement, before.Agreements, after.Agreements, k => k.Value))
            .Concat(Compare(EntityKind.Role, Numbered(before.Roles()), Numbered(after.Roles()), k => k.ToString(CultureInfo.InvariantCulture)))
            .Concat(positions);
    }

    // Role tenures are numbered in the order they were taken (EntityKind.Role).
    private static Dictionary<int, RoleTenure> Numbered(ImmutableArray<RoleTenure> roles) => roles.Select((r, i) => (r, i)).ToDictionary(x => x.i, x => x.r);

    // The definitions the two queries answer, as a scan of the whole case.
    private static void StatementsOnAndConflictsAgree(NegotiationCase c, Demand demand)
    {
        var subject = SubjectRef.Demand(demand.Id);
        var named = demand.Formalises.Items.Concat(demand.Source?.Statement is { } source ? [source] : []).ToHashSet();
        c.StatementsOn(demand.Id).Select(s => s.Id).Should().Equal(
            c.Statements.Values
                .Where(s => named.Contains(s.Id) || s.About.Contains(subject) || s.Stances.Items.Any(t => t.Subject == subject))
                .OrderBy(s => s.Made.EarliestDate).ThenBy(s => s.Id).Select(s => s.Id),
            "the statements on {0} are those naming it, taking a stance on it, or named by it", demand.Id);
        c.ConflictingDemands(demand.Id).Select(d => d.Id).Should().Equal(
            c.Demands.Values.Where(d => demand.ConflictsWith.Contains(d.Id) || d.ConflictsWith.Contains(demand.Id)).Select(d => d.Id),
            "the demands conflicting with {0} are those either names", demand.Id);
    }

    private static void AssertQueriesAgree(NegotiationCase c, LocalDate from, LocalDate to, int partySample)
    {
        if (to < from)
        {
            (from, to) = (to, from);
        }

        var demands = c.Demands.Values.ToList();
        var statuses = demands.ToDictionary(d => d.Id, d => d.Addressees.Select(a => (a, QueryOracle.Status(c, d, a))).ToDictionary(x => x.a, x => x.Item2));
        DemandStatus Status(Demand d, PartyId a) => statuses[d.Id][a];
        bool OpenWith(Demand d, PartyId a) => QueryOracle.IsOpen(Status(d, a));
        bool OpenWithAny(Demand d) => d.Addressees.Any(a => OpenWith(d, a));
        var parties = c.Parties.Keys.Where((_, i) => i % Math.Max(1, c.Parties.Count / Math.Min(partySample, c.Parties.Count)) == 0).ToList();

        // Demands: per addressee, author, topic, kind and status, alone and combined.
        foreach (var party in parties)
        {
            c.DemandsAddressedTo(party).Ids.Should().Equal(demands.Where(d => d.Addressees.Contains(party)).Select(d => d.Id));
            c.OpenDemands().AddressedTo(party).Ids.Should().Equal(demands.Where(d => d.Addressees.Contains(party) && OpenWith(d, party)).Select(d => d.Id));
            c.DemandsBy(party).Ids.Should().Equal(demands.Where(d => d.Author == party).Select(d => d.Id));
            c.DemandsBy(party).Open().Ids.Should().Equal(demands.Where(d => d.Author == party && OpenWithAny(d)).Select(d => d.Id));
            c.OrganisationsOf(party, from).Should().Equal(c.Parties.Values.OfType<Organisation>().Where(o => o.HasMember(party, from)).Select(o => o.Id));
            c.PartsOf(party).Should().Equal(c.Parties.Values.OfType<Organisation>().Where(o => o.PartOf == party).Select(o => o.Id));
            c.RoundsOf(party).Select(r => r.Id).Should().Equal(c.Rounds.Values.Where(r => r.HasSide(party)).OrderBy(r => r.Start.EarliestDate).ThenBy(r => r.Id).Select(r => r.Id));
            foreach (var status in Enum.GetValues<DemandStatus>())
            {
                c.SelectDemands().AddressedTo(party).WithStatus(status).Ids.Should().Equal(
                    demands.Where(d => d.Addressees.Contains(party) && Status(d, party) == status).Select(d => d.Id));
            }
        }

        c.OpenDemands().Ids.Should().Equal(demands.Where(d => OpenWithAny(d)).Select(d => d.Id));
        foreach (var demand in demands.Where((_, i) => i % Math.Max(1, demands.Count / 50) == 0))
        {
            StatementsOnAndConflictsAgree(c, demand);
        }

        foreach (var topic in c.Topics.Keys)
        {
            c.SelectDemands().OnTopic(topic).Ids.Should().Equal(demands.Where(d => d.Topics.Any(t => QueryOracle.Covers(c, topic, t))).Select(d => d.Id));
            c.OpenDemands().OnTopic(topic, includeNarrower: false).Ids.Should().Equal(demands.Where(d => d.Topics.Contains(topic) && OpenWithAny(d)).Select(d => d.Id));
        }

        foreach (var kind in Enum.GetValues<DemandKind>())
        {
            c.SelectDemands().OfKind(kind).Ids.Should().Equal(demands.Where(d => d.Kind == kind).Select(d => d.Id));
            c.OpenDemands().OfKind(kind).Ids.Should().Equal(demands.Where(d => d.Kind == kind && OpenWithAny(d)).Select(d => d.Id));
        }

        foreach (var status in Enum.GetValues<DemandStatus>())
        {
            c.SelectDemands().WithStatus(status).Ids.Should().Equal(demands.Where(d => d.Addressees.Any(a => Status(d, a) == status)).Select(d => d.Id));
        }

        foreach (var demand in demands)
        {
            c.StatusesOf(demand.Id).Select(s => s.Status).Should().Equal(demand.Addressees.Select(a => Status(demand, a)), $"statuses of {demand.Id}");
            c.ProposalsAnswering(SubjectRef.Demand(demand.Id)).Select(p => p.Id).Should().Equal(
                c.Proposals.Values.Where(p => p.Answers.Contains(SubjectRef.Demand(demand.Id))).Select(p => p.Id));
        }

        foreach (var document in c.Documents.Values)
        {
            c.DemandsCarriedBy(document.Id).Select(d => d.Id).Should().Equal(demands.Where(d => d.Source?.Provision?.Document == document.Id).Select(d => d.Id));
            c.RepliesTo(document.Id).Select(d => d.Id).Should().Equal(c.Documents.Values.Where(d => d.RepliesTo == document.Id).Select(d => d.Id));
            c.ProposalsAnswering(SubjectRef.Document(document.Id)).Select(p => p.Id).Should().Equal(
                c.Proposals.Values.Where(p => p.Answers.Contains(SubjectRef.Document(document.Id))).Select(p => p.Id));
        }

        foreach (var party in parties.Take(10))
        {
            c.DocumentsVisibleTo(party).Select(d => d.Id).Should().Equal(c.Documents.Values.Where(d => QueryOracle.CanSee(c, d, party)).Select(d => d.Id));
        }

        // Rounds: in a period (exact and by calendar days in a zone), per participant; readiness; commitments; order.
        var window = new Interval(from.AtMidnight().InUtc().ToInstant(), to.PlusDays(1).AtMidnight().InUtc().ToInstant());
        Answers(c.RoundsIn(window)).Should().Equal(QueryOracle.RoundsIn(c, window, null));
        var tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
        var tokyoDays = new Interval(from.AtStartOfDayInZone(tokyo).ToInstant(), to.PlusDays(1).AtStartOfDayInZone(tokyo).ToInstant());
        Answers(c.RoundsIn(new DateInterval(from, to), "Asia/Tokyo")).Should().Equal(QueryOracle.RoundsIn(c, tokyoDays, null));
        foreach (var party in parties)
        {
            Answers(c.RoundsIn(window, party)).Should().Equal(QueryOracle.RoundsIn(c, window, party));
        }

        foreach (var readiness in c.Readiness())
        {
            var round = c.Rounds[readiness.Round];
            var evaluated = round.Precondition?.Evaluate(c, round);
            readiness.Conditions.Should().Be(round.Status == RoundStatus.Cancelled ? null : evaluated, $"the conditions of {round.Id}");
            readiness.CanStart.Should().Be(round.Status == RoundStatus.Cancelled ? Truth.No : round.HasBeenHeld || evaluated is null ? Truth.Yes : evaluated.Met);
            c.CanStart(round.Id).Reason.Should().Be(readiness.Reason);
        }

        // The oracle defines participation over every round; the other rules and scopes have tests of their own.
        c.BrokenCommitments().Where(b => QueryOracle.Defines(c.Commitments[b.Commitment])).Select(b => (b.Commitment, b.Round)).Should().Equal(
            from commitment in c.Commitments.Values
            where QueryOracle.Defines(commitment)
            from round in c.Rounds.Values
            where QueryOracle.Breaks(c, round, commitment)
            select (commitment.Id, round.Id));

        AssertOrder(c);

        // Timeline.
        c.Timeline(from, to).Select(e => (e.Sequence, e.InPeriod)).Should().Equal(QueryOracle.Timeline(c, from, to));
    }

    private static List<(RoundId, Truth)> Answers(IEnumerable<RoundInWindow> found) => [.. found.Select(r => (r.Round.Id, r.Within))];

    private static void AssertOrder(NegotiationCase c)
    {
        var order = c.OrderOfRounds();
        var step = order.Steps.SelectMany(s => s.Rounds.Select(r => (r, s.Number))).ToDictionary(x => x.r, x => x.Number);
        step.Keys.Concat(order.Cyclic).Should().BeEquivalentTo(c.Rounds.Values.Where(r => r.Status != RoundStatus.Cancelled).Select(r => r.Id), "every round is ordered once, or listed as cyclic");
        foreach (var round in c.Rounds.Values.Where(r => step.ContainsKey(r.Id) && r.Precondition is not null))
        {
            var required = Hard(round.Precondition!).Where(step.ContainsKey).Where(r => r != round.Id).ToList();
            foreach (var r in required)
            {
                step[r].Should().BeLessThan(step[round.Id], $"{round.Id} requires {r}");
                order.Precedes(r, round.Id).Should().Be(Truth.Yes);
                order.Precedes(round.Id, r).Should().Be(Truth.No);
            }

            if (step[round.Id] > 1)
            {
                required.Should().Contain(r => step[r] == step[round.Id] - 1, "a round comes in the first step its requirements allow");
            }
        }

        static IEnumerable<RoundId> Hard(Precondition p) => p switch
        {
            AllOfCondition all => all.Parts.SelectMany(Hard),
            RoundHeldCondition held => [held.Round],
            RoundConcludedCondition concluded => [concluded.Round],
            _ => [],
        };
    }
}
