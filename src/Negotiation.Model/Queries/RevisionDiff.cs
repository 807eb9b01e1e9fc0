namespace Negotiation.Model;

/// <summary>What changed between two revisions of a document: provisions added, removed and changed, matched by article
/// number.</summary>
/// <remarks>
/// <para>Produced by <see cref="DocumentQueries.CompareRevisions(NegotiationCase, DocumentId, int, int)"/> and
/// <see cref="DocumentQueries.RevisionHistory(NegotiationCase, DocumentId)"/>. Provisions are listed in the order of the
/// text (added and changed: the later revision's order; removed: the earlier's). Revision 0 stands for "nothing yet", so
/// the history's first entry lists revision 1 as added. Equality is by value.</para>
/// </remarks>
public sealed record RevisionDiff
{
    internal RevisionDiff(DocumentId document, int from, int to, EquatableArray<Provision> added, EquatableArray<Provision> removed, EquatableArray<ProvisionChange> changed)
    {
        Document = document;
        From = from;
        To = to;
        Added = added;
        Removed = removed;
        Changed = changed;
    }

    /// <summary>Gets the document.</summary>
    public DocumentId Document { get; }

    /// <summary>Gets the earlier revision's number (0 for none).</summary>
    public int From { get; }

    /// <summary>Gets the later revision's number.</summary>
    public int To { get; }

    /// <summary>Gets the provisions only the later revision has.</summary>
    public EquatableArray<Provision> Added { get; }

    /// <summary>Gets the provisions only the earlier revision has.</summary>
    public EquatableArray<Provision> Removed { get; }

    /// <summary>Gets the provisions both have, with different text.</summary>
    public EquatableArray<ProvisionChange> Changed { get; }

    /// <summary>Gets whether the two revisions have the same provisions.</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty;

    /// <summary>Lists the differences, one per line: <c>+</c> added, <c>-</c> removed, <c>~</c> changed.</summary>
    /// <returns>The differences, or "no changes".</returns>
    public override string ToString()
    {
        var lines = Added.Select(p => $"+ art. {p.Article}: \"{p.Text}\"")
            .Concat(Removed.Select(p => $"- art. {p.Article}: \"{p.Text}\""))
            .Concat(Changed.Select(c => c.ToString()))
            .ToList();
        return $"{Document} r{From} → r{To}: " + (lines.Count == 0 ? "no changes" : Environment.NewLine + string.Join(Environment.NewLine, lines));
    }
}
