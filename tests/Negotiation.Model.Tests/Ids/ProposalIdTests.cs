namespace Negotiation.Model.Tests.Ids;

public sealed class ProposalIdTests : IdTests<ProposalId>
{
    private protected override ProposalId Create(string value) => new(value);

    private protected override bool TryCreate(string? value, out ProposalId id) => ProposalId.TryCreate(value, out id);

    private protected override string ValueOf(ProposalId id) => id.Value;

    private protected override bool IsValid(ProposalId id) => id.IsValid;

    private protected override bool Less(ProposalId left, ProposalId right) => left < right;

    private protected override bool Greater(ProposalId left, ProposalId right) => left > right;

    private protected override bool LessOrEqual(ProposalId left, ProposalId right) => left <= right;

    private protected override bool GreaterOrEqual(ProposalId left, ProposalId right) => left >= right;
}
