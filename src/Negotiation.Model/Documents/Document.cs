using System.Diagnostics;

namespace Negotiation.Model;

/// <summary>A draft treaty, draft agreement, written response, non-paper, letter, joint statement or communiqué.</summary>
/// <remarks>
/// <para>A document enters a case through a <see cref="DocumentPresented"/> fact, which becomes revision 1; later
/// <see cref="DocumentRevised"/> facts append revisions, never overwrite them. A confidential document becomes public
/// through a <see cref="DocumentDisclosed"/> fact (publication or leak).</para>
/// <para>The members a case fills in (<see cref="Revisions"/>, <see cref="HandedOver"/>, <see cref="Disclosed"/>,
/// <see cref="DisclosedBy"/>) cannot be set from outside the library. Equality is by value.</para>
/// </remarks>
/// <param name="Id">The document's id.</param>
/// <param name="Kind">What sort of document it is.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Authors">The parties that wrote it.</param>
/// <param name="Addressees">The parties it is addressed to.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Document(DocumentId Id, DocumentKind Kind, string Title, EquatableArray<PartyId> Authors, EquatableArray<PartyId> Addressees)
{
    /// <summary>Gets the document's id.</summary>
    public DocumentId Id { get; init => field = Guard.Id(value, value.IsValid, nameof(Id)); } = Guard.Id(Id, Id.IsValid, nameof(Id));

    /// <summary>Gets the document's title.</summary>
    public string Title { get; init => field = Guard.NotNull(value, nameof(Title)); } = Guard.NotNull(Title, nameof(Title));

    /// <summary>Gets the document this one replies to, if any.</summary>
    public DocumentId? RepliesTo { get; init; }

    /// <summary>Gets the document this one is an annex, protocol or other part of, if any: an annex is part of its
    /// document.</summary>
    public DocumentId? PartOf { get; init; }

    /// <summary>Gets the documents this one interprets or reads the same text as (an interpretive instrument, a
    /// translation, a joint reading), as distinct from replying to them (<see cref="RepliesTo"/>).</summary>
    public EquatableArray<DocumentId> Interprets { get; init; }

    /// <summary>Gets who may see the document when it is handed over.</summary>
    public Visibility Visibility { get; init; } = Visibility.Confidential;

    /// <summary>Gets the further readers of a document shared with named parties.</summary>
    public EquatableArray<PartyId> SharedWith { get; init; }

    // A persistent list: a revision shares the earlier ones with the document as it was (see SharedList).
    private readonly SharedList<DocumentRevision> revisions = SharedList<DocumentRevision>.Empty;

    /// <summary>Gets the revisions, oldest first (filled in by the case).</summary>
    public EquatableArray<DocumentRevision> Revisions { get => revisions.Array; internal init => revisions = SharedList<DocumentRevision>.From(value); }

    /// <summary>Gets the revisions as the persistent list the engine changes.</summary>
    internal SharedList<DocumentRevision> RevisionList { get => revisions; init => revisions = value; }

    /// <summary>Gets when revision 1 was handed over (filled in by the case).</summary>
    public Moment? HandedOver { get; internal init; }

    /// <summary>Gets when a confidential document became public, if it did (filled in by the case).</summary>
    public Moment? Disclosed { get; internal init; }

    /// <summary>Gets how a confidential document became public, if it did (filled in by the case).</summary>
    public Disclosure? DisclosedBy { get; internal init; }

    /// <summary>Gets who handed the document over, to whom and in which round, where known (filled in by the case from
    /// <see cref="DocumentPresented.Handover"/>).</summary>
    public Handover? Handover { get; internal init; }

    /// <summary>Gets the party that leaked the document, when it was leaked and the leaker is known (filled in by the case
    /// from <see cref="DocumentDisclosed.LeakedBy"/>).</summary>
    public PartyId? LeakedBy { get; internal init; }

    /// <summary>Gets the latest revision, or <see langword="null"/> before the document is presented.</summary>
    public DocumentRevision? LatestRevision => revisions.Count == 0 ? null : revisions[revisions.Count - 1];

    /// <summary>Gets whether the parties named can read the document at all (before any disclosure).</summary>
    /// <param name="party">The party.</param>
    /// <returns><see langword="true"/> for authors, addressees, named readers, and anyone when public.</returns>
    public bool IsReadableBy(PartyId party) =>
        Visibility == Visibility.Public || Authors.Contains(party) || Addressees.Contains(party) || SharedWith.Contains(party);

    /// <summary>Gets the kind, id and name in one short, culture-invariant line, such as <c>Document ru-us-draft-treaty (Treaty on security guarantees)</c>; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Document), Id.ToString(), Title);
}
