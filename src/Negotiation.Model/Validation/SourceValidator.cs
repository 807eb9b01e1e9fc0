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

        RuleFor(s => s.Outlet)
            .NotEmpty().WithErrorCode(ErrorCodes.SourceRequired)
            .WithMessage("The source names no outlet; say who reported the fact (\"Reuters\", \"RT\", \"Brussels statement\").")
            .MaximumLength(ValidationSupport.MaxNameLength).WithErrorCode(ErrorCodes.NameTooLong)
            .WithMessage((_, outlet) => $"The outlet is {outlet.Length} characters long; shorten it to at most {ValidationSupport.MaxNameLength}.");
        RuleFor(s => s.Speaker!).MaximumLength(ValidationSupport.MaxNameLength).WithErrorCode(ErrorCodes.NameTooLong)
            .WithMessage((_, speaker) => $"The speaker is {speaker.Length} characters long; shorten it to at most {ValidationSupport.MaxNameLength}.")
            .When(s => s.Speaker is not null);
        RuleFor(s => s.Channel!).MaximumLength(ValidationSupport.MaxNameLength).WithErrorCode(ErrorCodes.NameTooLong)
            .WithMessage((_, channel) => $"The channel is {channel.Length} characters long; shorten it to at most {ValidationSupport.MaxNameLength}.")
            .When(s => s.Channel is not null);
    }

    /// <summary>Gets the shared instance.</summary>
    public static SourceValidator Instance { get; } = new();

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Source> context, ValidationResult result) => context.Enter("Source");
}
