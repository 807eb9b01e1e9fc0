using Negotiation.Model.Tests.TestSupport;
using Negotiation.Model.Validation;
using NodaTime;

namespace Negotiation.Model.Tests.Commitments;

/// <summary>When a round breaks a commitment and what the warning says: rounds that do not count against a limit
/// (cancelled, without a committed party, started the same day), the order of rounds once the first is held or
/// cancelled, a rescheduling that breaks nothing, a rule only in words, and a plan judged without a case.</summary>
public sealed class CommitmentBreachRuleTests
{
    private static readonly CommitmentId Id = new("us-eu-european-security");
    private static readonly RoundId SecondBilateralId = new("ru-us-2022-02");

    private static Commitment WithTheEu(CommitmentRule? rule = null) =>
        new(Id, [TestWorld.UnitedStates, TestWorld.Eu], "Any discussion of European security happens with the EU.", TestWorld.EuropeanSecurity, rule ?? CommitmentRule.Participation(TestWorld.Eu));

    private static Round NatoRoundOnGuarantees(LocalDate planned) =>
        TestWorld.NatoRound(planned) with { Precondition = null, Agenda = new Agenda { Topics = [TestWorld.SecurityGuarantees] } };

    private static Round SecondBilateral(LocalDate planned) => TestWorld.Bilateral(planned) with { Id = SecondBilateralId };

    private static Round RussiaUkraine(LocalDate planned) =>
        new(new RoundId("ru-ua-2022-01"), RoundFormat.Bilateral, [TestWorld.Russia, TestWorld.Ukraine], planned) { Agenda = new Agenda { Topics = [TestWorld.SecurityGuarantees] } };

    private static IEnumerable<string> BrokenCodes(NegotiationCase negotiation) =>
        negotiation.Validate().Errors.Where(f => f.ErrorCode == ErrorCodes.CommitmentBroken).Select(f => f.PropertyName);

    [Fact]
    public void TextOnlyCommitment_RoundOnItsTopic_IsNeverReportedBroken()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(Given.CommitmentMade(WithTheEu(CommitmentRule.TextOnly)));

        var planned = negotiation.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral()));

        BrokenCodes(planned).Should().BeEmpty();
    }

    [Fact]
    public void RoundRescheduled_RoundThatBreaksNoCommitment_AcceptedWithoutWarning()
    {
        // The commitment is about European security; a round on arms control does not touch it, before or after.
        var armsControl = TestWorld.Bilateral(new LocalDate(2022, 1, 10)) with { Agenda = new Agenda { Topics = [TestWorld.ArmsControl] } };
        var negotiation = TestWorld.Case.RecordOrThrow(Given.CommitmentMade(WithTheEu()), Given.RoundPlanned(armsControl));

        negotiation.ShouldAccept(Given.RoundRescheduled(TestWorld.BilateralId, new LocalDate(2022, 1, 12), new LocalDate(2022, 1, 3)));
    }

    [Fact]
    public void Limit_OfTwoRounds_ReasonSaysRoundsInThePlural()
    {
        var breach = TestWorld.Case.RecordOrThrow(
                Given.CommitmentMade(WithTheEu(CommitmentRule.Limit(2))),
                Given.RoundPlanned(TestWorld.Bilateral(new LocalDate(2022, 1, 10))),
                Given.RoundPlanned(NatoRoundOnGuarantees(new LocalDate(2022, 1, 12))),
                Given.RoundPlanned(SecondBilateral(new LocalDate(2022, 1, 14))))
            .BrokenCommitments().Should().ContainSingle().Subject;

        breach.Round.Should().Be(SecondBilateralId);
        breach.Reason.Should().Be(
            "the Russia–United States round (ru-us-2022-02) discusses European security after the 2 rounds allowed, "
            + "against the commitment 'us-eu-european-security' of United States and European Union: \"Any discussion of European security happens with the EU.\"");
    }

    [Fact]
    public void Limit_CancelledEarlierRound_DoesNotCount()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.CommitmentMade(WithTheEu(CommitmentRule.Limit(1))),
            Given.RoundPlanned(TestWorld.Bilateral(new LocalDate(2022, 1, 10))),
            Given.RoundCancelled(TestWorld.BilateralId, "Called off.", new LocalDate(2021, 12, 28)),
            Given.RoundPlanned(NatoRoundOnGuarantees(new LocalDate(2022, 1, 12)), new LocalDate(2021, 12, 29)));

        negotiation.BrokenCommitments().Should().BeEmpty();
        BrokenCodes(negotiation).Should().BeEmpty();
    }

    [Fact]
    public void Limit_EarlierRoundOnAnotherTopic_DoesNotCount()
    {
        var armsControl = TestWorld.Bilateral(new LocalDate(2022, 1, 10)) with { Agenda = new Agenda { Topics = [TestWorld.ArmsControl] } };

        TestWorld.Case.RecordOrThrow(
                Given.CommitmentMade(WithTheEu(CommitmentRule.Limit(1))),
                Given.RoundPlanned(armsControl),
                Given.RoundPlanned(NatoRoundOnGuarantees(new LocalDate(2022, 1, 12))))
            .BrokenCommitments().Should().BeEmpty();
    }

    [Fact]
    public void Limit_RoundWithoutACommittedParty_IsNotBrokenByIt()
    {
        // Russia and Ukraine discuss security guarantees: neither committed to the limit, so their round is not counted.
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.CommitmentMade(WithTheEu(CommitmentRule.Limit(1))),
            Given.RoundPlanned(TestWorld.Bilateral(new LocalDate(2022, 1, 10))));

        var planned = negotiation.ShouldAccept(Given.RoundPlanned(RussiaUkraine(new LocalDate(2022, 1, 12))));

        planned.BrokenCommitments().Should().BeEmpty();
        BrokenCodes(planned).Should().BeEmpty();
    }

    [Fact]
    public void Limit_TwoRoundsOnTheSameDay_TheOneWithTheLaterIdBreaksIt()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.CommitmentMade(WithTheEu(CommitmentRule.Limit(1))),
            Given.RoundPlanned(TestWorld.Bilateral(new LocalDate(2022, 1, 10))),
            Given.RoundPlanned(SecondBilateral(new LocalDate(2022, 1, 10))));

        negotiation.BrokenCommitments().Select(b => b.Round).Should().Equal(SecondBilateralId);
        BrokenCodes(negotiation).Should().Equal($"Rounds[{SecondBilateralId}]");
    }

    [Fact]
    public void Order_FirstRoundCancelled_SecondPlannedEarlierIsNotBroken()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(TestWorld.Bilateral(new LocalDate(2022, 1, 12))),
            Given.RoundPlanned(NatoRoundOnGuarantees(new LocalDate(2022, 1, 10))),
            Given.RoundCancelled(TestWorld.BilateralId, "Called off.", new LocalDate(2021, 12, 23)),
            Given.CommitmentMade(WithTheEu(CommitmentRule.RoundOrder(TestWorld.BilateralId, TestWorld.NatoRoundId)), new LocalDate(2021, 12, 24)));

        negotiation.BrokenCommitments().Should().BeEmpty();
        BrokenCodes(negotiation).Should().BeEmpty();
    }

    [Fact]
    public void Order_SecondHeldBeforeTheFirst_StaysBrokenOnceTheFirstIsHeld()
    {
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(TestWorld.Bilateral(new LocalDate(2022, 1, 10))),
            Given.RoundPlanned(TestWorld.NatoRound(new LocalDate(2022, 1, 12)) with { Precondition = null }),
            Given.CommitmentMade(WithTheEu(CommitmentRule.RoundOrder(TestWorld.BilateralId, TestWorld.NatoRoundId))),
            Given.RoundHeld(TestWorld.NatoRoundId, new LocalDate(2022, 1, 8)),
            Given.RoundHeld(TestWorld.BilateralId, new LocalDate(2022, 1, 12)));

        var breach = negotiation.BrokenCommitments().Should().ContainSingle().Subject;
        breach.Round.Should().Be(TestWorld.NatoRoundId);
        breach.Reason.Should().StartWith("the Russia–NATO round (ru-nato-2022-01) comes before the Russia–United States round (ru-us-2022-01) has been held, against the commitment 'us-eu-european-security'");
    }

    [Fact]
    public void Prohibition_WithNoParty_ReasonSaysTheRoundDiscussesTheTopic()
    {
        var (_, warning) = TestWorld.Case.RecordOrThrow(Given.CommitmentMade(WithTheEu(CommitmentRule.Prohibition())))
            .ShouldAcceptWithWarning(Given.RoundPlanned(TestWorld.Bilateral()), ErrorCodes.CommitmentBroken, "Rounds[ru-us-2022-01]");

        warning.ErrorMessage.Should().Be(
            "the Russia–United States round (ru-us-2022-01) discusses European security, "
            + "against the commitment 'us-eu-european-security' of United States and European Union: \"Any discussion of European security happens with the EU.\"");
    }

    [Fact]
    public void Validate_DependentPlannedBeforeARequiredRoundAlreadyHeld_NoOrderFailure()
    {
        // Planned for 5 January, before the bilateral round it requires was held on 8 January: once that round is held,
        // the requirement imposes nothing more on the plan.
        var negotiation = TestWorld.Case.RecordAll(
        [
            Given.RoundPlanned(TestWorld.Bilateral()),
            Given.RoundPlanned(TestWorld.NatoRound(new LocalDate(2022, 1, 5))),
            Given.RoundHeld(TestWorld.BilateralId, new LocalDate(2022, 1, 8)),
        ]).Case;
        negotiation.Rounds[TestWorld.BilateralId].HasBeenHeld.Should().BeTrue();

        negotiation.Validate().Errors.Should().NotContain(f =>
            f.ErrorCode == ErrorCodes.PlannedBeforeRequiredRound || f.ErrorCode == ErrorCodes.PlannedPossiblyBeforeRequiredRound);
    }

    [Fact]
    public void BreaksPlan_ParticipationWithoutTheRequiredParty_OnlyWhenACommittedPartyIsASide()
    {
        var world = TestWorld.Case;
        var commitment = WithTheEu();

        RoundRules.Breaks(TestWorld.Bilateral(), commitment, world.Topics, world.Demands).Should().BeTrue("the United States is a side and the EU is not");
        RoundRules.Breaks(TestWorld.Bilateral() with { Sides = [new RoundSide(TestWorld.Russia), new RoundSide(TestWorld.UnitedStates), new RoundSide(TestWorld.Eu)] }, commitment, world.Topics, world.Demands)
            .Should().BeFalse("the EU is a side");
        RoundRules.Breaks(RussiaUkraine(new LocalDate(2022, 1, 12)), commitment, world.Topics, world.Demands).Should().BeFalse("no committed party is a side");
        RoundRules.Breaks(TestWorld.Bilateral() with { Agenda = new Agenda { Topics = [TestWorld.ArmsControl] } }, commitment, world.Topics, world.Demands)
            .Should().BeFalse("arms control is not European security");
        RoundRules.Breaks(TestWorld.Bilateral(), WithTheEu(CommitmentRule.Limit(0)), world.Topics, world.Demands).Should().BeFalse("only participation is judged");
    }
}
