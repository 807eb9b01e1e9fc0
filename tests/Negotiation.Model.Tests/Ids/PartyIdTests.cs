namespace Negotiation.Model.Tests.Ids;

public sealed class PartyIdTests : IdTests<PartyId>
{
    private protected override PartyId Create(string value) => new(value);

    private protected override bool TryCreate(string? value, out PartyId id) => PartyId.TryCreate(value, out id);

    private protected override string ValueOf(PartyId id) => id.Value;

    private protected override bool IsValid(PartyId id) => id.IsValid;

    private protected override bool Less(PartyId left, PartyId right) => left < right;

    private protected override bool Greater(PartyId left, PartyId right) => left > right;

    private protected override bool LessOrEqual(PartyId left, PartyId right) => left <= right;

    private protected override bool GreaterOrEqual(PartyId left, PartyId right) => left >= right;
}
