namespace Negotiation.Model.Tests.Ids;

public sealed class CaseIdTests : IdTests<CaseId>
{
    private protected override CaseId Create(string value) => new(value);

    private protected override bool TryCreate(string? value, out CaseId id) => CaseId.TryCreate(value, out id);

    private protected override string ValueOf(CaseId id) => id.Value;

    private protected override bool IsValid(CaseId id) => id.IsValid;

    private protected override bool Less(CaseId left, CaseId right) => left < right;

    private protected override bool Greater(CaseId left, CaseId right) => left > right;

    private protected override bool LessOrEqual(CaseId left, CaseId right) => left <= right;

    private protected override bool GreaterOrEqual(CaseId left, CaseId right) => left >= right;
}
