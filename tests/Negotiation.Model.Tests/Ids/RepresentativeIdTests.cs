namespace Negotiation.Model.Tests.Ids;

public sealed class RepresentativeIdTests : IdTests<RepresentativeId>
{
    private protected override RepresentativeId Create(string value) => new(value);

    private protected override bool TryCreate(string? value, out RepresentativeId id) => RepresentativeId.TryCreate(value, out id);

    private protected override string ValueOf(RepresentativeId id) => id.Value;

    private protected override bool IsValid(RepresentativeId id) => id.IsValid;

    private protected override bool Less(RepresentativeId left, RepresentativeId right) => left < right;

    private protected override bool Greater(RepresentativeId left, RepresentativeId right) => left > right;

    private protected override bool LessOrEqual(RepresentativeId left, RepresentativeId right) => left <= right;

    private protected override bool GreaterOrEqual(RepresentativeId left, RepresentativeId right) => left >= right;
}
