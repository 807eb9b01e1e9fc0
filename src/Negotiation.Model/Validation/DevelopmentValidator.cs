using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates a development: what happened, and who acted and was affected.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.TextRequired"/>, <see cref="ErrorCodes.TextTooLong"/>,
/// <see cref="ErrorCodes.IdMissing"/>, <see cref="ErrorCodes.DuplicateEntry"/>. With a case
/// (<see cref="CaseValidation"/>): actors and targets resolve (<see cref="ErrorCodes.UnknownParty"/>).</para>
/// <para>Paths start at <c>Developments[id]</c>. Stateless and thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class DevelopmentValidator : AbstractValidator<Development>
{
    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public DevelopmentValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(d => d.Description).IsAText("description");
        RuleFor(d => d.Actors).AreKnownParties();
        RuleFor(d => d.Targets).AreKnownParties();
    }

    /// <summary>Gets the shared instance.</summary>
    public static DevelopmentValidator Instance => Shared<DevelopmentValidator>.Value;

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Development> context, ValidationResult result) =>
        context.Enter("Developments", context.InstanceToValidate?.Id.ToString());
}
