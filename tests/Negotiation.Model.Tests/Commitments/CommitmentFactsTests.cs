using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Commitments;

public sealed class CommitmentFactsTests
{
    private const string Path = "Commitments[us-eu-european-security]";
    private static readonly CommitmentId Id = new("us-eu-european-security");

    [Fact]
    public void CommitmentMade_WellFormed_AddsTheCommitment()
    {
        var commitment = WithTheEu();

        TestWorld.Case.ShouldAccept(Given.CommitmentMade(commitment)).Commitments[Id].Should().Be(commitment with { Made = TestWorld.ArticleDay });
    }

    [Fact]
    public void CommitmentMade_RoundAlreadyPlannedThatBreaksIt_IsAcceptedWithCommitmentBrokenAtTheRound()
    {
        var planned = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral()));

        var (negotiation, warning) = planned.ShouldAcceptWithWarning(Given.CommitmentMade(WithTheEu()), ErrorCodes.CommitmentBroken, "Rounds[ru-us-2022-01]");

        negotiation.Commitments.Should().ContainKey(Id);
        warning.ErrorMessage.Should().Contain("'us-eu-european-security'");
    }

    [Fact]
    public void CommitmentMade_CancelledRoundThatWouldBreakIt_IsAcceptedWithoutWarning() =>
        TestWorld.Case.RecordOrThrow(
                Given.RoundPlanned(TestWorld.Bilateral()),
                Given.RoundCancelled(TestWorld.BilateralId, "Troop build-up", new LocalDate(2021, 12, 28)))
            .ShouldAccept(Given.CommitmentMade(WithTheEu(), new LocalDate(2021, 12, 29)));

    [Fact]
    public void CommitmentMade_RoundsHeldOrConcludedBeforeIt_AreNotReported()
    {
        // The bilateral round was held in Geneva on 10 January 2022; the understanding came later, on 20 January.
        var held = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(TestWorld.Bilateral(), new LocalDate(2021, 12, 20)),
            Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva));
        var concluded = held.RecordOrThrow(Given.RoundConcluded(TestWorld.BilateralId, new LocalDate(2022, 1, 10)));

        held.ShouldAccept(Given.CommitmentMade(WithTheEu(), new LocalDate(2022, 1, 20)));
        concluded.ShouldAccept(Given.CommitmentMade(WithTheEu(), new LocalDate(2022, 1, 20)));
    }

    [Fact]
    public void CommitmentMade_RoundHeldAfterItOrPossiblyAfterIt_IsReported()
    {
        var planned = TestWorld.Case.RecordOrThrow(Given.RoundPlanned(TestWorld.Bilateral(), new LocalDate(2021, 12, 20)));

        // Held on 10 January, after a commitment of 5 January that is recorded only later: the round broke it.
        planned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva))
            .ShouldAcceptWithWarning(Given.CommitmentMade(WithTheEu(), new LocalDate(2022, 1, 5)), ErrorCodes.CommitmentBroken, "Rounds[ru-us-2022-01]");

        // Held "early January", against a commitment of 5 January: possibly after it, so still reported.
        planned.RecordOrThrow(Given.RoundHeld(TestWorld.BilateralId, TestWorld.EarlyJanuary))
            .ShouldAcceptWithWarning(Given.CommitmentMade(WithTheEu(), new LocalDate(2022, 1, 5)), ErrorCodes.CommitmentBroken, "Rounds[ru-us-2022-01]");
    }

    [Fact]
    public void CommitmentMade_TakenId_FailsWithDuplicateId() =>
        TestWorld.Case.RecordOrThrow(Given.CommitmentMade(WithTheEu()))
            .ShouldRefuse(Given.CommitmentMade(WithTheEu()), ErrorCodes.DuplicateId, Path);

    [Fact]
    public void CommitmentMade_BlankText_FailsWithTextRequired() =>
        TestWorld.Case.ShouldRefuse(Given.CommitmentMade(WithTheEu() with { Text = "" }), ErrorCodes.TextRequired, Path + ".Text");

    [Fact]
    public void CommitmentMade_NoParty_FailsWithCommitmentWithoutParties() =>
        TestWorld.Case.ShouldRefuse(Given.CommitmentMade(WithTheEu() with { Parties = [] }), ErrorCodes.CommitmentWithoutParties, Path + ".Parties");

    [Fact]
    public void CommitmentMade_UnknownParty_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.CommitmentMade(WithTheEu() with { Parties = [TestWorld.UnitedStates, TestWorld.Atlantis] }), ErrorCodes.UnknownParty, Path + ".Parties[1]");

    [Fact]
    public void CommitmentMade_UnknownTopic_FailsWithUnknownTopic() =>
        TestWorld.Case.ShouldRefuse(Given.CommitmentMade(WithTheEu() with { Topic = new TopicId("space") }), ErrorCodes.UnknownTopic, Path + ".Topic");

    [Fact]
    public void CommitmentMade_UnknownRequiredParticipant_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.CommitmentMade(WithTheEu() with { Rule = CommitmentRule.Participation(TestWorld.Atlantis) }), ErrorCodes.UnknownParty, Path + ".RequiredParticipant");

    [Fact]
    public void CommitmentMade_Describe_NamesThePartiesAndTheText() =>
        Given.CommitmentMade(WithTheEu()).Describe().Should().Be("united-states and eu committed: Any discussion of European security happens with the EU.");

    private static Commitment WithTheEu() =>
        new(Id, [TestWorld.UnitedStates, TestWorld.Eu], "Any discussion of European security happens with the EU.", TestWorld.EuropeanSecurity, TestWorld.Eu);
}
