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
    public EquatableArray<Provision> Provisions { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"{Document.Authors} presented '{Document.Title}' to {Document.Addressees}";

    internal override void Apply(CaseEditor editor)
    {
        var d = Document;
        editor.NewId(editor.Data.Documents, d.Id, $"Documents[{d.Id}]", "document");
        var stored = d with
        {
            Revisions = [new DocumentRevision(1, Occurred, Provisions)],
            HandedOver = Occurred,
            Disclosed = d.Visibility == Visibility.Public ? Occurred : null,
            DisclosedBy = d.Visibility == Visibility.Public ? Disclosure.Published : null,
        };
        editor.Validate(DocumentValidator.Instance, stored);
        editor.Data = editor.Data with { Documents = editor.Data.Documents.SetItem(d.Id, stored) };
    }
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
    public EquatableArray<Provision> Provisions { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"{By} revised {Document}";

    internal override void Apply(CaseEditor editor)
    {
        var path = $"Documents[{Document}]";
        if (!editor.Document(Document, path))
        {
            return;
        }

        var document = editor.Data.Documents[Document];
        var number = document.Revisions.Count + 1;
        if (!document.Authors.Contains(By))
        {
            editor.Error(ErrorCodes.RevisedByNonAuthor, path + ".Authors", $"'{By}' is not an author of '{document.Title}'; only its authors revise it.");
        }

        var revised = document with { Revisions = document.Revisions.Items.Add(new DocumentRevision(number, Occurred, Provisions)) };
        editor.Validate(DocumentValidator.Instance, revised, DocumentValidator.LatestRevisionRules);
        editor.Data = editor.Data with { Documents = editor.Data.Documents.SetItem(Document, revised) };
    }
}

/// <summary>A confidential document becomes public, by publication or leak.</summary>
/// <remarks>Refused when the document is unknown, already public, or disclosed before it was handed over. Equality is by
/// value.</remarks>
public sealed record DocumentDisclosed : Fact
{
    /// <summary>Gets the document.</summary>
    public required DocumentId Document { get; init; }

    /// <summary>Gets how it became public.</summary>
    public Disclosure How { get; init; } = Disclosure.Published;

    /// <inheritdoc />
    public override string Describe() => $"{Document} {(How == Disclosure.Leaked ? "leaked" : "published")}";

    internal override void Apply(CaseEditor editor)
    {
        var path = $"Documents[{Document}]";
        if (!editor.Document(Document, path))
        {
            return;
        }

        var document = editor.Data.Documents[Document];
        if (document.Disclosed is not null)
        {
            editor.Error(ErrorCodes.AlreadyPublic, path + ".Disclosed", $"'{document.Title}' is already public ({document.Disclosed}).");
            return;
        }

        var disclosed = document with { Disclosed = Occurred, DisclosedBy = How };
        editor.Validate(DocumentValidator.Instance, disclosed, DocumentValidator.DisclosureRules);
        editor.Data = editor.Data with { Documents = editor.Data.Documents.SetItem(Document, disclosed) };
    }
}
