using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Agreements;

/// <summary>Named milestones and their rules, thresholds, each party's periods as a party, and drafts never adopted.</summary>
public sealed class AgreementMilestoneTests
{
    private static readonly AgreementId Id = new("climate");
    private static readonly DocumentId Text = new("climate-text");
    private static readonly DevelopmentId Collapse = new("collapse");
    private static readonly PartyId[] Parties = [TestWorld.Russia, TestWorld.UnitedStates, TestWorld.Germany, TestWorld.France, TestWorld.Eu];

    /// <summary>In force on the thirtieth day after at least three parties accounting for at least 55 % have consented;
    /// for a later joiner on the thirtieth day after its consent; notice of withdrawal three years after entry into force
    /// for a party, effective a year later.</summary>
    private static Agreement Climate(params Milestone[] milestones) =>
        new(Id, Text, [.. Parties], MilestoneRule.Threshold(Period.FromDays(30), parties: 3, share: 55m))
        {
            ConsentDelay = Period.FromDays(30),
            WithdrawalNotBefore = Period.FromYears(3),
            WithdrawalNotice = Period.FromYears(1),
            Milestones = [.. milestones],
        };

    private static NegotiationCase With(Fact agreement, params Fact[] more) =>
        TestWorld.Case.RecordOrThrow([
            Given.DocumentPresented(new Document(Text, DocumentKind.DraftTreaty, "Climate agreement", [.. Parties], []) { Visibility = Visibility.Public }, new LocalDate(2015, 12, 1)),
            agreement,
            .. more]);

    private static AgreementStepTaken Step(AgreementStepKind kind, LocalDate on, PartyId? party = null, int count = 1, StepTally? tally = null) =>
        Given.AgreementStepTaken(Id, kind, on, party) with { Count = count, Tally = tally };

    private static NegotiationCase Ratified => With(
        Given.AgreementAdopted(Climate(), new LocalDate(2015, 12, 12)),
        Step(AgreementStepKind.Signature, new LocalDate(2016, 4, 22), count: 5),
        Step(AgreementStepKind.Acceptance, new LocalDate(2016, 9, 3), TestWorld.UnitedStates, tally: new StepTally(26, 39m)),
        Step(AgreementStepKind.Accession, new LocalDate(2016, 9, 21), count: 31, tally: new StepTally(60, 47.5m)),
        Step(AgreementStepKind.Approval, new LocalDate(2016, 10, 5), TestWorld.Eu, tally: new StepTally(72, 55m)));

    [Fact]
    public void EntryIntoForceDate_Threshold_ThirtiethDayAfterBothPartsAreMet()
    {
        var agreement = Ratified.Agreements[Id];

        agreement.EntryIntoForceDate([], new LocalDate(2016, 10, 4)).Should().BeNull("the share was not yet reached");
        agreement.EntryIntoForceDate([], new LocalDate(2016, 12, 31)).Should().Be(new LocalDate(2016, 11, 4));
        ((ThresholdRule)agreement.EntryIntoForce).Progress(agreement.Steps, new LocalDate(2016, 12, 31))
            .Should().Be(new ThresholdProgress(new LocalDate(2016, 9, 3), new LocalDate(2016, 10, 5), null), "three parties had consented by the tally of 3 September");
    }

    [Fact]
    public void Progress_MoreThanHalfOfTheSignatories_CountsSignaturesAndConsents()
    {
        var rule = (ThresholdRule)MilestoneRule.Threshold(Period.Zero, moreThanHalfOfSignatories: true);
        AgreementStep[] steps =
        [
            new(AgreementStepKind.Signature, new LocalDate(2020, 1, 1)) { Count = 4 },
            new(AgreementStepKind.Ratification, new LocalDate(2020, 2, 1), TestWorld.Russia),
            new(AgreementStepKind.Ratification, new LocalDate(2020, 3, 1), TestWorld.France),
            new(AgreementStepKind.Ratification, new LocalDate(2020, 4, 1), TestWorld.Germany),
        ];

        rule.Progress(steps, new LocalDate(2021, 1, 1)).MajorityReached.Should().Be(new LocalDate(2020, 4, 1), "two of four is not more than half");
        rule.DateFrom(steps, [], new LocalDate(2021, 1, 1)).Should().Be(new LocalDate(2020, 4, 1));
    }

    [Fact]
    public void PartyPeriods_ConsentBeforeEntryIntoForceWithdrawalAndReturn()
    {
        // The US accepted before entry into force, gave notice on the first possible day, and accepted again later.
        var negotiation = Ratified.RecordOrThrow(
            Step(AgreementStepKind.WithdrawalNotice, new LocalDate(2019, 11, 4), TestWorld.UnitedStates),
            Step(AgreementStepKind.Acceptance, new LocalDate(2021, 1, 20), TestWorld.UnitedStates));
        var agreement = negotiation.Agreements[Id];

        agreement.PartyPeriods(TestWorld.UnitedStates, [], new LocalDate(2022, 1, 1)).Should().Equal(
            new PartyPeriod(new LocalDate(2016, 11, 4), new LocalDate(2020, 11, 4)),
            new PartyPeriod(new LocalDate(2021, 2, 19), null));
        agreement.EarliestWithdrawalNotice(TestWorld.UnitedStates, [], new LocalDate(2019, 1, 1)).Should().Be(new LocalDate(2019, 11, 4));
        agreement.WithdrawalEffective(TestWorld.UnitedStates).Should().Be(new LocalDate(2020, 11, 4));
    }

    [Fact]
    public void AgreementStepTaken_SecondConsentWithoutWithdrawal_FailsWithStepRepeated() =>
        Ratified.ShouldRefuse(Step(AgreementStepKind.Acceptance, new LocalDate(2017, 1, 20), TestWorld.UnitedStates), ErrorCodes.StepRepeated, "Agreements[climate].Steps");

    [Fact]
    public void AgreementStepTaken_RatificationWithoutSignatureStillRefused_AcceptanceNeedsNone()
    {
        var adopted = With(Given.AgreementAdopted(Climate(), new LocalDate(2015, 12, 12)));

        adopted.ShouldRefuse(Step(AgreementStepKind.Ratification, new LocalDate(2016, 5, 1), TestWorld.France), ErrorCodes.RatifiedBeforeSigned, "Agreements[climate].Steps");
        adopted.ShouldAccept(Step(AgreementStepKind.Accession, new LocalDate(2016, 5, 1), TestWorld.France));
    }

    [Fact]
    public void AgreementStepTaken_RatificationAfterSignaturesOfUnnamedParties_IsAccepted()
    {
        // 175 signed on one day, not named one by one: a later ratification may be by one of them.
        var signed = With(Given.AgreementAdopted(Climate(), new LocalDate(2015, 12, 12)), Step(AgreementStepKind.Signature, new LocalDate(2016, 4, 22), count: 175));

        signed.ShouldAccept(Step(AgreementStepKind.Ratification, new LocalDate(2016, 9, 3), TestWorld.France));
    }

    [Fact]
    public void MilestoneDate_RulesReferringToOtherMilestones()
    {
        var agreement = With(
                Given.AgreementAdopted(
                    Climate(
                        new Milestone(MilestoneKind.Implementation, MilestoneRule.After(MilestoneKind.EntryIntoForce, Period.FromYears(4))),
                        new Milestone(MilestoneKind.Termination, MilestoneRule.After(MilestoneKind.Adoption, Period.FromYears(20))),
                        new Milestone(MilestoneKind.TransitionEnd, MilestoneRule.AllOf(MilestoneRule.On(new LocalDate(2020, 12, 31)), MilestoneRule.After(MilestoneKind.Implementation, Period.Zero)))),
                    new LocalDate(2015, 12, 12)),
                Ratified.Log.Skip(TestWorld.Case.Log.Count + 2).ToArray())
            .Agreements[Id];
        var asOf = new LocalDate(2040, 1, 1);

        agreement.MilestoneDate(MilestoneKind.Adoption, [], asOf).Should().Be(new LocalDate(2015, 12, 12));
        agreement.MilestoneDate(MilestoneKind.Implementation, [], asOf).Should().Be(new LocalDate(2020, 11, 4));
        agreement.MilestoneDate(MilestoneKind.Termination, [], asOf).Should().Be(new LocalDate(2035, 12, 12));
        agreement.MilestoneDate(MilestoneKind.TransitionEnd, [], asOf).Should().Be(new LocalDate(2020, 12, 31));
        agreement.MilestoneDate(MilestoneKind.WithdrawalEffective, [], asOf).Should().BeNull("the agreement has no such milestone");
    }

    [Fact]
    public void MilestoneDate_UnlessASpecificDevelopment_AndEarlierByMutualConsent()
    {
        var collapse = new Development(Collapse, DevelopmentKind.Other, "The talks collapse.");
        var other = new Development(new DevelopmentId("other-collapse"), DevelopmentKind.Other, "Another collapse.");
        var climate = Climate(
            new Milestone(MilestoneKind.Implementation, MilestoneRule.Unless(MilestoneRule.On(new LocalDate(2017, 1, 1)), Collapse)),
            new Milestone(MilestoneKind.TransitionEnd, MilestoneRule.OrEarlierByMutualConsent(MilestoneRule.On(new LocalDate(2020, 12, 31)))),
            new Milestone(MilestoneKind.Termination, MilestoneRule.When(Collapse)));
        var negotiation = With(
            Given.AgreementAdopted(climate, new LocalDate(2015, 12, 12)),
            Given.AgreementStepTaken(Id, AgreementStepKind.MutualConsent, new LocalDate(2019, 6, 30)) with { Milestone = MilestoneKind.TransitionEnd });
        var agreement = negotiation.Agreements[Id];
        var asOf = new LocalDate(2030, 1, 1);

        agreement.MilestoneDate(MilestoneKind.Implementation, [other], asOf).Should().Be(new LocalDate(2017, 1, 1), "only that one development prevents it");
        agreement.MilestoneDate(MilestoneKind.Implementation, [other, collapse with { Occurred = new LocalDate(2016, 5, 1) }], asOf).Should().BeNull();
        agreement.MilestoneDate(MilestoneKind.Implementation, [collapse with { Occurred = new LocalDate(2018, 5, 1) }], asOf).Should().Be(new LocalDate(2017, 1, 1));
        agreement.MilestoneDate(MilestoneKind.Termination, [other with { Occurred = new LocalDate(2018, 1, 1) }, collapse with { Occurred = new LocalDate(2019, 1, 1) }], asOf)
            .Should().Be(new LocalDate(2019, 1, 1), "the specific development, not the first of its kind");
        agreement.MilestoneDate(MilestoneKind.TransitionEnd, [], asOf).Should().Be(new LocalDate(2019, 6, 30));
        agreement.MilestoneDate(MilestoneKind.TransitionEnd, [], new LocalDate(2019, 1, 1)).Should().Be(new LocalDate(2020, 12, 31));
    }

    [Fact]
    public void AgreementDrafted_NeverAdopted_HasALifecycleWithoutAnAdoption()
    {
        var negotiation = With(
            Given.AgreementDrafted(Climate(), new LocalDate(2018, 11, 14)),
            Step(AgreementStepKind.Endorsement, new LocalDate(2018, 11, 25)),
            Step(AgreementStepKind.Rejection, new LocalDate(2019, 1, 15), TestWorld.France));
        var draft = negotiation.Agreements[Id];

        draft.Adopted.Should().BeNull();
        draft.MilestoneDate(MilestoneKind.Adoption, [], new LocalDate(2030, 1, 1)).Should().BeNull();
        draft.Steps.Select(s => s.Kind).Should().Equal(AgreementStepKind.Endorsement, AgreementStepKind.Rejection);

        var adopted = negotiation.RecordOrThrow(Step(AgreementStepKind.Adoption, new LocalDate(2019, 10, 17)));
        adopted.Agreements[Id].Adopted.Should().Be(new LocalDate(2019, 10, 17));
        adopted.ShouldRefuse(Step(AgreementStepKind.Adoption, new LocalDate(2019, 10, 18)), ErrorCodes.StepRepeated, "Agreements[climate].Steps");
    }

    [Fact]
    public void AgreementAdopted_RecordsTheDayOfAdoption() =>
        With(Given.AgreementAdopted(Climate(), new LocalDate(2015, 12, 12))).Agreements[Id].Adopted.Should().Be(new LocalDate(2015, 12, 12));

    [Fact]
    public void Factories_BadArguments_Throw()
    {
        FluentActions.Invoking(() => MilestoneRule.Threshold(Period.Zero)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => MilestoneRule.Threshold(Period.Zero, share: 101m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MilestoneRule.When(default(DevelopmentId))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => MilestoneRule.Unless(null!, Collapse)).Should().Throw<ArgumentNullException>();
    }
}
