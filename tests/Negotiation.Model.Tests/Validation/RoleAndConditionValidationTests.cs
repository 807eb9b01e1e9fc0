using Negotiation.Model.Tests.TestSupport;
using NodaTime;
using static Negotiation.Model.Tests.Positions.ConditionMetTests;
using static Negotiation.Model.Tests.Roles.RoleFactsTests;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The refusals of the role facts (<see cref="RoleTaken"/>, <see cref="RoleLeft"/>) and of
/// <see cref="ConditionMet"/>.</summary>
public sealed class RoleAndConditionValidationTests
{
    [Fact]
    public void RoleTaken_AlreadyHeld_IsRefused() =>
        TestWorld.Case.ShouldAccept(Given.RoleTaken(FranceCoordinates, new LocalDate(2022, 1, 1)))
            .ShouldRefuse(Given.RoleTaken(FranceCoordinates, new LocalDate(2022, 2, 1)), ErrorCodes.RoleAlreadyHeld, "Roles[coordinator]");

    [Fact]
    public void RoleLeft_NeverTaken_IsRefused() =>
        TestWorld.Case.ShouldRefuse(Given.RoleLeft(FranceCoordinates, new LocalDate(2022, 1, 1)), ErrorCodes.RoleNotHeld, "Roles[coordinator]");

    [Fact]
    public void RoleLeft_BeforeTaken_IsRefused() =>
        TestWorld.Case.ShouldAccept(Given.RoleTaken(FranceCoordinates, new LocalDate(2022, 1, 1)))
            .ShouldRefuse(Given.RoleLeft(FranceCoordinates, new LocalDate(2021, 12, 1)), ErrorCodes.RoleNotHeld, "Roles[coordinator]");

    [Fact]
    public void RoleTaken_NoHolder_IsRefused() =>
        TestWorld.Case.ShouldRefuse(Given.RoleTaken(new RoundRole(RoleKind.Observer), new LocalDate(2022, 1, 1)), ErrorCodes.RoleWithoutHolder, "Roles[observer]");

    [Fact]
    public void RoleTaken_UnknownGroup_IsRefused() =>
        TestWorld.Case.ShouldRefuse(Given.RoleTaken(RoundRole.OfParty(RoleKind.Coordinator, TestWorld.France) with { For = new PartyId("g77") }, new LocalDate(2022, 1, 1)), ErrorCodes.UnknownParty, "Roles[coordinator].For");

    [Fact]
    public void ConditionMet_Twice_IsRefused() =>
        ConditionallyAccepted().ShouldAccept(Given.ConditionMet(Conditional, Subject, new LocalDate(2022, 2, 1)))
            .ShouldRefuse(Given.ConditionMet(Conditional, Subject, new LocalDate(2022, 2, 2)), ErrorCodes.NoConditionPending, "Statements[nato-conditional]");

    [Fact]
    public void ConditionMet_BeforeTheAcceptance_IsRefused() =>
        ConditionallyAccepted().ShouldRefuse(Given.ConditionMet(Conditional, Subject, new LocalDate(2022, 1, 5)), ErrorCodes.NoConditionPending, "Statements[nato-conditional]");

    [Fact]
    public void ConditionMet_RejectionNotConditional_IsRefused()
    {
        var rejected = TestWorld.Case
            .ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("d1")))
            .ShouldAccept(Given.StatementMade(new Statement(new StatementId("nato-no"), TestWorld.Nato, StatementKind.Rejection, "No.") { Stances = [new StanceTaken(Subject, Stance.Rejects)] }, Accepted));

        rejected.ShouldRefuse(Given.ConditionMet(new StatementId("nato-no"), Subject, new LocalDate(2022, 2, 1)), ErrorCodes.NoConditionPending, "Statements[nato-no]");
    }

    [Fact]
    public void ConditionMet_UnknownStatement_IsRefused() =>
        ConditionallyAccepted().ShouldRefuse(Given.ConditionMet(new StatementId("nobody-said"), Subject, new LocalDate(2022, 2, 1)), ErrorCodes.UnknownStatement, "Statements[nobody-said]");
}
