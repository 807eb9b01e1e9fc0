using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates a commitment: its text, the parties that agreed it, its topic and the party that must take part.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.TextRequired"/>, <see cref="ErrorCodes.TextTooLong"/>,
/// <see cref="ErrorCodes.CommitmentWithoutParties"/>, <see cref="ErrorCodes.IdMissing"/>,
/// <see cref="ErrorCodes.DuplicateEntry"/>. With a case (<see cref="CaseValidation"/>): parties, topic and what the rule
/// names resolve (<see cref="ErrorCodes.UnknownParty"/>, <see cref="ErrorCodes.UnknownTopic"/>,
/// <see cref="ErrorCodes.UnknownRound"/>). The rounds that break a commitment are
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
            .HasItems().WithErrorCode(ErrorCodes.CommitmentWithoutParties).WithMessage("The commitment names no party; name the parties that agreed it.")
            .AreKnownParties();
        RuleFor(c => c.Topic).IsAKnownTopic();
        RuleFor(c => c.Rule).Custom((rule, context) =>
        {
            var data = context.Data();
            switch (rule)
            {
                case ParticipationRule p:
                    context.Add(References.Party(data, p.Party, context.PathTo(string.Empty)[..^"Rule".Length] + "RequiredParticipant"));
                    break;
                case ProhibitionRule { With: { } with }:
                    context.Add(References.Party(data, with, context.PathTo(".With")));
                    break;
                case RoundOrderRule o:
                    context.Add(References.Round(data, o.First, context.PathTo(".First")));
                    context.Add(References.Round(data, o.Then, context.PathTo(".Then")));
                    break;
            }
        });
    }

    /// <summary>Gets the shared instance.</summary>
    public static CommitmentValidator Instance => Shared<CommitmentValidator>.Value;

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Commitment> context, ValidationResult result) =>
        context.Enter("Commitments", context.InstanceToValidate?.Id.ToString());
}
