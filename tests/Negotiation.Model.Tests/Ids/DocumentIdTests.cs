namespace Negotiation.Model.Tests.Ids;

public sealed class DocumentIdTests : IdTests<DocumentId>
{
    private protected override DocumentId Create(string value) => new(value);

    private protected override bool TryCreate(string? value, out DocumentId id) => DocumentId.TryCreate(value, out id);

    private protected override string ValueOf(DocumentId id) => id.Value;

    private protected override bool IsValid(DocumentId id) => id.IsValid;

    private protected override bool Less(DocumentId left, DocumentId right) => left < right;

    private protected override bool Greater(DocumentId left, DocumentId right) => left > right;

    private protected override bool LessOrEqual(DocumentId left, DocumentId right) => left <= right;

    private protected override bool GreaterOrEqual(DocumentId left, DocumentId right) => left >= right;
}
