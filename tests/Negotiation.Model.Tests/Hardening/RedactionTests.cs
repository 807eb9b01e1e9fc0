using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Hardening;

/// <summary>Issue 13, finding 6: a round whose precondition names a document the viewer may not read stays in the viewer's
/// view, with every later fact about it; only the parts of the precondition the viewer may not read are left out.</summary>
public sealed class RedactionTests
{
    private static readonly DocumentId ToTheEu = new("ru-eu-draft");
    private static readonly LocalDate NotBefore = new(2022, 1, 3);

    /// <summary>A confidential draft by Russia to the EU, which the United States may not read.</summary>
    private static readonly Document Draft = new(ToTheEu, DocumentKind.DraftAgreement, "A draft for the EU", [TestWorld.Russia], [TestWorld.Eu]);

    private static NegotiationCase Given(Precondition precondition) => TestWorld.Case.RecordOrThrow(
        TestSupport.Given.DocumentPresented(Draft, TestWorld.ArticleDay, new Provision("1", "An article.")),
        TestSupport.Given.RoundPlanned(TestWorld.Bilateral() with { Precondition = precondition }),
        TestSupport.Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva),
        TestSupport.Given.RoundConcluded(TestWorld.BilateralId, Moment.On(new LocalDate(2022, 1, 11))));

    [Fact]
    public void AsSeenBy_APartyOfTheRoundThatMayNotReadADocumentItsPreconditionNames_KeepsTheRoundAndItsLaterFacts()
    {
        // Given the Russia–US round requires the draft to the EU and a day, and is held and concluded
        var negotiation = Given(Precondition.DocumentPresented(ToTheEu) & Precondition.NotBefore(NotBefore));

        // When the United States, one of its two sides, looks at the case
        var view = negotiation.AsSeenBy(TestWorld.UnitedStates);

        // Then its own round is there, concluded, with only the part of the precondition it may read
        view.Documents.Should().NotContainKey(ToTheEu);
        view.Rounds.Should().ContainKey(TestWorld.BilateralId);
        var round = view.Rounds[TestWorld.BilateralId];
        round.Status.Should().Be(RoundStatus.Concluded);
        round.ActualStart.Should().Be(TestWorld.Geneva);
        round.Precondition.Should().Be(Precondition.AllOf(Precondition.NotBefore(NotBefore)));
        view.Log.Should().Contain(f => f is RoundHeld).And.Contain(f => f is RoundConcluded);
    }

    [Fact]
    public void AsSeenBy_APartyThatMayReadTheDocument_SeesTheWholePrecondition()
    {
        var precondition = Precondition.DocumentPresented(ToTheEu) & Precondition.NotBefore(NotBefore);

        Given(precondition).AsSeenBy(TestWorld.Eu).Rounds[TestWorld.BilateralId].Precondition.Should().Be(precondition);
    }

    [Fact]
    public void AsSeenBy_APreconditionMadeOnlyOfHiddenParts_KeepsTheRoundWithoutOne()
    {
        var view = Given(!Precondition.DocumentPresented(ToTheEu) | Precondition.DocumentPresented(ToTheEu)).AsSeenBy(TestWorld.UnitedStates);

        view.Rounds[TestWorld.BilateralId].Precondition.Should().BeNull();
        view.Rounds[TestWorld.BilateralId].Status.Should().Be(RoundStatus.Concluded);
        view.CanStart(TestWorld.BilateralId).CanStart.Should().Be(Truth.Yes);
    }

    [Fact]
    public void AsSeenBy_ANestedHiddenPart_IsLeftOutWhereItStands()
    {
        var readable = Precondition.NotBefore(NotBefore) | Precondition.NotAfter(new LocalDate(2022, 2, 1));
        var view = Given(Precondition.AllOf(readable, !Precondition.DocumentPresented(ToTheEu) | Precondition.NotBefore(NotBefore))).AsSeenBy(TestWorld.UnitedStates);

        view.Rounds[TestWorld.BilateralId].Precondition.Should().Be(Precondition.AllOf(readable, Precondition.AnyOf(Precondition.NotBefore(NotBefore))));
    }

    [Fact]
    public void AsSeenBy_PreconditionsChangedToNameAHiddenDocument_KeepsTheChangeWithoutIt()
    {
        // Given a round planned without preconditions, which later comes to require the draft to the EU
        var negotiation = TestWorld.Case.RecordOrThrow(
            TestSupport.Given.DocumentPresented(Draft, TestWorld.ArticleDay, new Provision("1", "An article.")),
            TestSupport.Given.RoundPlanned(TestWorld.Bilateral()),
            TestSupport.Given.RoundPreconditionsChanged(TestWorld.BilateralId, Precondition.DocumentPresented(ToTheEu) & Precondition.NotBefore(NotBefore), Moment.On(new LocalDate(2021, 12, 23)), "Asked by Russia"),
            TestSupport.Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva));

        var round = negotiation.AsSeenBy(TestWorld.UnitedStates).Rounds[TestWorld.BilateralId];

        round.Status.Should().Be(RoundStatus.Held);
        round.Precondition.Should().Be(Precondition.AllOf(Precondition.NotBefore(NotBefore)));
        round.PreconditionChanges.Should().ContainSingle().Which.After.Should().Be(round.Precondition);
    }
}
