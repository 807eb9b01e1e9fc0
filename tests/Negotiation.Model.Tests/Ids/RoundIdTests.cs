namespace Negotiation.Model.Tests.Ids;

public sealed class RoundIdTests : IdTests<RoundId>
{
    private protected override RoundId Create(string value) => new(value);

    private protected override bool TryCreate(string? value, out RoundId id) => RoundId.TryCreate(value, out id);

    private protected override string ValueOf(RoundId id) => id.Value;

    private protected override bool IsValid(RoundId id) => id.IsValid;

    private protected override bool Less(RoundId left, RoundId right) => left < right;

    private protected override bool Greater(RoundId left, RoundId right) => left > right;

    private protected override bool LessOrEqual(RoundId left, RoundId right) => left <= right;

    private protected override bool GreaterOrEqual(RoundId left, RoundId right) => left >= right;
}
