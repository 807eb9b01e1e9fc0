using CsCheck;
using FluentAssertions.Execution;
using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Properties;

/// <summary>Properties of recording random sequences of facts, legal and refused, in the test world.</summary>
public sealed class CaseProperties
{
    [Fact]
    public void Record_AnySequence_NeverChangesTheCaseItIsCalledOn() =>
        Generators.Facts.Sample(
            facts =>
            {
                var negotiation = TestWorld.Case;
                foreach (var fact in facts)
                {
                    var before = Snapshot.Of(negotiation);
                    var result = negotiation.Record(fact);

                    using (new AssertionScope($"recording {fact.Describe()}"))
                    {
                        Snapshot.Of(negotiation).Should().Be(before, "recording never alters the case it is called on");
                        result.Original.Should().BeSameAs(negotiation);
                        if (result.Succeeded)
                        {
                            result.Case.Version.Should().Be(before.Version + 1);
                            result.Case.Log[^1].Should().BeSameAs(fact);
                            result.Errors.Should().BeEmpty();
                        }
                        else
                        {
                            result.Errors.Should().NotBeEmpty();
                            result.Errors.Should().OnlyContain(e => e.ErrorCode.StartsWith("NM", StringComparison.Ordinal) && e.PropertyName.Length > 0);
                        }
                    }

                    negotiation = result.TryGetCase(out var changed) ? changed! : negotiation;
                }
            },
            threads: 1);

    [Fact]
    public void Record_RefusedFact_LeavesACaseEqualToTheOriginalAndIsRefusedAgainAlike() =>
        Generators.Facts.Sample(
            facts =>
            {
                var negotiation = TestWorld.Case;
                foreach (var fact in facts)
                {
                    var result = negotiation.Record(fact);
                    if (result.Succeeded)
                    {
                        negotiation = result.Case;
                        continue;
                    }

                    // Rebuilt from its log, the case it was refused in compares equal: nothing was added.
                    var rebuilt = TestWorld.Empty.RecordOrThrow(negotiation.Log);
                    result.Original.Should().Be(rebuilt);
                    negotiation.Record(fact).Errors.Select(e => (e.ErrorCode, e.PropertyName))
                        .Should().Equal(result.Errors.Select(e => (e.ErrorCode, e.PropertyName)), "the same fact is refused for the same reasons");
                }
            },
            threads: 1);

    [Fact]
    public void RecordAll_AnySequence_IsAllOrNothing() =>
        Generators.Facts.Sample(
            facts =>
            {
                var result = TestWorld.Case.RecordAll(facts);

                result.Original.Should().BeSameAs(TestWorld.Case);
                if (result.Succeeded)
                {
                    result.Case.Log.Skip(TestWorld.Case.Version).Should().Equal(facts);
                }
                else
                {
                    TestWorld.Case.Version.Should().Be(TestWorld.Case.Log.Count);
                    result.Errors.Should().NotBeEmpty();
                }
            },
            threads: 1);

    [Fact]
    public void Replay_AcceptedHistory_StaysValidAndAsOfAndKnownOnTheEndEqualTheCase() =>
        Generators.Facts.Sample(
            facts =>
            {
                var negotiation = Generators.Accepted(facts);

                TestWorld.Empty.RecordAll(negotiation.Log).Case.Should().Be(negotiation, "a valid history stays valid when replayed");
                negotiation.KnownOn(Instant.MaxValue).Should().Be(negotiation);
                negotiation.AsOf(new LocalDate(2100, 1, 1)).Should().Be(negotiation);
            },
            threads: 1);

    [Fact]
    public void Validate_CaseBuiltOnlyBySuccessfulRecords_HasNoErrors() =>
        Generators.Facts.Sample(
            facts =>
            {
                var negotiation = Generators.Accepted(facts);

                var errors = negotiation.Validate().Errors.Where(e => e.Severity == FluentValidation.Severity.Error);
                errors.Should().BeEmpty("every fact passed Record's checks, which Validate() must agree with; log:{0}{1}",
                    Environment.NewLine, string.Join(Environment.NewLine, negotiation.Log.Skip(TestWorld.Case.Version).Select(f => f.Describe())));
            },
            threads: 1);

    [Fact]
    public void RoundConcluded_AnyHeldRoundOfAnyHistory_IsAccepted() =>
        Generators.Facts.Sample(
            facts =>
            {
                // Whether a round could be held was judged when it was recorded held; whatever was recorded since (a late
                // report that breaks its preconditions, c581ec9), concluding it is legal.
                var negotiation = Generators.Accepted(facts);
                var later = Moment.On(new LocalDate(2030, 1, 1));

                foreach (var round in negotiation.Rounds.Values.Where(r => r.Status == RoundStatus.Held))
                {
                    var result = negotiation.Record(Given.RoundConcluded(round.Id, later));
                    result.Succeeded.Should().BeTrue("{0} was held, so it can be concluded: {1}{2}{3}", round.Id, result, Environment.NewLine, Generators.AddedFacts(negotiation));
                }
            },
            iter: 400,
            threads: 1);

    [Fact]
    public void Fact_EveryKind_IsProducedByTheGenerators()
    {
        var kinds = typeof(Fact).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Fact)) && !t.IsAbstract).ToHashSet();
        var produced = new HashSet<Type>();
        Generators.Fact.Sample(fact => { produced.Add(fact.GetType()); }, iter: 20_000, threads: 1);

        kinds.Except(produced).Select(t => t.Name).Should().BeEmpty("every fact kind must be produced by Generators.Fact, so the properties cover it");
    }

    [Fact]
    public void Fact_EveryKind_IsAcceptedInSomeGeneratedHistory()
    {
        // Produced is not enough: a kind the case always refuses only ever tests its refusals. The rarest kind is
        // accepted about once in a hundred histories (measured over 2,000 at 7fdfdb2: a condition met 18 times), so
        // 2,000 histories leave a kind unaccepted by chance about once in sixty million runs (e^-18).
        var kinds = typeof(Fact).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Fact)) && !t.IsAbstract).ToHashSet();
        var accepted = new HashSet<Type>();
        Generators.Facts.Sample(
            facts => accepted.UnionWith(Generators.Accepted(facts).Log.Skip(TestWorld.Case.Version).Select(f => f.GetType())),
            iter: 2_000,
            threads: 1);

        kinds.Except(accepted).Select(t => t.Name).Should().BeEmpty("every fact kind must be accepted in some generated history, so the properties cover what it does");
    }

    /// <summary>What a user can observe of a case, by reference and by value.</summary>
    private sealed record Snapshot(int Version, object Log, EquatableArray<Fact> Facts, object Rounds, object Parties, object Demands, object Deadlines, object Documents)
    {
        public static Snapshot Of(NegotiationCase negotiation) => new(
            negotiation.Version,
            negotiation.Log,
            [.. negotiation.Log],
            negotiation.Rounds,
            negotiation.Parties,
            negotiation.Demands,
            negotiation.Deadlines,
            negotiation.Documents);
    }
}
