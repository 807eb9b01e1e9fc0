using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Commitments;

/// <summary>Which rounds break a commitment: membership through organisations, rounds held before it, and the rules
/// beyond "a topic requires a participant" (order, prohibition, limit, text only) within a scope.</summary>
public sealed class CommitmentRuleTests
{
    private static readonly CommitmentId Id = new("us-eu-european-security");
    private static readonly LocalDate January20 = new(2022, 1, 20);

    private static Commitment WithTheEu(CommitmentRule? rule = null) =>
        new(Id, [TestWorld.UnitedStates, TestWorld.Eu], "Any discussion of European security happens with the EU.", TestWorld.EuropeanSecurity, rule ?? CommitmentRule.Participation(TestWorld.Eu));

    private static Round NatoRoundOnGuarantees() => TestWorld.NatoRound() with { Precondition = null, Agenda = new Agenda { Topics = [TestWorld.SecurityGuarantees] } };

    [Fact]
    public void BrokenCommitments_RoundHeldBeforeTheCommitmentWasMade_IsNotListed()
    {
        // Held in Geneva on 10 January; the understanding came on 20 January and constrains later rounds only.
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(TestWorld.Bilateral(), new LocalDate(2021, 12, 20)),
            Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva),
            Given.CommitmentMade(WithTheEu(), January20));

        negotiation.BrokenCommitments().Should().BeEmpty();
        negotiation.Validate().Errors.Should().NotContain(f => f.ErrorCode == ErrorCodes.CommitmentBroken);
    }

    [Fact]
    public void BrokenCommitments_RoundHeldAfterTheCommitment_IsListed() =>
        TestWorld.Case.RecordOrThrow(
                Given.CommitmentMade(WithTheEu(), new LocalDate(2022, 1, 5)),
                Given.RoundPlanned(TestWorld.Bilateral(), new LocalDate(2022, 1, 6)),
                Given.RoundHeld(TestWorld.BilateralId, TestWorld.Geneva))
            .BrokenCommitments().Should().ContainSingle().Which.Round.Should().Be(TestWorld.BilateralId);

    [Fact]
    public void BrokenCommitments_CommittedPartyTakesPartThroughAnOrganisation_IsListed()
    {
        // The United States sits on NATO's side: a Russia–NATO round on security guarantees without the EU breaks it.
        var negotiation = TestWorld.Case.RecordOrThrow(Given.CommitmentMade(WithTheEu()), Given.RoundPlanned(NatoRoundOnGuarantees()));

        var breach = negotiation.BrokenCommitments().Should().ContainSingle().Subject;
        breach.Round.Should().Be(TestWorld.NatoRoundId);
        breach.Reason.Should().Contain("without European Union");
    }

    [Fact]
    public void RoundPlanned_CommittedPartyTakesPartThroughAnOrganisation_WarnsCommitmentBroken() =>
        TestWorld.Case.RecordOrThrow(Given.CommitmentMade(WithTheEu()))
            .ShouldAcceptWithWarning(Given.RoundPlanned(NatoRoundOnGuarantees()), ErrorCodes.CommitmentBroken, "Rounds[ru-nato-2022-01]");

    [Fact]
    public void CommitmentMade_RoundOfAnOrganisationOfACommittedParty_WarnsCommitmentBroken() =>
        TestWorld.Case.RecordOrThrow(Given.RoundPlanned(NatoRoundOnGuarantees()))
            .ShouldAcceptWithWarning(Given.CommitmentMade(WithTheEu()), ErrorCodes.CommitmentBroken, "Rounds[ru-nato-2022-01]");

    [Fact]
    public void BrokenCommitments_RequiredParticipantTakesPartThroughAnOrganisation_IsNotListed()
    {
        // Germany must take part; it sits on NATO's side, with the United States.
        var withGermany = WithTheEu(CommitmentRule.Participation(TestWorld.Germany));

        TestWorld.Case.RecordOrThrow(Given.CommitmentMade(withGermany), Given.RoundPlanned(NatoRoundOnGuarantees()))
            .BrokenCommitments().Should().BeEmpty();
    }

    [Fact]
    public void BrokenCommitments_MemberHadLeftTheOrganisationWhenTheRoundStarts_IsNotListed()
    {
        // The United Kingdom left the EU on 1 February 2020: a UK commitment does not bind it through an EU round of 2022.
        var ukCommitment = new Commitment(new CommitmentId("uk-us"), [TestWorld.UnitedKingdom, TestWorld.UnitedStates], "With the United States.", TestWorld.EuropeanSecurity, TestWorld.UnitedStates);
        var euRound = new Round(new RoundId("ru-eu-2022-01"), RoundFormat.Bilateral, [TestWorld.Russia, TestWorld.Eu], TestWorld.January) { Agenda = new Agenda { Topics = [TestWorld.SecurityGuarantees] } };

        TestWorld.Case.RecordOrThrow(Given.CommitmentMade(ukCommitment), Given.RoundPlanned(euRound)).BrokenCommitments().Should().BeEmpty();
        TestWorld.Case.RecordOrThrow(Given.CommitmentMade(ukCommitment), Given.RoundPlanned(euRound with { Planned = new LocalDate(2019, 3, 1) }))
            .BrokenCommitments().Should().ContainSingle();
    }

    [Fact]
    public void RoundHeld_SecondRoundOfAnOrderHeldFirst_WarnsCommitmentBroken()
    {
        var order = WithTheEu(CommitmentRule.RoundOrder(TestWorld.BilateralId, TestWorld.NatoRoundId));
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.RoundPlanned(TestWorld.Bilateral(new LocalDate(2022, 1, 10))),
            Given.RoundPlanned(TestWorld.NatoRound(new LocalDate(2022, 1, 12)) with { Precondition = null }),
            Given.CommitmentMade(order));

        negotiation.BrokenCommitments().Should().BeEmpty("both rounds are planned in the agreed order");
        var (held, warning) = negotiation.ShouldAcceptWithWarning(Given.RoundHeld(TestWorld.NatoRoundId, new LocalDate(2022, 1, 8)), ErrorCodes.CommitmentBroken, "Rounds[ru-nato-2022-01]");
        warning.ErrorMessage.Should().Contain("comes before").And.Contain("ru-us-2022-01");
        held.BrokenCommitments().Select(b => b.Round).Should().Equal(TestWorld.NatoRoundId);
    }

    [Fact]
    public void BrokenCommitments_OrderKept_IsEmpty() =>
        TestWorld.Case.RecordOrThrow(
                Given.RoundPlanned(TestWorld.Bilateral(new LocalDate(2022, 1, 10))),
                Given.RoundPlanned(TestWorld.NatoRound(new LocalDate(2022, 1, 12))),
                Given.CommitmentMade(WithTheEu(CommitmentRule.RoundOrder(TestWorld.BilateralId, TestWorld.NatoRoundId))),
                Given.RoundHeld(TestWorld.BilateralId, new LocalDate(2022, 1, 10)),
                Given.RoundHeld(TestWorld.NatoRoundId, new LocalDate(2022, 1, 12)))
            .BrokenCommitments().Should().BeEmpty();

    [Fact]
    public void RoundRescheduled_CertainlyBeforeTheRoundItMustFollow_WarnsCommitmentBroken() =>
        TestWorld.Case.RecordOrThrow(
                Given.RoundPlanned(TestWorld.Bilateral(new LocalDate(2022, 1, 10))),
                Given.RoundPlanned(TestWorld.NatoRound(new LocalDate(2022, 1, 12)) with { Precondition = null }),
                Given.CommitmentMade(WithTheEu(CommitmentRule.RoundOrder(TestWorld.BilateralId, TestWorld.NatoRoundId))))
            .ShouldAcceptWithWarning(Given.RoundRescheduled(TestWorld.NatoRoundId, new LocalDate(2022, 1, 5), new LocalDate(2022, 1, 3)), ErrorCodes.CommitmentBroken, "Rounds[ru-nato-2022-01]");

    [Fact]
    public void CommitmentMade_OrderOfUnknownRounds_FailsWithUnknownRound() =>
        TestWorld.Case.ShouldRefuseWith(
            Given.CommitmentMade(WithTheEu(CommitmentRule.RoundOrder(TestWorld.BilateralId, TestWorld.NatoRoundId))),
            (ErrorCodes.UnknownRound, "Commitments[us-eu-european-security].Rule.First"),
            (ErrorCodes.UnknownRound, "Commitments[us-eu-european-security].Rule.Then"));

    [Fact]
    public void BrokenCommitments_ProhibitionWithAParty_ListsOnlyRoundsWithThatParty()
    {
        // "No talks on European security with Russia" (a prohibition the United States and the EU agree).
        var noTalks = WithTheEu(CommitmentRule.Prohibition(TestWorld.Russia));
        var ukraineRound = new Round(new RoundId("us-ua-2022-01"), RoundFormat.Bilateral, [TestWorld.UnitedStates, TestWorld.Ukraine], TestWorld.January) { Agenda = new Agenda { Topics = [TestWorld.SecurityGuarantees] } };

        TestWorld.Case.RecordOrThrow(Given.CommitmentMade(noTalks), Given.RoundPlanned(TestWorld.Bilateral()), Given.RoundPlanned(ukraineRound))
            .BrokenCommitments().Should().ContainSingle().Which.Reason.Should().Contain("discusses European security with Russia");
    }

    [Fact]
    public void BrokenCommitments_Limit_ListsTheRoundsBeyondIt()
    {
        var atMostOne = WithTheEu(CommitmentRule.Limit(1));

        var breach = TestWorld.Case.RecordOrThrow(
                Given.CommitmentMade(atMostOne),
                Given.RoundPlanned(TestWorld.Bilateral(new LocalDate(2022, 1, 10))),
                Given.RoundPlanned(NatoRoundOnGuarantees() with { Planned = new LocalDate(2022, 1, 12) }))
            .BrokenCommitments().Should().ContainSingle().Subject;

        breach.Round.Should().Be(TestWorld.NatoRoundId);
        breach.Reason.Should().Contain("after the 1 round allowed");
    }

    [Fact]
    public void BrokenCommitments_TextOnly_NeverListed()
    {
        var words = WithTheEu(CommitmentRule.TextOnly);

        words.Rule.IsCheckable.Should().BeFalse();
        TestWorld.Case.RecordOrThrow(Given.CommitmentMade(words), Given.RoundPlanned(TestWorld.Bilateral())).BrokenCommitments().Should().BeEmpty();
    }

    [Fact]
    public void BrokenCommitments_RoundOutOfScope_IsNotListed()
    {
        var fromFebruary = WithTheEu() with { Scope = new CommitmentScope { From = new LocalDate(2022, 2, 1) } };
        var multilateralOnly = WithTheEu() with { Scope = new CommitmentScope { Formats = [RoundFormat.Multilateral] } };

        TestWorld.Case.RecordOrThrow(Given.CommitmentMade(fromFebruary), Given.RoundPlanned(TestWorld.Bilateral())).BrokenCommitments().Should().BeEmpty();
        TestWorld.Case.RecordOrThrow(Given.CommitmentMade(multilateralOnly), Given.RoundPlanned(TestWorld.Bilateral())).BrokenCommitments().Should().BeEmpty();
        TestWorld.Case.RecordOrThrow(Given.CommitmentMade(fromFebruary), Given.RoundPlanned(TestWorld.Bilateral(TestWorld.January)))
            .BrokenCommitments().Should().BeEmpty("a round that starts in January is out of a scope from February");
    }

    [Fact]
    public void Scope_RoundThatMayStartWithinThePeriod_IsCovered()
    {
        var scope = new CommitmentScope { From = new LocalDate(2022, 1, 15), Until = new LocalDate(2022, 1, 31), Channels = [RoundChannel.Meeting] };

        scope.Covers(TestWorld.Bilateral(TestWorld.January)).Should().BeTrue();
        scope.Covers(TestWorld.Bilateral(TestWorld.EarlyJanuary)).Should().BeFalse();
        scope.Covers(TestWorld.Bilateral(new LocalDate(2022, 2, 1))).Should().BeFalse();
        scope.Covers(TestWorld.Bilateral(TestWorld.January) with { Channel = RoundChannel.VideoCall }).Should().BeFalse();
    }

    [Fact]
    public void Factories_BadArguments_Throw()
    {
        FluentActions.Invoking(() => CommitmentRule.RoundOrder(TestWorld.BilateralId, TestWorld.BilateralId)).Should().Throw<ArgumentException>().WithParameterName("then");
        FluentActions.Invoking(() => CommitmentRule.Limit(-1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CommitmentRule.Participation(default)).Should().Throw<ArgumentException>();
    }
}
