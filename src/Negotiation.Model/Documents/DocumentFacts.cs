using Negotiation.Model.Validation;

namespace Negotiation.Model;

/// <summary>A document is handed over: it enters the case with its provisions as revision 1.</summary>
/// <remarks>Refused when the id is taken or the <see cref="DocumentValidator"/> finds an error: the title is blank, there
/// is no author, a party is unknown, the document it replies to is unknown or was not presented before it, a confidential
/// document has no addressee, a document shared with named parties names none (or names readers without being shared),
/// or two provisions share a number. A public document counts as published when handed over. Equality is by value.</remarks>
public sealed record DocumentPresented : Fact
{
    /// <summary>Gets the document.</summary>
    public required Document Document { get => field; init => field = Guard.NotNull(value, nameof(Document)); }

    /// <summary>Gets the provisions of revision 1, in the order of the text.</summary>
    /// <exception cref="ArgumentNullException">A provision is <see langword="null"/>.</exception>
    public EquatableArray<Provision> Provisions { get; init => field = Guard.NoNulls(value, nameof(Provisions)); }

    /// <summary>Gets who handed the document over, to whom and in which round, where known.</summary>
    public Handover? Handover { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"{Document.Authors} presented '{Document.Title}' to {Document.Addressees}";

    internal override void Check(FactCheck check)
    {
        check.NewId(check.Data.Documents, Document.Id, $"Documents[{Document.Id}]", "document");
        check.Validate(DocumentValidator.Instance, Stored);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Stored);

    private Document Stored => Document with
    {
        Revisions = [new DocumentRevision(1, Occurred, Provisions)],
        HandedOver = Occurred,
        Handover = Handover,
        Disclosed = Document.Visibility == Visibility.Public ? Occurred : null,
        DisclosedBy = Document.Visibility == Visibility.Public ? Disclosure.Published : null,
    };

    internal override Fact? Redact(Redaction redaction) =>
        redaction.Hides(Document.Id) ? null
        : Document.RepliesTo is { } original && redaction.Hides(original) ? (this with { Document = Document with { RepliesTo = null } }).Redact(redaction)
        : Document.PartOf is { } whole && redaction.Hides(whole) ? (this with { Document = Document with { PartOf = null } }).Redact(redaction)
        : Redaction.Keep(Document.Interprets, redaction.Hides) is var interprets && interprets != Document.Interprets ? this with { Document = Document with { Interprets = interprets } }
        : this;
}

/// <summary>An author hands over a new revision of a document; earlier revisions are kept.</summary>
/// <remarks>Refused when the document is unknown, the party revising it is not an author, the revision is not presented
/// after the previous one, or two provisions share a number. Equality is by value.</remarks>
public sealed record DocumentRevised : Fact
{
    /// <summary>Gets the document.</summary>
    public required DocumentId Document { get; init; }

    /// <summary>Gets the author that hands over the revision.</summary>
    public required PartyId By { get; init; }

    /// <summary>Gets the provisions of the new revision, in the order of the text.</summary>
    /// <exception cref="ArgumentNullException">A provision is <see langword="null"/>.</exception>
    public EquatableArray<Provision> Provisions { get; init => field = Guard.NoNulls(value, nameof(Provisions)); }

    /// <inheritdoc />
    public override string Describe() => $"{By} revised {Document}";

    internal override void Check(FactCheck check)
    {
        var path = $"Documents[{Document}]";
        if (!check.Document(Document, path))
        {
            return;
        }

        var document = check.Data.Documents[Document];
        if (!document.Authors.Contains(By))
        {
            check.Error(ErrorCodes.RevisedByNonAuthor, path + ".Authors", $"'{By}' is not an author of '{document.Title}'; only its authors revise it.");
        }

        check.Validate(DocumentValidator.Instance, Revised(document), DocumentValidator.LatestRevisionRules);
    }

    internal override void Evolve(CaseEvolution evolution) => evolution.Put(Revised(evolution.Documents[Document]));

    private Document Revised(Document document) =>
        document with { RevisionList = document.RevisionList.Add(new DocumentRevision(document.RevisionList.Count + 1, Occurred, Provisions)) };

    internal override Fact? Redact(Redaction redaction) => redaction.Hides(Document) ? null : this;
}

/// <summary>A confidential document becomes public, by publication or leak.</summary>
/// <remarks>Refused when the document is unknown, already public, or disclosed before it was handed over, or when a leaker
/// is named for a publication or is unknown (<see cref="ErrorCodes.LeakerWithoutLeak"/>). Equality is by value.</remarks>
public sealed record DocumentDisclosed : Fact
{
    /// <summary>Gets the document.</summary>
    public required DocumentId Document { get; init; }

    /// <summary>Gets how it became public.</summary>
    public Disclosure How { get; init; } = Disclosure.Published;

    /// <summary>Gets the party that leaked it, for a leak whose source is known.</summary>
    public PartyId? LeakedBy { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"{Document} {(How == Disclosure.Leaked ? "leaked" : "published")}";

    internal override void Check(FactCheck check)
    {
        var path = $"Documents[{Document}]";
        if (!check.Document(Document, path))
        {
            return;
        }

        var document = check.Data.Documents[Document];
        if (document.Disclosed is not null)
        {
            check.Error(ErrorCodes.AlreadyPublic, path + ".Disclosed", $"'{document.Title}' is already public ({document.Disclosed}).");
            return;
        }

        check.Validate(DocumentValidator.Instance, document with { Disclosed = Occurred, DisclosedBy = How, LeakedBy = LeakedBy }, DocumentValidator.DisclosureRules);
    }

    internal override void Evolve(CaseEvolution evolution) =>
        evolution.Put(evolution.Documents[Document] with { Disclosed = Occurred, DisclosedBy = How, LeakedBy = LeakedBy });

    internal override Fact? Redact(Redaction redaction) => redaction.Hides(Document) ? null : this;
}
