using CsCheck;
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
}
