using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class ProposalValidatorTests
{
    private static ProposalValidator Validator => ProposalValidator.Instance;

    private static readonly ProposalId ExerciseLimits = new("exercise-limits");

    private static Proposal Limits => new(ExerciseLimits, Usa, [Russia], "Reciprocal limits on the size and scope of exercises.")
    {
        Topics = [ArmsControl],
        Answers = [SubjectRef.Demand(LegalGuarantees), SubjectRef.Document(RuUsDraft)],
        IsReciprocal = true,
        Condition = "if Russia does the same",
    };

    [Fact]
    public void Validate_ProposalAnsweringDemandsAndDocuments_Passes() =>
        Validator.TestValidate(Limits, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_NoAddressee_FailsWithNoAddressee() =>
        Validator.TestValidate(Limits with { Addressees = [] }).ShouldFail("Proposals[exercise-limits].Addressees", ErrorCodes.NoAddressee);

    [Fact]
    public void Validate_AuthorAmongAddressees_FailsWithAuthorAmongAddressees() =>
        Validator.TestValidate(Limits with { Addressees = [Usa] }).ShouldFail("Proposals[exercise-limits].Addressees[0]", ErrorCodes.AuthorAmongAddressees);

    [Fact]
    public void Validate_BlankCondition_FailsWithTextRequired() =>
        Validator.TestValidate(Limits with { Condition = "" }).ShouldFail("Proposals[exercise-limits].Condition", ErrorCodes.TextRequired);

    [Fact]
    public void Validate_AnsweringARound_FailsWithAnswerNotAnOffer() =>
        Validator.TestValidate(Limits with { Answers = [SubjectRef.Round(Bilateral)] }, Base).ShouldFail("Proposals[exercise-limits].Answers[0]", ErrorCodes.AnswerNotAnOffer);

    [Fact]
    public void Validate_AnsweringItself_FailsWithProposalAnswersItself() =>
        Validator.TestValidate(Limits with { Answers = [SubjectRef.Demand(LegalGuarantees), SubjectRef.Proposal(ExerciseLimits)] }, Base)
            .ShouldFail("Proposals[exercise-limits].Answers[1]", ErrorCodes.ProposalAnswersItself);

    [Fact]
    public void Validate_AnsweringAnUnmadeProposal_FailsWithUnknownProposal() =>
        Validator.TestValidate(Limits with { Answers = [SubjectRef.Proposal(new ProposalId("missile-moratorium"))] }, Base)
            .ShouldFail("Proposals[exercise-limits].Answers[0]", ErrorCodes.UnknownProposal);

    [Fact]
    public void Validate_DefaultSubject_FailsWithIdMissing() =>
        Validator.TestValidate(Limits with { Answers = [default] }).ShouldFail("Proposals[exercise-limits].Answers[0]", ErrorCodes.IdMissing);

    [Fact]
    public void Record_AnsweringAProposalMadeBefore_Succeeds()
    {
        var negotiation = Base.Given(Made(Limits));
        var counter = new Proposal(new ProposalId("counter"), Russia, [Usa], "Limits only together with legal guarantees.") { Answers = [SubjectRef.Proposal(ExerciseLimits)] };

        negotiation.Record(Made(counter)).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_BlankText_FailsWithTextRequired() =>
        Validator.TestValidate(Limits with { Text = " " }).ShouldFail("Proposals[exercise-limits].Text", ErrorCodes.TextRequired)
            .WithErrorMessage("The text is blank; quote or summarise what was said or written.");

    [Fact]
    public void Validate_UnregisteredAuthor_FailsWithUnknownParty() =>
        Validator.TestValidate(Limits with { Author = new PartyId("osce") }, Base).ShouldFail("Proposals[exercise-limits].Author", ErrorCodes.UnknownParty);

    [Fact]
    public void Validate_UndefinedTopic_FailsWithUnknownTopic() =>
        Validator.TestValidate(Limits with { Topics = [new TopicId("space")] }, Base).ShouldFail("Proposals[exercise-limits].Topics[0]", ErrorCodes.UnknownTopic);

    [Fact]
    public void Validate_AuthorAmongAddressees_SaysItIsAProposal() =>
        Validator.Validate(Limits with { Addressees = [Usa] }).Errors.Should().ContainSingle().Which.ErrorMessage.Should().Contain("proposal");

    [Fact]
    public void Validate_LongCondition_SaysItIsTheCondition() =>
        Validator.TestValidate(Limits with { Condition = new string('x', 20_001) }).ShouldFail("Proposals[exercise-limits].Condition", ErrorCodes.TextTooLong)
            .WithErrorMessage("The condition is 20001 characters long; shorten it to at most 20,000.");

    [Fact]
    public void Validate_SourceInADocumentNotPresented_FailsWithUnknownDocument() =>
        Validator.TestValidate(Limits with { Source = DemandSource.InProvision(new DocumentId("ru-osce-draft"), 1, "1") }, Base)
            .ShouldFail("Proposals[exercise-limits].Source", ErrorCodes.UnknownDocument);
}
