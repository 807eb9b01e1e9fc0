namespace Negotiation.Model.Tests.Ids;

public sealed class AgreementIdTests : IdTests<AgreementId>
{
    private protected override AgreementId Create(string value) => new(value);

    private protected override bool TryCreate(string? value, out AgreementId id) => AgreementId.TryCreate(value, out id);

    private protected override string ValueOf(AgreementId id) => id.Value;

    private protected override bool IsValid(AgreementId id) => id.IsValid;

    private protected override bool Less(AgreementId left, AgreementId right) => left < right;

    private protected override bool Greater(AgreementId left, AgreementId right) => left > right;

    private protected override bool LessOrEqual(AgreementId left, AgreementId right) => left <= right;

    private protected override bool GreaterOrEqual(AgreementId left, AgreementId right) => left >= right;
}
