using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates a proposal: who offers what to whom, what it answers, and where it was made.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.TextRequired"/>, <see cref="ErrorCodes.TextTooLong"/> (text and
/// condition), <see cref="ErrorCodes.NoAddressee"/>, <see cref="ErrorCodes.AuthorAmongAddressees"/>,
/// <see cref="ErrorCodes.AnswerNotAnOffer"/> (it answers demands, documents or proposals),
/// <see cref="ErrorCodes.ProposalAnswersItself"/>, <see cref="ErrorCodes.IdMissing"/>,
/// <see cref="ErrorCodes.DuplicateEntry"/>. With a case (<see cref="CaseValidation"/>): parties, topics, what it
/// answers and its source resolve, and the source belongs to the author (as for a <see cref="DemandValidator"/>).</para>
/// <para>Paths start at <c>Proposals[id]</c>. Stateless and thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class ProposalValidator : AbstractValidator<Proposal>
{
    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public ProposalValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(p => p.Text).IsAText();
        RuleFor(p => p.Author).IsAKnownParty();
        RuleFor(p => p.Addressees)
            .HasItems().WithErrorCode(ErrorCodes.NoAddressee).WithMessage("The proposal is addressed to nobody; name at least one addressee.")
            .AreKnownParties();
        RuleFor(p => p.Addressees).Custom((addressees, context) => context.AuthorNotAddressed(context.InstanceToValidate.Author, addressees, "proposal"));
        RuleFor(p => p.Topics).AreKnownTopics();
        RuleFor(p => p.Answers).Custom(CheckAnswers);
        RuleFor(p => p.Source).Custom((source, context) => context.CheckSource(source, context.InstanceToValidate.Author));
        RuleFor(p => p.Condition!).IsAText("condition").When(p => p.Condition is not null);
    }

    /// <summary>Gets the shared instance.</summary>
    public static ProposalValidator Instance => Shared<ProposalValidator>.Value;

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Proposal> context, ValidationResult result) =>
        context.Enter("Proposals", context.InstanceToValidate?.Id.ToString());

    private static void CheckAnswers(EquatableArray<SubjectRef> answers, ValidationContext<Proposal> context)
    {
        var self = context.InstanceToValidate.Id;
        var data = context.Data();
        context.EachReference(answers, (answer, path) => answer switch
        {
            { IsValid: true, Kind: not (SubjectKind.Demand or SubjectKind.Document or SubjectKind.Proposal) } =>
                Failures.Error(ErrorCodes.AnswerNotAnOffer, path, $"A proposal answers demands, documents or proposals; '{answer}' is none of these. Name it in a statement instead."),
            { IsValid: true, Kind: SubjectKind.Proposal } when answer.Id == self.Value =>
                Failures.Error(ErrorCodes.ProposalAnswersItself, path, "The proposal answers itself; name the demand, document or proposal it answers."),
            _ => References.Subject(data, answer, path),
        });
    }
}
