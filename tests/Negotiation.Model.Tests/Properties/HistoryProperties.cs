using CsCheck;
using FluentAssertions.Execution;
using Negotiation.Model.Tests.Queries;
using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Properties;

/// <summary>Properties of generated histories of every fact kind that compare what the cases answer (every query,
/// <see cref="CaseAnswers"/>), not only their logs: case equality is id, title and log, so a wrong index or a stale cache
/// would pass a log comparison.</summary>
public sealed class HistoryProperties
{
    private static readonly PartyId[] Viewers = [TestWorld.Russia, TestWorld.UnitedStates, TestWorld.Nato, TestWorld.Eu, TestWorld.Ukraine, TestWorld.Germany];

    /// <summary>Days from late November 2021 to mid-February 2022, around the generated facts.</summary>
    private static readonly Gen<LocalDate> Day = Gen.Int[-10, 75].Select(days => new LocalDate(2021, 12, 1).PlusDays(days));

    /// <summary>Instants every six hours from the end of October 2021 (before any record time) to March 2022.</summary>
    private static readonly Gen<Instant> When = Gen.Int[0, 4 * 125].Select(quarters => Instant.FromUtc(2021, 10, 31, 0, 0) + Duration.FromHours(6 * quarters));

    [Fact]
    public void Record_AnyFactOnAnyHistory_LeavesEveryAnswerOfTheCaseItIsCalledOn() =>
        Gen.Select(Generators.Facts, Generators.Fact.Array[1, 6]).Sample(
            (history, more) =>
            {
                var negotiation = Generators.Accepted(history);
                var before = CaseAnswers.Of(negotiation, Viewers);
                foreach (var fact in more)
                {
                    _ = negotiation.Record(fact);
                }

                CaseAnswers.Of(negotiation, Viewers).Should().Equal(before, "recording never alters its input");
            },
            iter: 150,
            threads: 1);

    [Fact]
    public void AsOf_AnyHistoryAnyDay_AnswersEveryQueryAsTheReplayOfWhatHadHappened() =>
        Gen.Select(Generators.Facts, Day).Sample(
            (facts, day) =>
            {
                var negotiation = Generators.Accepted(facts);
                var replay = QueryOracle.Replay(negotiation, f => f.Occurred.IsOnOrBefore(day).IsYes);

                CaseAnswers.Of(negotiation.AsOf(day), Viewers).Should().Equal(CaseAnswers.Of(replay, Viewers), $"as of {day}");
            },
            iter: 150,
            threads: 1);

    [Fact]
    public void KnownOn_AnyHistoryAnyInstant_AnswersEveryQueryAsTheReplayOfWhatWasRecorded() =>
        Gen.Select(Generators.Facts, When).Sample(
            (facts, when) =>
            {
                var negotiation = Generators.Accepted(facts);
                var replay = QueryOracle.Replay(negotiation, f => f.Recorded <= when);

                CaseAnswers.Of(negotiation.KnownOn(when), Viewers).Should().Equal(CaseAnswers.Of(replay, Viewers), $"as known on {when}");
            },
            iter: 150,
            threads: 1);

    [Fact]
    public void AsSeenBy_AnyHistory_NeverRevealsWhatThePartyMayNotReadAndNeverHidesWhatItMay() =>
        Generators.Facts.Sample(
            facts =>
            {
                var negotiation = Generators.Accepted(facts);
                foreach (var party in Viewers)
                {
                    using var scope = new AssertionScope($"as seen by {party}");
                    var view = negotiation.AsSeenBy(party);
                    var documents = negotiation.Documents.Values.Where(d => QueryOracle.CanSee(negotiation, d, party)).Select(d => d.Id).ToHashSet();
                    var statements = negotiation.Statements.Values.Where(s => QueryOracle.CanSee(negotiation, s, party)).Select(s => s.Id).ToHashSet();
                    bool Hidden(SubjectRef s) => (s.Kind == SubjectKind.Document && !documents.Contains(new DocumentId(s.Id)))
                        || (s.Kind == SubjectKind.Statement && !statements.Contains(new StatementId(s.Id)));
                    bool Secret(DemandSource? source) => source is { } s
                        && ((s.Provision is { } p && !documents.Contains(p.Document)) || (s.Statement is { } st && !statements.Contains(st)));

                    // Never hides what it may read
                    view.Documents.Keys.Should().BeEquivalentTo(documents);
                    view.Statements.Keys.Should().BeEquivalentTo(statements);
                    view.Rounds.Keys.Should().Equal(negotiation.Rounds.Keys, "a round is never hidden, only what it names that the party may not read");
                    view.Rounds.Values.Select(r => r.Status).Should().Equal(negotiation.Rounds.Values.Select(r => r.Status));
                    view.Demands.Keys.Should().BeEquivalentTo(negotiation.Demands.Values.Where(d => !Secret(d.Source)).Select(d => d.Id));
                    view.Parties.Keys.Should().Equal(negotiation.Parties.Keys);
                    view.Deadlines.Keys.Should().Equal(negotiation.Deadlines.Keys);

                    // Never reveals what it may not
                    var hiddenDemands = negotiation.Demands.Keys.Except(view.Demands.Keys).ToHashSet();
                    foreach (var round in view.Rounds.Values)
                    {
                        round.Agenda.Documents.Where(d => !documents.Contains(d)).Should().BeEmpty();
                        round.Agenda.Demands.Where(hiddenDemands.Contains).Should().BeEmpty();
                        (round.Precondition?.Leaves() ?? []).OfType<DocumentPresentedCondition>().Where(c => !documents.Contains(c.Document)).Should().BeEmpty();
                        (round.Precondition?.Leaves() ?? []).OfType<DemandAnsweredCondition>().Where(c => hiddenDemands.Contains(c.Demand)).Should().BeEmpty();
                        (round.Outcome?.DocumentsHandedOver ?? []).Where(d => !documents.Contains(d)).Should().BeEmpty();
                        (round.Outcome?.Statements ?? []).Where(s => !statements.Contains(s)).Should().BeEmpty();
                    }

                    view.Statements.Values.SelectMany(s => s.About).Where(Hidden).Should().BeEmpty();
                    view.Deadlines.Values.Where(d => d.Subject is { } subject && Hidden(subject)).Should().BeEmpty();
                    view.Log.Select(f => f.ToString()).Should().NotContain(line => negotiation.Documents.Keys.Where(d => !documents.Contains(d)).Any(d => line.Contains(d.ToString(), StringComparison.Ordinal)),
                        "no line of the view's log names a hidden document");
                }
            },
            iter: 150,
            threads: 1);
}
