using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Positions;

/// <summary>A condition can be met only while the statement's acceptance on it is the party's latest stance; the refusal
/// says what the party's stance is instead.</summary>
public sealed class ConditionMetRefusalTests
{
    [Fact]
    public void ConditionMet_PartyTookNoStanceOnTheSubject_SaysItHoldsNoConditionalAcceptance()
    {
        var plain = new StatementId("nato-plain");
        var negotiation = TestWorld.Case.RecordOrThrow(
            Given.DemandTabled(TestWorld.RussianDemand(ConditionMetTests.Demand.Value)),
            Given.StatementMade(new Statement(plain, TestWorld.Nato, StatementKind.Assessment, "We are ready to talk."), ConditionMetTests.Accepted));

        var failure = negotiation.ShouldRefuse(
            Given.ConditionMet(plain, ConditionMetTests.Subject, new LocalDate(2022, 2, 1)), ErrorCodes.NoConditionPending, "Statements[nato-plain]");

        failure.ErrorMessage.Should().Be("'nato' holds no acceptance of demand:d1 on a condition from 'nato-plain'.");
    }

    [Fact]
    public void ConditionMet_AfterAnUnconditionalAcceptance_SaysWhatTheStanceIsSinceWhenAndFromWhichStatement()
    {
        var negotiation = ConditionMetTests.ConditionallyAccepted().ShouldAccept(Given.StatementMade(
            new Statement(new StatementId("nato-unconditional"), TestWorld.Nato, StatementKind.Acceptance, "Yes.")
            {
                Stances = [new StanceTaken(ConditionMetTests.Subject, Stance.Accepts)],
            },
            new LocalDate(2022, 1, 20)));

        var failure = negotiation.ShouldRefuse(
            Given.ConditionMet(ConditionMetTests.Conditional, ConditionMetTests.Subject, new LocalDate(2022, 2, 1)), ErrorCodes.NoConditionPending, "Statements[nato-conditional]");

        failure.ErrorMessage.Should().Be("'nato' holds no acceptance of demand:d1 on a condition from 'nato-conditional'; its stance is accepts since 20 January 2022 ('nato-unconditional').");
    }
}
