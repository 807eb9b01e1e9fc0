using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class AgreementValidatorTests
{
    private static AgreementValidator Validator => AgreementValidator.Instance;

    private static readonly AgreementId Treaty = new("security-treaty");

    private static Agreement SecurityTreaty => new(Treaty, RuUsDraft, [Russia, Usa], MilestoneRule.After(AgreementStepKind.Ratification, NodaTime.Period.FromDays(30), count: 2));

    private static NegotiationCase Adopted => Base.Given(TestCase.Adopted(SecurityTreaty));

    private static AgreementStepTaken Step(AgreementStepKind kind, PartyId? party, Moment? on = null) =>
        new() { Agreement = Treaty, Step = kind, Party = party, Occurred = on ?? Dec(30), Recorded = Recorded, Source = Reuters };

    [Fact]
    public void Record_SignatureThenRatification_Passes() =>
        Adopted.Record(Step(AgreementStepKind.Signature, Russia)).Then(Step(AgreementStepKind.Ratification, Russia)).Failures.Should().BeEmpty();

    [Fact]
    public void Validate_NoParty_FailsWithAgreementWithoutParties() =>
        Validator.TestValidate(SecurityTreaty with { Parties = [] }).ShouldFail("Agreements[security-treaty].Parties", ErrorCodes.AgreementWithoutParties);

    [Fact]
    public void Validate_UnknownText_FailsWithUnknownDocument() =>
        Validator.TestValidate(SecurityTreaty with { Text = new DocumentId("final-text") }, Base).ShouldFail("Agreements[security-treaty].Text", ErrorCodes.UnknownDocument);

    [Fact]
    public void Record_SignatureByANonParty_FailsWithStepByNonParty() =>
        Adopted.Record(Step(AgreementStepKind.Signature, Eu)).Failures().ShouldFail("Agreements[security-treaty].Steps", ErrorCodes.StepByNonParty);

    [Fact]
    public void Record_SigningTwice_FailsWithStepRepeated() =>
        Adopted.Record(Step(AgreementStepKind.Signature, Usa)).Then(Step(AgreementStepKind.Signature, Usa))
            .Failures().ShouldFail("Agreements[security-treaty].Steps", ErrorCodes.StepRepeated);

    [Fact]
    public void Record_RatifyingBeforeSigning_FailsWithRatifiedBeforeSigned() =>
        Adopted.Record(Step(AgreementStepKind.Ratification, Russia)).Failures().ShouldFail("Agreements[security-treaty].Steps", ErrorCodes.RatifiedBeforeSigned);

    [Fact]
    public void Record_SignatureWithoutParty_FailsWithStepWithoutParty() =>
        Adopted.Record(Step(AgreementStepKind.Signature, null)).Failures().ShouldFail("Agreements[security-treaty].Steps", ErrorCodes.StepWithoutParty);

    [Fact]
    public void Record_StepDatedToAMonth_FailsWithStepNotDatedToTheDay() =>
        Adopted.Record(Step(AgreementStepKind.Signature, Russia, DateWindow.In(new NodaTime.YearMonth(2022, 1))))
            .Failures().ShouldFail("Agreements[security-treaty].Steps", ErrorCodes.StepNotDatedToTheDay);

    [Fact]
    public void Record_StepOfAnUnadoptedAgreement_FailsWithUnknownAgreement() =>
        Base.Record(Step(AgreementStepKind.Signature, Russia)).Failures().ShouldFail("Agreements[security-treaty]", ErrorCodes.UnknownAgreement);
}
