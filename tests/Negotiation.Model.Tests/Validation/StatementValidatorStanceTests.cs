using FluentValidation;
using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The statement rules a user meets with stances, speakers and times: what each failure says and where, and
/// the statements that pass.</summary>
public sealed class StatementValidatorStanceTests
{
    private static readonly StatementId Answer = new("us-answer");

    private static Statement Assessment => new(Answer, Usa, StatementKind.Assessment, "We have studied the drafts.") { Speaker = Blinken };

    [Fact]
    public void Record_StanceOnAKnownDemand_Passes() =>
        Base.Record(Said(Assessment with { Stances = [new StanceTaken(SubjectRef.Demand(LegalGuarantees), Stance.Rejects)] }, Dec(21))).Failures.Should().BeEmpty();

    [Fact]
    public void Record_NoStanceOnADemand_FailsWithStanceNotOnOffer()
    {
        var failures = Base.Record(Said(Assessment with { Stances = [new StanceTaken(SubjectRef.Demand(LegalGuarantees), Stance.NoStance)] }, Dec(21))).Failures();

        failures.ShouldFail("Statements[us-answer].Stances[0]", ErrorCodes.StanceNotOnOffer)
            .WithErrorMessage("A stance is taken on a demand, document or proposal and is not 'no stance'; 'demand:legal-guarantees' with NoStance is not one.");
    }

    [Fact]
    public void Record_StanceOnAnUnknownDemand_FailsWithUnknownDemandAtTheStance() =>
        Base.Record(Said(Assessment with { Stances = [new StanceTaken(SubjectRef.Demand(LegalGuarantees), Stance.Rejects), new StanceTaken(SubjectRef.Demand(new DemandId("no-missiles")), Stance.Accepts)] }, Dec(21)))
            .Failures().ShouldFail("Statements[us-answer].Stances[1]", ErrorCodes.UnknownDemand);

    [Fact]
    public void Record_TwoStancesOnOneDocument_FailsWithDuplicateEntryAtTheSecond()
    {
        var stances = new[] { new StanceTaken(SubjectRef.Document(RuUsDraft), Stance.Rejects), new StanceTaken(SubjectRef.Document(RuUsDraft), Stance.OpenToDiscuss, Extent.Part) };

        var failures = Base.Record(Said(Assessment with { Stances = [.. stances] }, Dec(21))).Failures();

        failures.ShouldFail("Statements[us-answer].Stances[1]", ErrorCodes.DuplicateEntry)
            .WithErrorMessage("'document:ru-us-draft' takes two stances in one statement; give it one.");
        failures.ShouldNotHaveValidationErrorFor("Statements[us-answer].Stances[0]");
    }

    [Fact]
    public void Record_AcceptanceAboutADocumentOrWithAStance_DoesNotWarn()
    {
        Base.Record(Said(Assessment with { Kind = StatementKind.Acceptance, About = [SubjectRef.Party(Russia), SubjectRef.Document(RuUsDraft)] }, Dec(21))).Failures.Should().BeEmpty();
        Base.Record(Said(Assessment with { Kind = StatementKind.Rejection, Stances = [new StanceTaken(SubjectRef.Demand(NoEnlargement), Stance.Rejects)] }, Dec(21))).Failures.Should().BeEmpty();
    }

    [Fact]
    public void Record_AcceptanceOfNothing_SaysWhatToAccept()
    {
        var result = Base.Record(Said(Assessment with { Kind = StatementKind.Acceptance, About = [SubjectRef.Topic(SecurityGuarantees)] }, Dec(21)));

        result.Succeeded.Should().BeTrue();
        result.Failures().ShouldFail("Statements[us-answer].About", ErrorCodes.StanceWithoutSubject, Severity.Warning)
            .WithErrorMessage("The acceptance names no demand, document or proposal, so no position follows from it; say what is accepted.");
    }

    [Fact]
    public void Record_RejectionOfNothing_SaysWhatToReject() =>
        Base.Record(Said(Assessment with { Kind = StatementKind.Rejection }, Dec(21)))
            .Failures().ShouldFail("Statements[us-answer].About", ErrorCodes.StanceWithoutSubject, Severity.Warning)
            .WithErrorMessage("The rejection names no demand, document or proposal, so no position follows from it; say what is rejected.");

    [Fact]
    public void Record_SpeakerOfAnotherParty_SaysWhomTheSpeakerSpeaksFor() =>
        Base.Record(Said(Assessment with { Speaker = Lavrov }, Dec(21)))
            .Failures().ShouldFail("Statements[us-answer].Speaker", ErrorCodes.SpeaksForOtherParty)
            .WithErrorMessage("Sergei Lavrov speaks for 'russia', not for 'usa'.");

    [Fact]
    public void Record_SpeakerAfterTheirTerm_SaysTheTerm() =>
        Base.Record(Said(Assessment with { Speaker = Pompeo }, Dec(21)))
            .Failures().ShouldFail("Statements[us-answer].Speaker", ErrorCodes.StatementOutsideTerm)
            .WithErrorMessage("Mike Pompeo was not Secretary of State on 21 December 2021 (term 2018-04-26 to 2021-01-20).");

    [Fact]
    public void Record_SpeakerBeforeAnOpenTerm_SaysTheTermRunsToNow() =>
        Base.Record(Said(Assessment, Moment.On(Day(2020, 12, 21))))
            .Failures().ShouldFail("Statements[us-answer].Speaker", ErrorCodes.StatementOutsideTerm)
            .WithErrorMessage("Antony Blinken was not Secretary of State on 21 December 2020 (term 2021-01-26 to now).");

    [Fact]
    public void Record_SpeakerOfAnotherPartyOutsideTheirTerm_FailsWithBoth()
    {
        var failures = Base.Record(Said(Assessment with { Party = Russia, Speaker = Pompeo }, Dec(21))).Failures();

        failures.ShouldFail("Statements[us-answer].Speaker", ErrorCodes.SpeaksForOtherParty);
        failures.ShouldFail("Statements[us-answer].Speaker", ErrorCodes.StatementOutsideTerm);
    }

    [Fact]
    public void Validate_SpeakerWithoutACase_IsNotChecked() =>
        Validator.TestValidate(Assessment with { Speaker = Lavrov }).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Record_StatementBeforeTheDocumentWasHandedOver_SaysWhen() =>
        Base.Record(Said(Assessment with { About = [SubjectRef.Party(Russia), SubjectRef.Document(RuUsDraft)] }, Dec(16)))
            .Failures().ShouldFail("Statements[us-answer].About[1]", ErrorCodes.StatementBeforeSubject)
            .WithErrorMessage("The statement (16 December 2021) comes before 'Treaty on security guarantees' was handed over (17 December 2021); check both times.");

    [Fact]
    public void Record_StatementBeforeTheDemandWasTabled_SaysWhen() =>
        Base.Record(Said(Assessment with { About = [SubjectRef.Demand(LegalGuarantees)] }, Dec(16)))
            .Failures().ShouldFail("Statements[us-answer].About[0]", ErrorCodes.StatementBeforeSubject)
            .WithErrorMessage("The statement (16 December 2021) comes before the demand 'legal-guarantees' was tabled (17 December 2021); check both times.");

    [Fact]
    public void Record_StatementOnTheDayTheDemandWasTabled_Passes() =>
        Base.Record(Said(Assessment with { About = [SubjectRef.Demand(LegalGuarantees), SubjectRef.Document(RuUsDraft)] }, Dec(17))).Failures.Should().BeEmpty();

    [Fact]
    public void Validate_StoredStatementBeforeItsSubject_FailsWithStatementBeforeSubject() =>
        Validator.TestValidate(Assessment with { About = [SubjectRef.Demand(LegalGuarantees)], Made = Dec(16) }, Base)
            .ShouldFail("Statements[us-answer].About[0]", ErrorCodes.StatementBeforeSubject);

    [Fact]
    public void Record_BlankQuote_SaysWhatToQuote() =>
        Base.Record(Said(Assessment with { Quote = " " }, Dec(21)))
            .Failures().ShouldFail("Statements[us-answer].Quote", ErrorCodes.TextRequired)
            .WithErrorMessage("The quote is blank; quote or summarise what was said or written.");

    [Fact]
    public void Validate_UnknownPartyAndAddressee_FailAtEach()
    {
        var result = Validator.TestValidate(Assessment with { Party = new PartyId("china"), Speaker = null, Addressees = [Russia, new PartyId("japan")] }, Base);

        result.ShouldFail("Statements[us-answer].Party", ErrorCodes.UnknownParty);
        result.ShouldFail("Statements[us-answer].Addressees[1]", ErrorCodes.UnknownParty);
        result.Errors.Should().HaveCount(2);
    }

    private static StatementValidator Validator => StatementValidator.Instance;
}
