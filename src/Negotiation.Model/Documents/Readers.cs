using NodaTime;

namespace Negotiation.Model;

/// <summary>Who may see a document or know of a statement: the rule behind the visibility queries and the party views.</summary>
/// <remarks>
/// A party may see a document when it is public (handed over as public, or published or leaked since), or when it is
/// among its authors, addressees or named readers, or was a member of one of those organisations on the last day it may
/// have been handed over. Statements likewise, by their party, addressees and named readers; a confidential statement
/// has no disclosure in the model and stays confidential.
/// </remarks>
internal static class Readers
{
    public static bool CanSee(CaseData data, Document document, PartyId party) =>
        document.Disclosed is not null
        || Named(data, document.Authors.Concat(document.Addressees).Concat(document.SharedWith), party, (document.HandedOver ?? default).LatestDate);

    public static bool CanSee(CaseData data, Statement statement, PartyId party) =>
        statement.Visibility == Visibility.Public
        || Named(data, statement.Addressees.Concat(statement.SharedWith).Prepend(statement.Party), party, statement.Made.LatestDate);

    private static bool Named(CaseData data, IEnumerable<PartyId> readers, PartyId party, LocalDate on) =>
        readers.Any(reader => reader == party || (data.Parties.TryGetValue(reader, out var p) && p is Organisation o && o.HasMember(party, on)));
}
