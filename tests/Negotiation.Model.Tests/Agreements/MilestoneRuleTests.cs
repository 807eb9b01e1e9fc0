using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Agreements;

public sealed class MilestoneRuleTests
{
    private static readonly LocalDate Endorsed = new(2022, 3, 1);

    private static readonly MilestoneRule NinetyDaysAfterEndorsement = MilestoneRule.After(AgreementStepKind.Endorsement, Period.FromDays(90));
    private static readonly MilestoneRule WhenVerified = MilestoneRule.When(DevelopmentKind.VerificationReport);

    private static readonly AgreementStep[] Ratifications =
    [
        // Recorded out of date order: the rule counts by date.
        new(AgreementStepKind.Ratification, new LocalDate(2022, 3, 10), TestWorld.Russia),
        new(AgreementStepKind.Ratification, new LocalDate(2022, 2, 1), TestWorld.UnitedStates),
        new(AgreementStepKind.Signature, new LocalDate(2022, 1, 5), TestWorld.Germany),
        new(AgreementStepKind.Ratification, new LocalDate(2022, 4, 5), TestWorld.France),
    ];

    [Fact]
    public void After_CountBelowOne_Throws()
    {
        var act = () => MilestoneRule.After(AgreementStepKind.Ratification, Period.FromDays(30), count: 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
    }

    [Fact]
    public void After_NullDelay_Throws()
    {
        var act = () => MilestoneRule.After(AgreementStepKind.Ratification, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("delay");
    }

    [Fact]
    public void EarlierOf_NoRule_Throws()
    {
        var act = () => MilestoneRule.EarlierOf();

        act.Should().Throw<ArgumentException>().WithParameterName("rules");
    }

    [Fact]
    public void LaterOf_NullRule_Throws()
    {
        var act = () => MilestoneRule.LaterOf(WhenVerified, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("rules");
    }

    [Fact]
    public void After_StepTaken_IsTheDelayAfterIt() =>
        NinetyDaysAfterEndorsement.DateFrom([new AgreementStep(AgreementStepKind.Endorsement, Endorsed)], [], new LocalDate(2022, 3, 1))
            .Should().Be(new LocalDate(2022, 5, 30));

    [Fact]
    public void After_StepAfterTheAsOfDay_IsNotFixed() =>
        NinetyDaysAfterEndorsement.DateFrom([new AgreementStep(AgreementStepKind.Endorsement, Endorsed)], [], new LocalDate(2022, 2, 28)).Should().BeNull();

    [Theory]
    [InlineData(2022, 3, 9, null)]       // only one ratification so far
    [InlineData(2022, 3, 10, "2022-04-09")] // the second ratification, by date, is 10 March
    public void After_NthStep_CountsStepsOfThatKindByDate(int year, int month, int day, string? expected)
    {
        var rule = MilestoneRule.After(AgreementStepKind.Ratification, Period.FromDays(30), count: 2);

        var date = rule.DateFrom(Ratifications, [], new LocalDate(year, month, day));

        date?.ToString("uuuu-MM-dd", null).Should().Be(expected);
        (date is null).Should().Be(expected is null);
    }

    [Fact]
    public void When_DevelopmentHappenedByTheAsOfDay_IsItsDay()
    {
        var reports = Developments((new LocalDate(2022, 6, 15), DevelopmentKind.VerificationReport), (new LocalDate(2022, 6, 1), DevelopmentKind.Exercise));

        WhenVerified.DateFrom([], reports, new LocalDate(2022, 6, 20)).Should().Be(new LocalDate(2022, 6, 15));
        WhenVerified.DateFrom([], reports, new LocalDate(2022, 6, 14)).Should().BeNull();
    }

    [Fact]
    public void When_SeveralDevelopments_IsTheEarliest() =>
        WhenVerified.DateFrom([], Developments((new LocalDate(2022, 6, 15), DevelopmentKind.VerificationReport), (new LocalDate(2022, 5, 2), DevelopmentKind.VerificationReport)), new LocalDate(2022, 7, 1))
            .Should().Be(new LocalDate(2022, 5, 2));

    [Fact]
    public void When_ApproximateDevelopment_CountsOnlyOnceItsWindowHasPassedAndThenFromItsFirstDay()
    {
        var reports = Developments((DateWindow.In(new YearMonth(2022, 6)), DevelopmentKind.VerificationReport));

        WhenVerified.DateFrom([], reports, new LocalDate(2022, 6, 20)).Should().BeNull();
        WhenVerified.DateFrom([], reports, new LocalDate(2022, 6, 30)).Should().Be(new LocalDate(2022, 6, 1));
    }

    [Fact]
    public void EarlierOf_EarliestFixedDayNotYetReached_IsNotFixedWhileAnotherPartMayComeFirst()
    {
        var rule = MilestoneRule.EarlierOf(NinetyDaysAfterEndorsement, WhenVerified);
        AgreementStep[] steps = [new(AgreementStepKind.Endorsement, Endorsed)];

        rule.DateFrom(steps, [], new LocalDate(2022, 4, 1)).Should().BeNull();
        rule.DateFrom(steps, [], new LocalDate(2022, 5, 30)).Should().Be(new LocalDate(2022, 5, 30));
    }

    [Fact]
    public void EarlierOf_EveryPartFixed_IsTheEarliest() =>
        MilestoneRule.EarlierOf(NinetyDaysAfterEndorsement, WhenVerified)
            .DateFrom([new AgreementStep(AgreementStepKind.Endorsement, Endorsed)], Developments((new LocalDate(2022, 4, 15), DevelopmentKind.VerificationReport)), new LocalDate(2022, 4, 20))
            .Should().Be(new LocalDate(2022, 4, 15));

    [Fact]
    public void EarlierOf_NothingFixed_IsNotFixed() =>
        MilestoneRule.EarlierOf(NinetyDaysAfterEndorsement, WhenVerified).DateFrom([], [], new LocalDate(2030, 1, 1)).Should().BeNull();

    [Fact]
    public void LaterOf_EveryPartFixed_IsTheLatest() =>
        MilestoneRule.LaterOf(NinetyDaysAfterEndorsement, WhenVerified)
            .DateFrom([new AgreementStep(AgreementStepKind.Endorsement, Endorsed)], Developments((new LocalDate(2022, 4, 15), DevelopmentKind.VerificationReport)), new LocalDate(2022, 4, 20))
            .Should().Be(new LocalDate(2022, 5, 30));

    [Fact]
    public void LaterOf_OnePartNotFixed_IsNotFixed() =>
        MilestoneRule.LaterOf(NinetyDaysAfterEndorsement, WhenVerified)
            .DateFrom([new AgreementStep(AgreementStepKind.Endorsement, Endorsed)], [], new LocalDate(2030, 1, 1))
            .Should().BeNull();

    [Fact]
    public void Equality_ByValueWithRulesInOrder()
    {
        EqualityAssertions.AssertValueEquality(
            MilestoneRule.After(AgreementStepKind.Ratification, Period.FromDays(30), 20),
            new AfterStepRule(AgreementStepKind.Ratification, Period.FromDays(30), 20),
            MilestoneRule.After(AgreementStepKind.Ratification, Period.FromDays(30), 19),
            MilestoneRule.After(AgreementStepKind.Ratification, Period.FromDays(31), 20),
            MilestoneRule.After(AgreementStepKind.Signature, Period.FromDays(30), 20));

        EqualityAssertions.AssertValueEquality(
            MilestoneRule.EarlierOf(NinetyDaysAfterEndorsement, WhenVerified),
            MilestoneRule.EarlierOf(MilestoneRule.After(AgreementStepKind.Endorsement, Period.FromDays(90)), new OnDevelopmentRule(DevelopmentKind.VerificationReport)),
            MilestoneRule.EarlierOf(WhenVerified, NinetyDaysAfterEndorsement),
            MilestoneRule.LaterOf(NinetyDaysAfterEndorsement, WhenVerified),
            MilestoneRule.EarlierOf(NinetyDaysAfterEndorsement));
    }

    /// <summary>Developments recorded through a case, so that the case fills in when each happened.</summary>
    private static IEnumerable<Development> Developments(params (Moment On, DevelopmentKind Kind)[] developments) =>
        TestWorld.Case.RecordOrThrow(developments.Select((d, i) => Given.DevelopmentOccurred(new Development(new DevelopmentId($"development-{i}"), d.Kind, "Something happened."), d.On)))
            .Developments.Values;
}
