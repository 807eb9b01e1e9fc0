using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates a topic: a name, and a broader topic that is another, known topic.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.NameRequired"/>, <see cref="ErrorCodes.NameTooLong"/>,
/// <see cref="ErrorCodes.TopicIsOwnBroader"/>, <see cref="ErrorCodes.IdMissing"/>. With a case
/// (<see cref="CaseValidation"/>): the broader topic resolves (<see cref="ErrorCodes.UnknownTopic"/>). Since a broader
/// topic must be defined first and topics never change, the hierarchy cannot loop through longer chains.</para>
/// <para>Paths start at <c>Topics[id]</c>. Stateless and thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class TopicValidator : AbstractValidator<Topic>
{
    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public TopicValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(t => t.Name).IsAName();
        RuleFor(t => t.Broader).Custom((broader, context) =>
        {
            if (broader is not { } b)
            {
                return;
            }

            if (b == context.InstanceToValidate.Id)
            {
                context.Error(ErrorCodes.TopicIsOwnBroader, string.Empty, "A topic cannot be broader than itself; name another topic or none.");
            }
            else
            {
                context.Add(References.Topic(context.Data(), b, context.PathTo(string.Empty)));
            }
        });
    }

    /// <summary>Gets the shared instance.</summary>
    public static TopicValidator Instance => Shared<TopicValidator>.Value;

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Topic> context, ValidationResult result) =>
        context.Enter("Topics", context.InstanceToValidate?.Id.ToString());
}
