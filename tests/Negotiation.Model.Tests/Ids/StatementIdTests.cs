namespace Negotiation.Model.Tests.Ids;

public sealed class StatementIdTests : IdTests<StatementId>
{
    private protected override StatementId Create(string value) => new(value);

    private protected override bool TryCreate(string? value, out StatementId id) => StatementId.TryCreate(value, out id);

    private protected override string ValueOf(StatementId id) => id.Value;

    private protected override bool IsValid(StatementId id) => id.IsValid;

    private protected override bool Less(StatementId left, StatementId right) => left < right;

    private protected override bool Greater(StatementId left, StatementId right) => left > right;

    private protected override bool LessOrEqual(StatementId left, StatementId right) => left <= right;

    private protected override bool GreaterOrEqual(StatementId left, StatementId right) => left >= right;
}
