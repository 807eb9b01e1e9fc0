using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>A party makes a proposal.</summary>
/// <remarks>Refused when the id is taken or the <see cref="ProposalValidator"/> finds an error: the text is blank, a party is
/// unknown, the author is among the addressees, there is no addressee, or what it answers is unknown, not a demand,
/// document or proposal, or the proposal itself. Equality is by value.</remarks>
public sealed record ProposalMade : Fact
{
    /// <summary>Gets the proposal.</summary>
    public required Proposal Proposal { get => field; init => field = Guard.NotNull(value, nameof(Proposal)); }

    /// <inheritdoc />
    public override string Describe() => $"{Proposal.Author} proposes to {Proposal.Addressees}: {Proposal.Text}";

    internal override void Check(FactCheck check)
    {
        check.NewId(check.Data.Proposals, Proposal.Id, $"Proposals[{Proposal.Id}]", "proposal");
        check.Validate(ProposalValidator.Instance, Proposal);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Proposal);

    internal override Fact? Redact(Redaction redaction)
    {
        if (redaction.Hides(Proposal.Id))
        {
            return null;
        }

        var answers = Redaction.Keep(Proposal.Answers, redaction.Hides);
        return answers == Proposal.Answers ? this : this with { Proposal = Proposal with { Answers = answers } };
    }
}
