using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>
/// Questions about documents: how revisions differ (provisions added, removed, changed), which documents reply to one, and
/// what a party may see.
/// </summary>
/// <remarks>
/// A party may see a document when it is public (handed over as public, or published or leaked since), or when it is one
/// of its authors, addressees or named readers, or a member of such an organisation when the document was handed over.
/// Ask a case returned by <see cref="NegotiationCase.AsOf(NodaTime.LocalDate)"/> for what a party could see on a day: a
/// later leak is not in it.
/// </remarks>
public static class DocumentQueries
{
    /// <summary>Compares two revisions of a document.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="document">The document.</param>
    /// <param name="from">The earlier revision (0 for none).</param>
    /// <param name="to">The later revision.</param>
    /// <returns>The provisions added, removed and changed.</returns>
    /// <exception cref="ArgumentException">The case has no document <paramref name="document"/>; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A revision number is out of range.</exception>
    /// <example>
    /// <code>
    /// var diff = negotiation.CompareRevisions(new DocumentId("draft-framework"), 1, 2);
    /// foreach (var change in diff.Changed) Console.WriteLine(change);
    /// </code>
    /// </example>
    public static RevisionDiff CompareRevisions(this NegotiationCase negotiation, DocumentId document, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var d = Guard.Known(negotiation.Documents, document, "document", nameof(document));
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, d.RevisionList.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(to, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, d.RevisionList.Count);
        return Diff(document, from, from == 0 ? [] : d.RevisionList[from - 1].Provisions, to, d.RevisionList[to - 1].Provisions);
    }

    /// <summary>Gets a document's revisions as a history of differences: each revision against the one before (the first
    /// against nothing).</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="document">The document.</param>
    /// <returns>One difference per revision, oldest first.</returns>
    /// <exception cref="ArgumentException">The case has no document <paramref name="document"/>; the message names it.</exception>
    /// <example>
    /// <code>
    /// foreach (var step in negotiation.RevisionHistory(new DocumentId("draft-framework"))) Console.WriteLine(step);
    /// </code>
    /// </example>
    public static ImmutableArray<RevisionDiff> RevisionHistory(this NegotiationCase negotiation, DocumentId document)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var count = Guard.Known(negotiation.Documents, document, "document", nameof(document)).RevisionList.Count;
        return [.. Enumerable.Range(1, count).Select(n => negotiation.CompareRevisions(document, n - 1, n))];
    }

    /// <summary>Gets the documents that reply to a document.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="document">The document replied to.</param>
    /// <returns>The replies, ordered by id.</returns>
    /// <example>
    /// <code>
    /// var answers = negotiation.RepliesTo(new DocumentId("draft-treaty-us"));
    /// </code>
    /// </example>
    public static ImmutableArray<Document> RepliesTo(this NegotiationCase negotiation, DocumentId document)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return [.. negotiation.Data.Indexes.Replies.Get(document).Select(id => negotiation.Documents[id])];
    }

    /// <summary>Gets whether a party may see a document.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="party">The party.</param>
    /// <param name="document">The document.</param>
    /// <returns><see langword="true"/> when the document is public or the party is among its readers.</returns>
    /// <exception cref="ArgumentException">The case has no document <paramref name="document"/>; the message names it.</exception>
    /// <example>
    /// <code>
    /// bool eu = negotiation.CanSee(new PartyId("eu"), new DocumentId("us-response"));
    /// </code>
    /// </example>
    public static bool CanSee(this NegotiationCase negotiation, PartyId party, DocumentId document)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return Readers.CanSee(negotiation.Data, Guard.Known(negotiation.Documents, document, "document", nameof(document)), party);
    }

    /// <summary>Gets the documents a party may see.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="party">The party.</param>
    /// <returns>The documents, ordered by id.</returns>
    /// <example>
    /// <code>
    /// var readable = negotiation.DocumentsVisibleTo(new PartyId("eu"));
    /// </code>
    /// </example>
    public static ImmutableArray<Document> DocumentsVisibleTo(this NegotiationCase negotiation, PartyId party)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        var index = negotiation.Data.Indexes;
        var candidates = index.OrganisationsOf.Get(party).Prepend(party)
            .SelectMany(index.ReadableDocuments.Get)
            .Concat(index.PublicDocuments)
            .Distinct()
            .Order();
        return [.. candidates.Select(id => negotiation.Documents[id]).Where(d => Readers.CanSee(negotiation.Data, d, party))];
    }

    private static RevisionDiff Diff(DocumentId document, int from, EquatableArray<Provision> before, int to, EquatableArray<Provision> after)
    {
        var old = before.ToDictionary(p => p.Article, StringComparer.Ordinal);
        var now = after.Select(p => p.Article).ToHashSet(StringComparer.Ordinal);
        var added = after.Where(p => !old.ContainsKey(p.Article)).ToEquatableArray();
        var removed = before.Where(p => !now.Contains(p.Article)).ToEquatableArray();
        var changed = after.Where(p => old.TryGetValue(p.Article, out var was) && was.Text != p.Text)
            .Select(p => new ProvisionChange(old[p.Article], p))
            .ToEquatableArray();
        return new RevisionDiff(document, from, to, added, removed, changed);
    }
}
