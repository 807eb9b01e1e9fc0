using FluentValidation;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class StatementValidatorTests
{
    private static StatementValidator Validator => StatementValidator.Instance;

    private static readonly StatementId Unacceptable = new("us-unacceptable");

    // "Some of the Russian proposals are unacceptable", 21 December 2021.
    private static Statement Rejection => new(Unacceptable, Usa, StatementKind.Rejection, "Some of these proposals are unacceptable.")
    {
        Speaker = Blinken,
        Channel = StatementChannel.PressBriefing,
        About = [SubjectRef.Demand(LegalGuarantees), SubjectRef.Document(RuUsDraft)],
        Extent = Extent.Part,
    };

    [Fact]
    public void Record_RejectionOfTabledDemands_PassesAndUpdatesThePosition()
    {
        var result = Base.Record(Said(Rejection, Dec(21)));

        result.Failures.Should().BeEmpty();
        result.Case.PositionOf(Usa, SubjectRef.Demand(LegalGuarantees))!.Stance.Should().Be(Stance.Rejects);
    }

    [Fact]
    public void Record_SharedWithAnUnknownParty_FailsWithUnknownParty() =>
        Base.Record(Said(Rejection with { Visibility = Visibility.SharedWithNamedParties, SharedWith = [new PartyId("atlantis")] }, Dec(21)))
            .Failures().ShouldFail("Statements[us-unacceptable].SharedWith[0]", ErrorCodes.UnknownParty);

    [Fact]
    public void Record_SharedWithNamedPartiesButNone_FailsWithSharedWithNobody() =>
        Base.Record(Said(Rejection with { Visibility = Visibility.SharedWithNamedParties }, Dec(21)))
            .Failures().ShouldFail("Statements[us-unacceptable].SharedWith", ErrorCodes.SharedWithNobody);

    [Fact]
    public void Record_SharedWithAKnownParty_Passes() =>
        Base.Record(Said(Rejection with { Visibility = Visibility.SharedWithNamedParties, SharedWith = [Russia] }, Dec(21))).Failures.Should().BeEmpty();

    [Fact]
    public void Record_BlankQuote_FailsWithTextRequired() =>
        Base.Record(Said(Rejection with { Quote = "" }, Dec(21))).Failures().ShouldFail("Statements[us-unacceptable].Quote", ErrorCodes.TextRequired);

    [Fact]
    public void Record_SpeakerOfAnotherParty_FailsWithSpeaksForOtherParty() =>
        Base.Record(Said(Rejection with { Speaker = Lavrov }, Dec(21))).Failures().ShouldFail("Statements[us-unacceptable].Speaker", ErrorCodes.SpeaksForOtherParty);

    [Fact]
    public void Record_SpeakerOutOfOffice_FailsWithStatementOutsideTerm() =>
        Base.Record(Said(Rejection with { Speaker = Pompeo }, Dec(21))).Failures().ShouldFail("Statements[us-unacceptable].Speaker", ErrorCodes.StatementOutsideTerm);

    [Fact]
    public void Record_UnappointedSpeaker_FailsWithUnknownRepresentative() =>
        Base.Record(Said(Rejection with { Speaker = new RepresentativeId("psaki") }, Dec(21))).Failures().ShouldFail("Statements[us-unacceptable].Speaker", ErrorCodes.UnknownRepresentative);

    [Fact]
    public void Record_AboutAnUnrecordedDevelopment_FailsWithUnknownDevelopment() =>
        Base.Record(Said(Rejection with { Kind = StatementKind.Denial, About = [SubjectRef.Development(new DevelopmentId("invasion-plans"))] }, Dec(21)))
            .Failures().ShouldFail("Statements[us-unacceptable].About[0]", ErrorCodes.UnknownDevelopment);

    [Fact]
    public void Record_RejectionOfNothing_WarnsWithStanceWithoutSubject()
    {
        var result = Base.Record(Said(Rejection with { About = [SubjectRef.Party(Russia)] }, Dec(21)));

        result.Succeeded.Should().BeTrue();
        result.Failures().ShouldFail("Statements[us-unacceptable].About", ErrorCodes.StanceWithoutSubject, Severity.Warning);
    }

    [Fact]
    public void Record_RejectionOfNothingAboutAnUnknownParty_AlsoFailsWithUnknownParty()
    {
        var failures = Base.Record(Said(Rejection with { About = [SubjectRef.Party(new PartyId("china"))] }, Dec(21))).Failures();

        failures.ShouldFail("Statements[us-unacceptable].About[0]", ErrorCodes.UnknownParty);
        failures.ShouldFail("Statements[us-unacceptable].About", ErrorCodes.StanceWithoutSubject, Severity.Warning);
    }

    [Fact]
    public void Record_RejectionBeforeTheDemandWasTabled_FailsWithStatementBeforeSubject() =>
        Base.Record(Said(Rejection, Dec(10))).Failures().ShouldFail("Statements[us-unacceptable].About[0]", ErrorCodes.StatementBeforeSubject);

    [Fact]
    public void Record_AcceptingAWithdrawnDemand_FailsWithDemandNotOpen() =>
        Base.Record(new DemandWithdrawn { Demand = LegalGuarantees, Occurred = Dec(28), Recorded = Recorded, Source = Reuters })
            .Then(Said(Rejection with { Kind = StatementKind.Acceptance }, Dec(29)))
            .Failures().ShouldFail("Statements[us-unacceptable].About[0]", ErrorCodes.DemandNotOpen);

    [Fact]
    public void Validate_NotYetRecorded_SkipsTheRulesOfTime() =>
        Validator.TestValidate(Rejection with { Speaker = Pompeo }, Base).ShouldNotHaveAnyValidationErrors();
}
