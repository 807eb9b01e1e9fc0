namespace Negotiation.Model.Tests.Ids;

public sealed class TopicIdTests : IdTests<TopicId>
{
    private protected override TopicId Create(string value) => new(value);

    private protected override bool TryCreate(string? value, out TopicId id) => TopicId.TryCreate(value, out id);

    private protected override string ValueOf(TopicId id) => id.Value;

    private protected override bool IsValid(TopicId id) => id.IsValid;

    private protected override bool Less(TopicId left, TopicId right) => left < right;

    private protected override bool Greater(TopicId left, TopicId right) => left > right;

    private protected override bool LessOrEqual(TopicId left, TopicId right) => left <= right;

    private protected override bool GreaterOrEqual(TopicId left, TopicId right) => left >= right;
}
