namespace Negotiation.Model.Tests.Ids;

public sealed class DevelopmentIdTests : IdTests<DevelopmentId>
{
    private protected override DevelopmentId Create(string value) => new(value);

    private protected override bool TryCreate(string? value, out DevelopmentId id) => DevelopmentId.TryCreate(value, out id);

    private protected override string ValueOf(DevelopmentId id) => id.Value;

    private protected override bool IsValid(DevelopmentId id) => id.IsValid;

    private protected override bool Less(DevelopmentId left, DevelopmentId right) => left < right;

    private protected override bool Greater(DevelopmentId left, DevelopmentId right) => left > right;

    private protected override bool LessOrEqual(DevelopmentId left, DevelopmentId right) => left <= right;

    private protected override bool GreaterOrEqual(DevelopmentId left, DevelopmentId right) => left >= right;
}
