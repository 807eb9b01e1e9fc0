namespace Negotiation.Model.Tests.Ids;

public sealed class DemandIdTests : IdTests<DemandId>
{
    private protected override DemandId Create(string value) => new(value);

    private protected override bool TryCreate(string? value, out DemandId id) => DemandId.TryCreate(value, out id);

    private protected override string ValueOf(DemandId id) => id.Value;

    private protected override bool IsValid(DemandId id) => id.IsValid;

    private protected override bool Less(DemandId left, DemandId right) => left < right;

    private protected override bool Greater(DemandId left, DemandId right) => left > right;

    private protected override bool LessOrEqual(DemandId left, DemandId right) => left <= right;

    private protected override bool GreaterOrEqual(DemandId left, DemandId right) => left >= right;
}
