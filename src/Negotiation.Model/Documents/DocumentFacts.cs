namespace Negotiation.Model;

/// <summary>A document is handed over: it enters the case with its provisions as revision 1.</summary>
/// <remarks>Refused when the id is taken, the title is blank, there is no author, a party is unknown, the document it
/// replies to is unknown or was not presented before it, a document shared with named parties names none, or two
/// provisions share a number. A public document counts as published when handed over. Equality is by value.</remarks>
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
        var path = $"Documents[{d.Id}]";
        editor.NewId(editor.Data.Documents, d.Id, path, "document");
        editor.Name(d.Title, path + ".Title");
        if (d.Authors.IsEmpty)
        {
            editor.Error(ErrorCodes.NoAuthor, path + ".Authors", "The document has no author; name the parties that wrote it.");
        }

        editor.Parties(d.Authors, path + ".Authors");
        editor.Parties(d.Addressees, path + ".Addressees");
        editor.Parties(d.SharedWith, path + ".SharedWith");
        if (d.Visibility == Visibility.SharedWithNamedParties && d.SharedWith.IsEmpty)
        {
            editor.Error(ErrorCodes.SharedWithNobody, path + ".SharedWith", "The document is shared with named parties but names none; list them or make it confidential.");
        }

        if (d.RepliesTo is { } repliesTo && editor.Document(repliesTo, path + ".RepliesTo"))
        {
            var original = editor.Data.Documents[repliesTo];
            if (original.HandedOver is { } handedOver && handedOver.IsBefore(Occurred).IsNo)
            {
                editor.Error(ErrorCodes.ReplyToLaterDocument, path + ".RepliesTo", $"'{d.Title}' ({Occurred}) cannot reply to '{original.Title}', presented later ({handedOver}).");
            }
        }

        Revision.CheckProvisions(editor, Provisions, $"{path}.Revisions[1]");
        var stored = d with
        {
            Revisions = [new DocumentRevision(1, Occurred, Provisions)],
            HandedOver = Occurred,
            Disclosed = d.Visibility == Visibility.Public ? Occurred : null,
            DisclosedBy = d.Visibility == Visibility.Public ? Disclosure.Published : null,
        };
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

        var previous = document.Revisions[^1];
        if (previous.Presented.IsBefore(Occurred).IsNo)
        {
            editor.Error(ErrorCodes.RevisionsOutOfOrder, $"{path}.Revisions[{number}]", $"Revision {number} ({Occurred}) is not after revision {previous.Number} ({previous.Presented}).");
        }

        Revision.CheckProvisions(editor, Provisions, $"{path}.Revisions[{number}]");
        var revised = document with { Revisions = document.Revisions.Items.Add(new DocumentRevision(number, Occurred, Provisions)) };
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

        if (document.HandedOver is { } handedOver && Occurred.IsBefore(handedOver).IsYes)
        {
            editor.Error(ErrorCodes.DisclosedBeforeHandedOver, path + ".Disclosed", $"'{document.Title}' cannot become public ({Occurred}) before it was handed over ({handedOver}).");
            return;
        }

        editor.Data = editor.Data with { Documents = editor.Data.Documents.SetItem(Document, document with { Disclosed = Occurred, DisclosedBy = How }) };
    }
}

/// <summary>Checks shared by the facts that hand over a revision.</summary>
internal static class Revision
{
    public static void CheckProvisions(CaseEditor editor, EquatableArray<Provision> provisions, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < provisions.Count; i++)
        {
            var provision = provisions[i];
            var itemPath = $"{path}.Provisions[{i}]";
            if (string.IsNullOrWhiteSpace(provision.Article))
            {
                editor.Error(ErrorCodes.NameRequired, itemPath + ".Article", "The provision has no number; number it as the text does (\"4\", \"5.2\").");
            }
            else if (!seen.Add(provision.Article))
            {
                editor.Error(ErrorCodes.DuplicateProvisionNumber, itemPath + ".Article", $"Article {provision.Article} appears twice in this revision; number each provision once.");
            }

            editor.Body(provision.Text, itemPath + ".Text");
        }
    }
}
