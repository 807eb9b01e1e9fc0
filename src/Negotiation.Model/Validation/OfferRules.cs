using FluentValidation;

namespace Negotiation.Model.Validation;

/// <summary>The rules demands and proposals share: who makes them of whom, and where they were made.</summary>
internal static class OfferRules
{
    /// <summary>The author is not among the addressees (<see cref="ErrorCodes.AuthorAmongAddressees"/>), reported at the
    /// addressee's index.</summary>
    public static void AuthorNotAddressed<T>(this ValidationContext<T> context, PartyId author, EquatableArray<PartyId> addressees, string what)
    {
        var index = addressees.Items.IndexOf(author);
        if (index >= 0)
        {
            context.Error(ErrorCodes.AuthorAmongAddressees, $"[{index}]", $"'{author}' cannot address a {what} to itself; remove it from the addressees.");
        }
    }

    /// <summary>The source resolves and belongs to the author: a statement by the author's party, or a provision of an
    /// existing revision of a document by the author.</summary>
    public static void CheckSource<T>(this ValidationContext<T> context, DemandSource? source, PartyId author)
    {
        if (source is not { } s)
        {
            return;
        }

        var data = context.Data();
        var path = context.PathTo(string.Empty);
        if (s.Statement is { } statementId)
        {
            if (References.Statement(data, statementId, path) is { } unresolved)
            {
                context.AddFailure(unresolved);
            }
            else if (data is not null && data.Statements[statementId].Party != author)
            {
                context.Error(ErrorCodes.SourceOfOtherAuthor, string.Empty, $"The statement '{statementId}' is by '{data.Statements[statementId].Party}', not by '{author}'.");
            }

            return;
        }

        if (s.Provision is not { } provision)
        {
            context.Error(ErrorCodes.IdMissing, string.Empty, "The source is default; make it with DemandSource.InProvision(...) or DemandSource.InStatement(...).");
            return;
        }

        if (context.CheckProvision(provision, string.Empty) is not { } document)
        {
            return;
        }

        if (!document.Authors.Contains(author))
        {
            context.Error(ErrorCodes.SourceOfOtherAuthor, string.Empty, $"'{document.Title}' is not a document by '{author}'; a provision carries only its authors' demands.");
        }
    }

    /// <summary>Checks that a provision exists: its document, revision and article; returns its document when the case
    /// has it.</summary>
    public static Document? CheckProvision<T>(this ValidationContext<T> context, ProvisionRef provision, string relative)
    {
        var data = context.Data();
        if (References.Document(data, provision.Document, context.PathTo(relative)) is { } missing)
        {
            context.AddFailure(missing);
            return null;
        }

        if (data is null)
        {
            return null;
        }

        var document = data.Documents[provision.Document];
        if (provision.Revision < 1 || provision.Revision > document.RevisionList.Count)
        {
            context.Error(ErrorCodes.UnknownRevision, relative, $"'{document.Title}' has no revision {provision.Revision}; it has {document.RevisionList.Count}.");
        }
        else if (document.RevisionList[provision.Revision - 1].FindProvision(provision.Article) is null)
        {
            context.Error(ErrorCodes.UnknownProvision, relative, $"Revision {provision.Revision} of '{document.Title}' has no article {provision.Article}.");
        }

        return document;
    }
}
