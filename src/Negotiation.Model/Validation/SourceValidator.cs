using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates where a fact comes from: the outlet is named.</summary>
/// <remarks>
/// <para>Rules: <see cref="ErrorCodes.SourceRequired"/> (blank outlet), <see cref="ErrorCodes.NameTooLong"/>. Paths start at
/// <c>Source</c> (<c>Source.Outlet</c>), or under the fact's place when validated as part of a fact.</para>
/// <para>Stateless and thread-safe: use <see cref="Instance"/>, or register it as a singleton.</para>
/// </remarks>
public sealed class SourceValidator : AbstractValidator<Source>
{
    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public SourceValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(s => s.Outlet).IsAnOutlet();
        RuleFor(s => s.Speaker!).IsASourceName("speaker").When(s => s.Speaker is not null);
        RuleFor(s => s.Channel!).IsASourceName("channel").When(s => s.Channel is not null);
    }

    /// <summary>Gets the shared instance.</summary>
    public static SourceValidator Instance => Shared<SourceValidator>.Value;

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Source> context, ValidationResult result) => context.Enter("Source");
}

/// <summary>The rules on a source's texts, for <see cref="SourceValidator"/> and for <see cref="FactValidator"/>, which
/// applies them to <c>Source.Outlet</c>, <c>Source.Speaker</c> and <c>Source.Channel</c> directly rather than through a child
/// validator: FluentValidation's child context would copy its property chain for every rule of every <c>Record</c>.</summary>
internal static class SourceRules
{
    /// <summary>The outlet is named (<see cref="ErrorCodes.SourceRequired"/>) and not too long (<see cref="ErrorCodes.NameTooLong"/>).</summary>
    public static IRuleBuilderOptions<T, string> IsAnOutlet<T>(this IRuleBuilder<T, string> rule) =>
        rule.IsNotBlank().WithErrorCode(ErrorCodes.SourceRequired)
            .WithMessage("The source names no outlet; say who reported the fact (\"Reuters\", \"RT\", \"Brussels statement\").")
            .MaximumLength(ValidationSupport.MaxNameLength).WithErrorCode(ErrorCodes.NameTooLong)
            .WithMessage((_, outlet) => $"The outlet is {outlet.Length} characters long; shorten it to at most {ValidationSupport.MaxNameLength}.");

    /// <summary>A speaker or channel is not too long (<see cref="ErrorCodes.NameTooLong"/>).</summary>
    public static IRuleBuilderOptions<T, string> IsASourceName<T>(this IRuleBuilder<T, string> rule, string what) =>
        rule.MaximumLength(ValidationSupport.MaxNameLength).WithErrorCode(ErrorCodes.NameTooLong)
            .WithMessage((_, name) => $"The {what} is {name.Length} characters long; shorten it to at most {ValidationSupport.MaxNameLength}.");
}
