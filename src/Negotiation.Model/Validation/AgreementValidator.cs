using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates an agreement: its text, its parties and the steps they have taken.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.AgreementWithoutParties"/>, <see cref="ErrorCodes.IdMissing"/>,
/// <see cref="ErrorCodes.DuplicateEntry"/>, and for the steps, in order: <see cref="ErrorCodes.StepWithoutParty"/>,
/// <see cref="ErrorCodes.StepByNonParty"/>, <see cref="ErrorCodes.StepRepeated"/> (a second initialling, signature or
/// ratification by one party), <see cref="ErrorCodes.RatifiedBeforeSigned"/>. With a case (<see cref="CaseValidation"/>):
/// the text and the parties resolve (<see cref="ErrorCodes.UnknownDocument"/>, <see cref="ErrorCodes.UnknownParty"/>).</para>
/// <para>Step failures are reported at <c>Agreements[id].Steps</c>, with the step named in the message. The rule set
/// <see cref="StepRules"/> holds the step rules alone. Stateless and thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class AgreementValidator : AbstractValidator<Agreement>
{
    /// <summary>The rule set of the steps.</summary>
    public const string StepRules = "Steps";

    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public AgreementValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(a => a.Text).IsAKnownDocument();
        RuleFor(a => a.Parties)
            .NotEmpty().WithErrorCode(ErrorCodes.AgreementWithoutParties).WithMessage("The agreement names no party; name the parties to it.")
            .AreKnownParties();
        RuleSet($"default,{StepRules}", () => RuleFor(a => a.Steps).Custom(CheckSteps));
    }

    /// <summary>Gets the shared instance.</summary>
    public static AgreementValidator Instance { get; } = new();

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Agreement> context, ValidationResult result) =>
        context.Enter("Agreements", context.InstanceToValidate?.Id.ToString());

    private static void CheckSteps(EquatableArray<AgreementStep> steps, ValidationContext<Agreement> context)
    {
        var agreement = context.InstanceToValidate;
        var taken = new HashSet<(PartyId, AgreementStepKind)>();
        foreach (var step in steps)
        {
            var perParty = step.Kind is AgreementStepKind.Initialling or AgreementStepKind.Signature or AgreementStepKind.Ratification or AgreementStepKind.WithdrawalNotice;
            if (perParty && step.Party is null)
            {
                context.Error(ErrorCodes.StepWithoutParty, string.Empty, $"A {step.Kind} is taken by a party; name it.");
            }

            if (step.Party is not { } party)
            {
                continue;
            }

            var once = step.Kind is AgreementStepKind.Signature or AgreementStepKind.Ratification or AgreementStepKind.Initialling;
            if (!agreement.Parties.Contains(party))
            {
                context.Error(ErrorCodes.StepByNonParty, string.Empty, $"'{party}' is not a party to '{agreement.Id}'.");
            }
            else if (once && !taken.Add((party, step.Kind)))
            {
                context.Error(ErrorCodes.StepRepeated, string.Empty, $"'{party}' already took the step {step.Kind}.");
            }
            else if (step.Kind == AgreementStepKind.Ratification && !taken.Contains((party, AgreementStepKind.Signature)))
            {
                context.Error(ErrorCodes.RatifiedBeforeSigned, string.Empty, $"'{party}' ratifies '{agreement.Id}' before signing it; record the signature first.");
            }
        }
    }
}
