using FluentValidation;
using Negotiation.Model.Tests.TestSupport;
using Negotiation.Model.Validation;
using NodaTime;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The codes of the concepts real talks need (issue 11, part A): roles and structure of rounds, preconditions that
/// change, stances per subject, demands settled or in conflict, documents' relations and leaks, competing reports, parsing.</summary>
public sealed class TalksStructureValidationTests
{
    private static readonly NegotiationCase Case = TestWorld.Case;
    private static readonly LocalDate Day = new(2022, 1, 10);

    [Fact]
    public void RoundPlanned_TrilateralWithTwoSides_Fails() =>
        Case.ShouldRefuse(Given.RoundPlanned(TestWorld.Bilateral() with { Format = RoundFormat.Trilateral }), ErrorCodes.TrilateralNeedsThreeSides, "Rounds[ru-us-2022-01].Sides");

    [Fact]
    public void RoundPlanned_RoleWithoutHolder_Fails() =>
        Case.ShouldRefuse(Given.RoundPlanned(TestWorld.Bilateral() with { Roles = [new RoundRole(RoleKind.Observer)] }), ErrorCodes.RoleWithoutHolder, "Rounds[ru-us-2022-01].Roles[0]");

    [Fact]
    public void RoundPlanned_SessionOfItself_Fails() =>
        Case.ShouldRefuse(Given.RoundPlanned(TestWorld.Bilateral() with { PartOf = TestWorld.BilateralId }), ErrorCodes.RoundPartOfItself, "Rounds[ru-us-2022-01].PartOf");

    [Fact]
    public void RoundHeld_JoinedBeforeStart_Fails()
    {
        var planned = Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral(Day)));

        planned.ShouldRefuse(
            Given.RoundHeld(TestWorld.BilateralId, Day, Day.PlusDays(2)) with { Attendance = [new Attendance(TestWorld.Ryabkov, Day.PlusDays(-1))] },
            ErrorCodes.JoinedOutsideRound,
            "Rounds[ru-us-2022-01].Attendance[0].Joined");
    }

    [Fact]
    public void RoundPreconditionsChanged_HeldRound_Fails()
    {
        var held = Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral(Day))).ShouldAccept(Given.RoundHeld(TestWorld.BilateralId, Day));

        held.ShouldRefuse(Given.RoundPreconditionsChanged(TestWorld.BilateralId, null, Day.PlusDays(1)), ErrorCodes.PreconditionsChangedTooLate, "Rounds[ru-us-2022-01].Precondition");
    }

    [Fact]
    public void StatementMade_StanceOnARound_Fails()
    {
        var planned = Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral()));
        var statement = new Statement(new StatementId("s"), TestWorld.Russia, StatementKind.Assessment, "Words.")
        {
            Stances = [new StanceTaken(SubjectRef.Round(TestWorld.BilateralId), Stance.Rejects)],
        };

        planned.ShouldRefuse(Given.StatementMade(statement), ErrorCodes.StanceNotOnOffer, "Statements[s].Stances[0]");
    }

    [Fact]
    public void DemandSettled_Twice_Fails()
    {
        var demand = TestWorld.RussianDemand("guarantees");
        var settled = Case.ShouldAccept(Given.DemandTabled(demand)).ShouldAccept(Given.DemandSettled(demand.Id, DemandOutcome.NotMet, Day));

        settled.ShouldRefuse(Given.DemandSettled(demand.Id, DemandOutcome.Met, Day.PlusDays(1)), ErrorCodes.DemandAlreadySettled, "Demands[guarantees].Settlement");
    }

    [Fact]
    public void DemandTabled_ConflictWithOwnDemand_Fails()
    {
        var first = Case.ShouldAccept(Given.DemandTabled(TestWorld.RussianDemand("guarantees")));

        first.ShouldRefuse(
            Given.DemandTabled(TestWorld.RussianDemand("no-bases") with { ConflictsWith = [new DemandId("guarantees")] }),
            ErrorCodes.ConflictWithOwnDemand,
            "Demands[no-bases].ConflictsWith[0]");
    }

    [Fact]
    public void DocumentPresented_AnnexOfItself_Fails() =>
        Case.ShouldRefuse(
            Given.DocumentPresented(TestWorld.RussianDraft("annex") with { Kind = DocumentKind.Annex, PartOf = new DocumentId("annex") }, Day),
            ErrorCodes.DocumentRelatedToItself,
            "Documents[annex].PartOf");

    [Fact]
    public void DocumentDisclosed_LeakerOfAPublication_Fails()
    {
        var presented = Case.ShouldAccept(Given.DocumentPresented(TestWorld.RussianDraft(), Day));

        presented.ShouldRefuse(
            Given.DocumentDisclosed(new DocumentId("ru-nato-draft"), Day.PlusDays(2), Disclosure.Published) with { LeakedBy = TestWorld.UnitedStates },
            ErrorCodes.LeakerWithoutLeak,
            "Documents[ru-nato-draft].LeakedBy");
    }

    [Fact]
    public void AnyFact_ReportDatedBeforeWhatItClaims_Fails()
    {
        var fact = Given.DemandTabled(TestWorld.RussianDemand("guarantees"), Day) with
        {
            Reports = [new Report(new Source("Wire", Day), Day.PlusDays(3))],
        };

        Case.Record(fact).Errors.Should().ContainSingle().Which.ErrorCode.Should().Be(ErrorCodes.InvalidReport);
    }

    [Fact]
    public void TryParseId_NotASlug_ReportsACodedFailure()
    {
        TextParsing.TryParseId<PartyId>("NATO ", out _, out var failure, "rows[3].party").Should().BeFalse();

        (failure!.ErrorCode, failure.PropertyName, failure.Severity).Should().Be((ErrorCodes.InvalidIdText, "rows[3].party", Severity.Error));
        TextParsing.TryParseId<PartyId>("nato", out var nato, out var none).Should().BeTrue();
        (nato, none).Should().Be((TestWorld.Nato, null));
    }

    [Fact]
    public void TryParseEnum_UnknownName_ReportsACodedFailure()
    {
        TextParsing.TryParseEnum<Stance>("unaceptable", out _, out var failure).Should().BeFalse();
        failure!.ErrorCode.Should().Be(ErrorCodes.UnknownEnumName);
        TextParsing.TryParseEnum<Stance>("accepts-conditionally", out var stance, out _).Should().BeTrue();
        stance.Should().Be(Stance.AcceptsConditionally);
        TextParsing.TryParseEnum<Stance>("4", out _, out _).Should().BeFalse("a number is not a name");
    }

    [Fact]
    public void ParseAsIParsable_AnyId_ReadsTheSlug()
    {
        static T Read<T>(string text)
            where T : IParsable<T> => T.Parse(text, null);

        Read<RoundId>("r2017-4").Should().Be(new RoundId("r2017-4"));
        RoundId.TryParse("R4", null, out _).Should().BeFalse();
    }

    [Fact]
    public void HasErrors_OnlyWarnings_IsFalseWhereIsValidIsFalse()
    {
        var result = SampleWithWarningOnly();

        result.IsValid.Should().BeFalse("FluentValidation counts warnings");
        result.HasErrors().Should().BeFalse();
    }

    private static FluentValidation.Results.ValidationResult SampleWithWarningOnly()
    {
        // A round planned possibly before the round it requires is a warning, not an error.
        var negotiation = Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral(TestWorld.January)))
            .Record(Given.RoundPlanned(TestWorld.NatoRound(TestWorld.EarlyJanuary))).Case;
        return negotiation.Validate();
    }
}
