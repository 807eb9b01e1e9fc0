using Negotiation.Model.Tests.TestSupport;
using Negotiation.Model.Validation;
using NodaTime;

namespace Negotiation.Model.Tests.Validation;

/// <summary>A demand formalises only statements made before it was tabled (or possibly so), whether the demand is being
/// tabled or the whole case is validated.</summary>
public sealed class DemandFormalisesRulesTests
{
    private static readonly StatementId LavrovDemands = new("lavrov-demands");
    private static readonly DemandId NoEnlargement = new("no-enlargement");

    /// <summary>Lavrov's words of 22 December.</summary>
    private static readonly NegotiationCase Said = TestWorld.Case.RecordOrThrow(
        Given.StatementMade(new Statement(LavrovDemands, TestWorld.Russia, StatementKind.Demand, "NATO must not expand.") { Speaker = TestWorld.Lavrov }, TestWorld.ArticleDay));

    private static Demand NoEnlargementDemand(params StatementId[] formalises) =>
        new(NoEnlargement, TestWorld.Russia, [TestWorld.Nato], "NATO must not admit new members.") { Formalises = [.. formalises] };

    [Fact]
    public void DemandTabled_FormalisingAStatementMadeAfterIt_FailsWithFormalisesLaterStatement() =>
        Said.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand(LavrovDemands), new LocalDate(2021, 12, 15)), ErrorCodes.FormalisesLaterStatement, "Demands[no-enlargement].Formalises[0]");

    [Fact]
    public void DemandTabled_FormalisingAStatementOfTheSameMonthAsItsApproximateTabling_IsAccepted() =>
        Said.ShouldAccept(Given.DemandTabled(NoEnlargementDemand(LavrovDemands), DateWindow.In(new YearMonth(2021, 12))));

    [Fact]
    public void Validate_CaseWhoseDemandFormalisesALaterStatement_FailsWithFormalisesLaterStatement()
    {
        var tabled = Said.RecordOrThrow(Given.DemandTabled(NoEnlargementDemand(), new LocalDate(2021, 12, 15)));

        var result = DemandValidator.Instance.Validate(NoEnlargementDemand(LavrovDemands), tabled);

        result.Errors.Should().ContainSingle(e => e.ErrorCode == ErrorCodes.FormalisesLaterStatement && e.PropertyName == "Demands[no-enlargement].Formalises[0]");
    }

    [Fact]
    public void Validate_CaseWhoseDemandFormalisesAnUnknownStatement_FailsWithUnknownStatement() =>
        DemandValidator.Instance.Validate(NoEnlargementDemand(new StatementId("never-said")), Said).Errors
            .Should().ContainSingle(e => e.ErrorCode == ErrorCodes.UnknownStatement && e.PropertyName == "Demands[no-enlargement].Formalises[0]");
}
