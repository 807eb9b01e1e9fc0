using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class TopicValidatorTests
{
    private static TopicValidator Validator => TopicValidator.Instance;

    [Fact]
    public void Validate_NarrowerTopicOfAKnownTopic_Passes() =>
        Validator.TestValidate(new Topic(new TopicId("missile-deployments"), "Missile deployments", EuropeanSecurity), Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_TopicBroaderThanItself_FailsWithTopicIsOwnBroader() =>
        Validator.TestValidate(new Topic(ArmsControl, "Arms control", ArmsControl), Base).ShouldFail("Topics[arms-control].Broader", ErrorCodes.TopicIsOwnBroader);

    [Fact]
    public void Validate_UndefinedBroaderTopic_FailsWithUnknownTopic() =>
        Validator.TestValidate(new Topic(new TopicId("inf"), "Intermediate-range forces", ArmsControl), NegotiationCase.Create(new CaseId("empty"), "Empty"))
            .ShouldFail("Topics[inf].Broader", ErrorCodes.UnknownTopic);

    [Fact]
    public void Validate_BlankName_FailsWithNameRequired() =>
        Validator.TestValidate(new Topic(ArmsControl, "")).ShouldFail("Topics[arms-control].Name", ErrorCodes.NameRequired);
}
