using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates a representative: a named person holding a named office for a party, for a well-ordered term.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.NameRequired"/>, <see cref="ErrorCodes.NameTooLong"/> (name and
/// office), <see cref="ErrorCodes.IdMissing"/>, <see cref="ErrorCodes.TermEndsBeforeStart"/>. With a case
/// (<see cref="CaseValidation"/>): the party resolves (<see cref="ErrorCodes.UnknownParty"/>) and is a state or an
/// organisation (<see cref="ErrorCodes.RepresentsGroup"/>). Whether the representative's statements fall within the term
/// is the <see cref="StatementValidator"/>'s rule.</para>
/// <para>Paths start at <c>Representatives[id]</c>. The rule set <see cref="TermRules"/> holds the term rule alone.
/// Stateless and thread-safe: use <see cref="Instance"/>, or register it as a singleton.</para>
/// </remarks>
public sealed class RepresentativeValidator : AbstractValidator<Representative>
{
    /// <summary>The rule set of the term of office.</summary>
    public const string TermRules = "Term";

    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public RepresentativeValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(r => r.Name).IsAName();
        RuleFor(r => r.Office).IsAName("office");
        RuleFor(r => r.Party).Custom((party, context) =>
        {
            var data = context.Data();
            if (References.Party(data, party, context.PathTo(string.Empty)) is { } unresolved)
            {
                context.AddFailure(unresolved);
            }
            else if (data?.Parties[party] is PartyGroup group)
            {
                context.Error(ErrorCodes.RepresentsGroup, string.Empty, $"'{group.Name}' is a named group without offices; appoint the representative for a state or an organisation.");
            }
        });

        RuleSet("default," + TermRules, () =>
            RuleFor(r => r.Term)
                .Must(term => term.Until is not { } until || until >= term.From)
                .WithErrorCode(ErrorCodes.TermEndsBeforeStart)
                .WithMessage(r => $"The term of {r.Name} ends ({Naming.Day(r.Term.Until!.Value)}) before it starts ({Naming.Day(r.Term.From)}); check both days."));
    }

    /// <summary>Gets the shared instance.</summary>
    public static RepresentativeValidator Instance => Shared<RepresentativeValidator>.Value;

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Representative> context, ValidationResult result) =>
        context.Enter("Representatives", context.InstanceToValidate?.Id.ToString());
}
