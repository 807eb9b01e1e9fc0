using FluentValidation;
using FluentValidation.Results;

namespace Negotiation.Model.Validation;

/// <summary>Validates a document: its authors and readers, what it replies to, its revisions and provisions, and its
/// disclosure.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.NameRequired"/>, <see cref="ErrorCodes.NameTooLong"/> (title,
/// article numbers), <see cref="ErrorCodes.NoAuthor"/>, <see cref="ErrorCodes.SharedWithNobody"/>,
/// <see cref="ErrorCodes.ConfidentialWithoutReaders"/>, <see cref="ErrorCodes.ReadersWithoutSharing"/>,
/// <see cref="ErrorCodes.RevisionsOutOfOrder"/>, <see cref="ErrorCodes.DuplicateProvisionNumber"/>,
/// <see cref="ErrorCodes.TextRequired"/>, <see cref="ErrorCodes.TextTooLong"/> (provisions),
/// <see cref="ErrorCodes.DisclosedBeforeHandedOver"/>, <see cref="ErrorCodes.IdMissing"/>,
/// <see cref="ErrorCodes.DuplicateEntry"/>. With a case (<see cref="CaseValidation"/>): parties and the document it
/// replies to resolve (<see cref="ErrorCodes.UnknownParty"/>, <see cref="ErrorCodes.UnknownDocument"/>) and that
/// document was handed over before this one (<see cref="ErrorCodes.ReplyToLaterDocument"/>).</para>
/// <para>Revisions are named by number from 1 (<c>Documents[id].Revisions[1].Provisions[0].Article</c>). The rule set
/// <see cref="LatestRevisionRules"/> checks only the latest revision against the one before, and
/// <see cref="DisclosureRules"/> only the disclosure. Stateless and thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class DocumentValidator : AbstractValidator<Document>
{
    /// <summary>The rule set of the latest revision alone (its provisions and its order after the previous one).</summary>
    public const string LatestRevisionRules = "LatestRevision";

    /// <summary>The rule set of the disclosure of a confidential document.</summary>
    public const string DisclosureRules = "Disclosure";

    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public DocumentValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(d => d.Title).IsAName("title");
        RuleFor(d => d.Authors)
            .HasItems().WithErrorCode(ErrorCodes.NoAuthor).WithMessage("The document has no author; name the parties that wrote it.")
            .AreKnownParties();
        RuleFor(d => d.Addressees)
            .Must((d, addressees) => d.Visibility != Visibility.Confidential || !addressees.IsEmpty)
            .WithErrorCode(ErrorCodes.ConfidentialWithoutReaders)
            .WithMessage("The document is confidential but addressed to nobody, so only its authors may see it; name its addressees, share it with named parties or make it public.")
            .AreKnownParties();
        RuleFor(d => d.SharedWith)
            .Must((d, readers) => d.Visibility != Visibility.SharedWithNamedParties || !readers.IsEmpty)
            .WithErrorCode(ErrorCodes.SharedWithNobody)
            .WithMessage("The document is shared with named parties but names none; list them or make it confidential.")
            .Must((d, readers) => d.Visibility == Visibility.SharedWithNamedParties || readers.IsEmpty)
            .WithErrorCode(ErrorCodes.ReadersWithoutSharing)
            .WithMessage(d => $"The document names readers ({d.SharedWith}) but is {d.Visibility.ToString().ToLowerInvariant()}; make it shared with named parties or remove the readers.")
            .AreKnownParties();
        RuleFor(d => d.RepliesTo).Custom(RepliesToEarlier);
        RuleFor(d => d).Custom(CheckRelations);

        RuleFor(d => d.Revisions).Custom((revisions, context) =>
        {
            for (var i = 0; i < revisions.Count; i++)
            {
                CheckRevision(context, revisions, i, string.Empty);
            }
        });
        // The latest revision only, read from the persistent list: a revision's check does not make the array of all.
        RuleSet(LatestRevisionRules, () =>
            RuleFor(d => d).Custom((d, context) =>
            {
                if (d.RevisionList.Count > 0)
                {
                    CheckRevision(context, d.RevisionList, d.RevisionList.Count - 1, nameof(Document.Revisions));
                }
            }));

        RuleSet("default," + DisclosureRules, () =>
        {
            RuleFor(d => d.LeakedBy).Custom((leaker, context) =>
            {
                if (leaker is not { } party)
                {
                    return;
                }

                if (context.InstanceToValidate.DisclosedBy != Disclosure.Leaked)
                {
                    context.Error(ErrorCodes.LeakerWithoutLeak, string.Empty, $"'{party}' is named as the leaker of a document that was published, not leaked; name a leaker only for a leak.");
                }
                else
                {
                    context.Add(References.Party(context.Data(), party, context.PathTo(string.Empty)));
                }
            });
            RuleFor(d => d.Disclosed)
                .Must((d, disclosed) => disclosed is not { } when || d.HandedOver is not { } handedOver || !when.IsBefore(handedOver).IsYes)
                .WithErrorCode(ErrorCodes.DisclosedBeforeHandedOver)
                .WithMessage(d => $"'{d.Title}' cannot become public ({d.Disclosed}) before it was handed over ({d.HandedOver}).");
        });
    }

    /// <summary>Gets the shared instance.</summary>
    public static DocumentValidator Instance => Shared<DocumentValidator>.Value;

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Document> context, ValidationResult result) =>
        context.Enter("Documents", context.InstanceToValidate?.Id.ToString());

    private static void RepliesToEarlier(DocumentId? repliesTo, ValidationContext<Document> context)
    {
        if (repliesTo is not { } id)
        {
            return;
        }

        var document = context.InstanceToValidate;
        var data = context.Data();
        if (id == document.Id)
        {
            context.Error(ErrorCodes.ReplyToLaterDocument, string.Empty, $"'{document.Title}' cannot reply to itself; name the document it answers.");
        }
        else if (References.Document(data, id, context.PathTo(string.Empty)) is { } unresolved)
        {
            context.AddFailure(unresolved);
        }
        else if (data is not null && data.Documents[id] is { HandedOver: { } originalHandedOver } original
            && document.HandedOver is { } handedOver && originalHandedOver.IsBefore(handedOver).IsNo)
        {
            context.Error(ErrorCodes.ReplyToLaterDocument, string.Empty, $"'{document.Title}' ({handedOver}) cannot reply to '{original.Title}', presented later ({originalHandedOver}).");
        }
    }

    private static void CheckRelations(Document document, ValidationContext<Document> context)
    {
        var data = context.Data();
        if (document.PartOf is { } whole)
        {
            if (whole == document.Id)
            {
                context.Error(ErrorCodes.DocumentRelatedToItself, "PartOf", $"'{document.Title}' cannot be part of itself; name the document it is an annex of.");
            }
            else
            {
                context.Add(References.Document(data, whole, context.PathTo("PartOf")));
            }
        }

        for (var i = 0; i < document.Interprets.Count; i++)
        {
            var other = document.Interprets[i];
            if (other == document.Id)
            {
                context.Error(ErrorCodes.DocumentRelatedToItself, $"Interprets[{i}]", $"'{document.Title}' cannot interpret itself; name the text it reads.");
            }
            else
            {
                context.Add(References.Document(data, other, context.PathTo($"Interprets[{i}]")));
            }
        }

        if (document.Handover is { } handover)
        {
            if (handover.By is { } by)
            {
                context.Add(References.Representative(data, by, context.PathTo("Handover.By")));
            }

            if (handover.To is { } to)
            {
                context.Add(References.Representative(data, to, context.PathTo("Handover.To")));
            }

            if (handover.Round is { } round)
            {
                context.Add(References.Round(data, round, context.PathTo("Handover.Round")));
            }
        }
    }

    private static void CheckRevision(ValidationContext<Document> context, IReadOnlyList<DocumentRevision> revisions, int index, string prefix)
    {
        var revision = revisions[index];
        var path = $"{prefix}[{revision.Number}]";
        if (index > 0 && revisions[index - 1] is var previous && previous.Presented.IsBefore(revision.Presented).IsNo)
        {
            context.Error(ErrorCodes.RevisionsOutOfOrder, path, $"Revision {revision.Number} ({revision.Presented}) is not after revision {previous.Number} ({previous.Presented}).");
        }

        var numbers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < revision.Provisions.Count; i++)
        {
            var provision = revision.Provisions[i];
            var provisionPath = context.PathTo($"{path}.Provisions[{i}]");
            context.ValidateNested(ProvisionValidator.Instance, provision, provisionPath);
            if (!string.IsNullOrWhiteSpace(provision.Article) && !numbers.Add(provision.Article))
            {
                context.AddFailure(Failures.Error(ErrorCodes.DuplicateProvisionNumber, provisionPath + ".Article", $"Article {provision.Article} appears twice in this revision; number each provision once."));
            }
        }
    }
}

/// <summary>Validates one provision: a number and a text. Its number's uniqueness is the revision's rule.</summary>
internal sealed class ProvisionValidator : AbstractValidator<Provision>
{
    public ProvisionValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(p => p.Article)
            .IsNotBlank().WithErrorCode(ErrorCodes.NameRequired).WithMessage("The provision has no number; number it as the text does (\"4\", \"5.2\").")
            .MaximumLength(ValidationSupport.MaxNameLength).WithErrorCode(ErrorCodes.NameTooLong)
            .WithMessage((_, article) => $"The article number is {article.Length} characters long; shorten it to at most {ValidationSupport.MaxNameLength}.");
        RuleFor(p => p.Text).IsAText();
    }

    public static ProvisionValidator Instance => Shared<ProvisionValidator>.Value;
}
