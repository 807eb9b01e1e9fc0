using FluentValidation;
using FluentValidation.Internal;
using Negotiation.Model.Validation;

namespace Negotiation.Model.Tests.Validation;

public sealed class RuleSetSelectorTests
{
    public static TheoryData<string, string[]> Selections => new()
    {
        { nameof(RoundValidator), [RoundValidator.ScheduleRules] },
        { nameof(RoundValidator), [RoundValidator.StatusRules, RoundValidator.CommitmentRules] },
        { nameof(RoundValidator), [RoundValidator.OrderRules] },
        { nameof(RoundValidator), [RoundValidator.ShapeRules] },
        { nameof(RoundValidator), ["default"] },
        { nameof(RoundValidator), ["DEFAULT", RoundValidator.OrderRules] },
        { nameof(RoundValidator), ["*"] },
        { nameof(RoundValidator), ["schedule"] },
        { nameof(RoundValidator), ["no such set"] },
        { nameof(StatementValidator), [StatementValidator.SpeakerRules] },
        { nameof(DocumentValidator), [DocumentValidator.LatestRevisionRules] },
        { nameof(DocumentValidator), [DocumentValidator.DisclosureRules] },
        { nameof(DeadlineValidator), [DeadlineValidator.ExtensionRules] },
        { nameof(DeadlineValidator), [DeadlineValidator.MetRules] },
        { nameof(PartyValidator), [PartyValidator.MembershipRules] },
        { nameof(RepresentativeValidator), [RepresentativeValidator.TermRules] },
        { nameof(AgreementValidator), [AgreementValidator.StepRules] },
    };

    [Theory]
    [MemberData(nameof(Selections))]
    public void CanExecute_AnyRuleOfOurValidators_AgreesWithFluentValidationsSelector(string validator, string[] ruleSets)
    {
        var rules = Rules(validator);
        var ours = new RuleSetSelector(ruleSets);
        var theirs = new RulesetValidatorSelector(ruleSets);

        rules.Should().NotBeEmpty();
        foreach (var rule in rules)
        {
            ours.CanExecute(rule, rule.PropertyName ?? string.Empty, new ValidationContext<object>(new object()))
                .Should().Be(
                    theirs.CanExecute(rule, rule.PropertyName ?? string.Empty, new ValidationContext<object>(new object())),
                    $"the rule for '{rule.PropertyName}' in the sets [{string.Join(", ", rule.RuleSets ?? [])}] of the {validator}");
        }
    }

    [Fact]
    public void CanExecute_ScheduleRules_SelectsSomeRoundRulesButNotAll()
    {
        var rules = Rules(nameof(RoundValidator));
        var selector = new RuleSetSelector([RoundValidator.ScheduleRules]);

        rules.Count(r => selector.CanExecute(r, string.Empty, new ValidationContext<object>(new object())))
            .Should().BeInRange(1, rules.Count - 1);
    }

    private static List<IValidationRule> Rules(string validator) => validator switch
    {
        nameof(RoundValidator) => [.. RoundValidator.Instance],
        nameof(StatementValidator) => [.. StatementValidator.Instance],
        nameof(DocumentValidator) => [.. DocumentValidator.Instance],
        nameof(DeadlineValidator) => [.. DeadlineValidator.Instance],
        nameof(PartyValidator) => [.. PartyValidator.Instance],
        nameof(RepresentativeValidator) => [.. RepresentativeValidator.Instance],
        nameof(AgreementValidator) => [.. AgreementValidator.Instance],
        _ => throw new ArgumentOutOfRangeException(nameof(validator), validator, "Add the validator to the test."),
    };
}
