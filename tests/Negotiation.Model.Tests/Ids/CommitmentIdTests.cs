namespace Negotiation.Model.Tests.Ids;

public sealed class CommitmentIdTests : IdTests<CommitmentId>
{
    private protected override CommitmentId Create(string value) => new(value);

    private protected override bool TryCreate(string? value, out CommitmentId id) => CommitmentId.TryCreate(value, out id);

    private protected override string ValueOf(CommitmentId id) => id.Value;

    private protected override bool IsValid(CommitmentId id) => id.IsValid;

    private protected override bool Less(CommitmentId left, CommitmentId right) => left < right;

    private protected override bool Greater(CommitmentId left, CommitmentId right) => left > right;

    private protected override bool LessOrEqual(CommitmentId left, CommitmentId right) => left <= right;

    private protected override bool GreaterOrEqual(CommitmentId left, CommitmentId right) => left >= right;
}
