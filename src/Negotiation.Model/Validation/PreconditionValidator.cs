using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates a precondition on its own: composites have parts, references resolve, and the dates it requires
/// leave at least one day.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.PreconditionTooDeep"/> (deeper than <see cref="DepthLimit"/>),
/// <see cref="ErrorCodes.EmptyComposite"/>, <see cref="ErrorCodes.ContradictoryWindow"/>,
/// <see cref="ErrorCodes.IdMissing"/>. With a case (<see cref="CaseValidation"/>): the rounds, documents, demands and
/// parties it names resolve (<see cref="ErrorCodes.UnknownRound"/>, <see cref="ErrorCodes.UnknownDocument"/>,
/// <see cref="ErrorCodes.UnknownDemand"/>, <see cref="ErrorCodes.UnknownParty"/>).</para>
/// <para>Simple parts are numbered depth first, as <see cref="Precondition.Leaves"/> lists them: <c>Precondition[0]</c>.
/// The rules that need the guarded round (it does not require itself, its planned time fits) are the
/// <see cref="RoundValidator"/>'s, which applies these rules too under <c>Rounds[id].Precondition</c>. Stateless and
/// thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class PreconditionValidator : AbstractValidator<Precondition>
{
    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public PreconditionValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(p => p).Custom((precondition, context) => PreconditionRules.Check(context, precondition, guarded: null));
    }

    /// <summary>The deepest precondition a case accepts (<see cref="ErrorCodes.PreconditionTooDeep"/>): far beyond any
    /// precondition a negotiation states. (The number of simple parts needs no limit of its own: no precondition of
    /// more than <see cref="Precondition.MaxLeaves"/> can be made, and every walk is linear in them.)</summary>
    public const int DepthLimit = 32;

    /// <summary>Gets the shared instance.</summary>
    public static PreconditionValidator Instance => Shared<PreconditionValidator>.Value;

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Precondition> context, ValidationResult result) => context.Enter("Precondition");
}
