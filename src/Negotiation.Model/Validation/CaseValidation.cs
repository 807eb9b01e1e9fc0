using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>
/// Runs a validator of one entity (a <see cref="Demand"/>, a <see cref="Round"/>, …) against the
/// <see cref="NegotiationCase"/> it belongs to, so the rules that need the case (every reference resolves, a round is
/// planned after the rounds it requires, a statement falls within the speaker's term) run too.
/// </summary>
/// <remarks>
/// <para>The case travels in FluentValidation's <see cref="IValidationContext.RootContextData"/> under
/// <see cref="CaseKey"/>, so the validators stay stateless and cached (<c>PartyValidator.Instance</c>) and can be
/// registered as singletons. Validated without a case, an entity validator runs only its rules that need nothing
/// else: ids are set, names are not blank, a bilateral round has two sides.</para>
/// <para>Property paths start at the case and name elements by id (<c>Rounds[ru-us-2022-01].Precondition[0]</c>).</para>
/// </remarks>
/// <example>
/// <code>
/// var result = DemandValidator.Instance.Validate(demand, negotiation);
/// foreach (var failure in result.Errors) Console.WriteLine($"{failure.Severity} {failure.ErrorCode} {failure.PropertyName}: {failure.ErrorMessage}");
///
/// // The validators are stateless: register the cached instances as singletons.
/// services.AddSingleton&lt;IValidator&lt;Round&gt;&gt;(RoundValidator.Instance);
/// services.AddSingleton&lt;IValidator&lt;NegotiationCase&gt;&gt;(NegotiationCaseValidator.Instance);
/// </code>
/// </example>
public static class CaseValidation
{
    /// <summary>The key of <see cref="IValidationContext.RootContextData"/> under which validators find the case.</summary>
    public const string CaseKey = "Negotiation.Model.NegotiationCase";

    /// <summary>Creates a validation context for <paramref name="instance"/> that carries <paramref name="negotiation"/>,
    /// for <see cref="IValidator.Validate(IValidationContext)"/> or FluentValidation's <c>TestValidate</c>.</summary>
    /// <typeparam name="T">The type validated.</typeparam>
    /// <param name="instance">The entity to validate.</param>
    /// <param name="negotiation">The case the entity belongs to, or will be recorded in.</param>
    /// <param name="ruleSets">The rule sets to run (such as <see cref="RoundValidator.ScheduleRules"/>); none runs every rule.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ValidationContext<T> CreateContext<T>(T instance, NegotiationCase negotiation, params string[] ruleSets)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(negotiation);
        ArgumentNullException.ThrowIfNull(ruleSets);
        var context = ruleSets.Length == 0
            ? new ValidationContext<T>(instance)
            : ValidationContext<T>.CreateWithOptions(instance, options => options.IncludeRuleSets(ruleSets));
        context.RootContextData[CaseKey] = negotiation;
        return context;
    }

    /// <summary>Validates <paramref name="instance"/> against <paramref name="negotiation"/>.</summary>
    /// <typeparam name="T">The type validated.</typeparam>
    /// <param name="validator">The validator, such as <c>RoundValidator.Instance</c>.</param>
    /// <param name="instance">The entity to validate.</param>
    /// <param name="negotiation">The case the entity belongs to, or will be recorded in.</param>
    /// <param name="ruleSets">The rule sets to run; none runs every rule.</param>
    /// <returns>The failures: errors, warnings and infos, each with a code and a path by id.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ValidationResult Validate<T>(this IValidator<T> validator, T instance, NegotiationCase negotiation, params string[] ruleSets)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return validator.Validate(CreateContext(instance, negotiation, ruleSets));
    }
}
