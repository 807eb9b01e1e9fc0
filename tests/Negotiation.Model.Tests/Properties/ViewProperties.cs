using CsCheck;
using NodaTime;
using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Properties;

/// <summary>Properties of the per-party view on random histories of every fact kind.</summary>
public sealed class ViewProperties
{
    private static readonly PartyId[] Viewers = [TestWorld.Russia, TestWorld.UnitedStates, TestWorld.Nato, TestWorld.Eu, TestWorld.Ukraine];

    [Fact]
    public void AsSeenBy_AnyHistory_HoldsOnlyWhatThePartyMaySeeAndEveryReferenceResolves() =>
        Generators.Facts.Sample(
            facts =>
            {
                var negotiation = Generators.Accepted(facts);

                foreach (var party in Viewers)
                {
                    var view = negotiation.AsSeenBy(party);

                    view.Documents.Keys.Where(d => !negotiation.CanSee(party, d)).Should().BeEmpty("a view holds only documents the party may read");
                    view.Statements.Keys.Should().BeSubsetOf(negotiation.Statements.Keys);
                    view.Log.Count.Should().BeLessThanOrEqualTo(negotiation.Log.Count);
                    negotiation.Documents.Keys.Where(d => negotiation.CanSee(party, d)).Should().BeSubsetOf(view.Documents.Keys, "a view hides no document the party may read");
                    view.Validate().Errors.Where(e => e.ErrorCode.StartsWith("NM1", StringComparison.Ordinal))
                        .Should().BeEmpty("every reference in a view resolves (the view evolves facts without checking them)");
                }
            },
            threads: 1);

    [Fact]
    public void AsSeenBy_AnyHistory_ItsPastAnswersAsTheViewWithCheckpointsBuiltFactByFact() =>
        Gen.Select(Generators.Facts, Gen.Int[-10, 75], Gen.Int[0, 4 * 125]).Sample(
            (facts, days, quarters) =>
            {
                var negotiation = Generators.Accepted(facts);
                var day = new LocalDate(2021, 12, 1).PlusDays(days);
                var when = Instant.FromUtc(2021, 10, 31, 0, 0) + Duration.FromHours(6 * quarters);

                foreach (var party in Viewers)
                {
                    // The view's checkpoints are deferred; the oracle takes them fact by fact, as Record does.
                    var view = negotiation.AsSeenBy(party);
                    var eager = view.With(view.Log.Aggregate(CaseData.Empty, CaseEngine.Replay));

                    CaseAnswers.Of(view.AsOf(day), party).Should().Equal(CaseAnswers.Of(eager.AsOf(day), party), $"{party}'s view as of {day}");
                    CaseAnswers.Of(view.KnownOn(when), party).Should().Equal(CaseAnswers.Of(eager.KnownOn(when), party), $"{party}'s view as known on {when}");
                }
            },
            iter: 60,
            threads: 1);
}
