namespace Negotiation.Model.Tests.Ids;

public sealed class DeadlineIdTests : IdTests<DeadlineId>
{
    private protected override DeadlineId Create(string value) => new(value);

    private protected override bool TryCreate(string? value, out DeadlineId id) => DeadlineId.TryCreate(value, out id);

    private protected override string ValueOf(DeadlineId id) => id.Value;

    private protected override bool IsValid(DeadlineId id) => id.IsValid;

    private protected override bool Less(DeadlineId left, DeadlineId right) => left < right;

    private protected override bool Greater(DeadlineId left, DeadlineId right) => left > right;

    private protected override bool LessOrEqual(DeadlineId left, DeadlineId right) => left <= right;

    private protected override bool GreaterOrEqual(DeadlineId left, DeadlineId right) => left >= right;
}
