using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class CommitmentValidatorTests
{
    private static CommitmentValidator Validator => CommitmentValidator.Instance;

    private static Commitment UsEu => new(new CommitmentId("us-eu"), [Usa, Eu], "Nothing about European security without the EU.", EuropeanSecurity, Eu);

    [Fact]
    public void Validate_CommitmentOnKnownPartiesAndTopic_Passes() =>
        Validator.TestValidate(UsEu, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_NoParty_FailsWithCommitmentWithoutParties() =>
        Validator.TestValidate(UsEu with { Parties = [] }).ShouldFail("Commitments[us-eu].Parties", ErrorCodes.CommitmentWithoutParties);

    [Fact]
    public void Validate_UndefinedTopic_FailsWithUnknownTopic() =>
        Validator.TestValidate(UsEu with { Topic = new TopicId("transatlantic-security") }, Base).ShouldFail("Commitments[us-eu].Topic", ErrorCodes.UnknownTopic);

    [Fact]
    public void Validate_UnregisteredRequiredParticipant_FailsWithUnknownParty() =>
        Validator.TestValidate(UsEu with { Rule = CommitmentRule.Participation(new PartyId("osce")) }, Base).ShouldFail("Commitments[us-eu].RequiredParticipant", ErrorCodes.UnknownParty);

    [Fact]
    public void Validate_BlankText_FailsWithTextRequired() =>
        Validator.TestValidate(UsEu with { Text = "" }).ShouldFail("Commitments[us-eu].Text", ErrorCodes.TextRequired);

    [Fact]
    public void Validate_ProhibitionWithUnregisteredParty_FailsWithUnknownParty() =>
        Validator.TestValidate(UsEu with { Rule = new ProhibitionRule(new PartyId("osce")) }, Base).ShouldFail("Commitments[us-eu].Rule.With", ErrorCodes.UnknownParty);

    [Fact]
    public void Validate_RoundOrderWithUnplannedRounds_FailsWithUnknownRoundForEach()
    {
        var result = Validator.TestValidate(UsEu with { Rule = new RoundOrderRule(new RoundId("first"), new RoundId("then")) }, Base);

        result.ShouldFail("Commitments[us-eu].Rule.First", ErrorCodes.UnknownRound);
        result.ShouldFail("Commitments[us-eu].Rule.Then", ErrorCodes.UnknownRound);
    }
}
