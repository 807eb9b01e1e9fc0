using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates a commitment: its text, the parties that agreed it, its topic and the party that must take part.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.TextRequired"/>, <see cref="ErrorCodes.TextTooLong"/>,
/// <see cref="ErrorCodes.CommitmentWithoutParties"/>, <see cref="ErrorCodes.IdMissing"/>,
/// <see cref="ErrorCodes.DuplicateEntry"/>. With a case (<see cref="CaseValidation"/>): parties and topic resolve
/// (<see cref="ErrorCodes.UnknownParty"/>, <see cref="ErrorCodes.UnknownTopic"/>). The rounds that break a commitment are
/// reported on the round (<see cref="RoundValidator"/>, <see cref="ErrorCodes.CommitmentBroken"/>).</para>
/// <para>Paths start at <c>Commitments[id]</c>. Stateless and thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class CommitmentValidator : AbstractValidator<Commitment>
{
    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public CommitmentValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(c => c.Text).IsAText();
        RuleFor(c => c.Parties)
            .NotEmpty().WithErrorCode(ErrorCodes.CommitmentWithoutParties).WithMessage("The commitment names no party; name the parties that agreed it.")
            .AreKnownParties();
        RuleFor(c => c.Topic).IsAKnownTopic();
        RuleFor(c => c.RequiredParticipant).IsAKnownParty();
    }

    /// <summary>Gets the shared instance.</summary>
    public static CommitmentValidator Instance { get; } = new();

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Commitment> context, ValidationResult result) =>
        context.Enter("Commitments", context.InstanceToValidate?.Id.ToString());
}
