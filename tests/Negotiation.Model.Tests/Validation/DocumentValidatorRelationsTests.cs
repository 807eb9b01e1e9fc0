using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

/// <summary>A document's relations, readers, disclosure and revisions as its validator judges them: where each failure is
/// reported and what it says.</summary>
public sealed class DocumentValidatorRelationsTests
{
    private static readonly DocumentId UsResponse = new("us-response");
    private static readonly DocumentId Unknown = new("ru-osce-draft");

    private static Document Response => new(UsResponse, DocumentKind.WrittenResponse, "US response", [Usa], [Russia]);

    // The US response as stored: handed over on 22 December 2021, one revision.
    private static Document Stored => Response with
    {
        HandedOver = Dec(22),
        Revisions = [new DocumentRevision(1, Dec(22), [new Provision("1", "Reply.")])],
    };

    [Fact]
    public void Validate_ConfidentialWithoutAddressee_SaysWhoMaySeeIt() =>
        Validator.TestValidate(Response with { Addressees = [] })
            .ShouldFail("Documents[us-response].Addressees", ErrorCodes.ConfidentialWithoutReaders)
            .WithErrorMessage("The document is confidential but addressed to nobody, so only its authors may see it; name its addressees, share it with named parties or make it public.");

    [Fact]
    public void Validate_SharedWithNobody_SaysToListThem() =>
        Validator.TestValidate(Response with { Visibility = Visibility.SharedWithNamedParties })
            .ShouldFail("Documents[us-response].SharedWith", ErrorCodes.SharedWithNobody)
            .WithErrorMessage("The document is shared with named parties but names none; list them or make it confidential.");

    [Fact]
    public void Validate_PublicDocumentWithReaders_SaysItIsPublic() =>
        Validator.TestValidate(Response with { Visibility = Visibility.Public, SharedWith = [Eu] })
            .ShouldFail("Documents[us-response].SharedWith", ErrorCodes.ReadersWithoutSharing)
            .WithErrorMessage($"The document names readers ({new EquatableArray<PartyId>([Eu])}) but is public; make it shared with named parties or remove the readers.");

    [Fact]
    public void Validate_AddresseeUnknown_FailsWithUnknownPartyAtItsIndex() =>
        Validator.TestValidate(Response with { Addressees = [Russia, new PartyId("china")] }, Base)
            .ShouldFail("Documents[us-response].Addressees[1]", ErrorCodes.UnknownParty);

    [Fact]
    public void Validate_ReplyToItself_SaysSo() =>
        Validator.TestValidate(Response with { RepliesTo = UsResponse })
            .ShouldFail("Documents[us-response].RepliesTo", ErrorCodes.ReplyToLaterDocument)
            .WithErrorMessage("'US response' cannot reply to itself; name the document it answers.");

    [Fact]
    public void Validate_ReplyHandedOverBeforeTheOriginal_SaysBothTimes() =>
        Validator.TestValidate(Stored with { RepliesTo = RuUsDraft, HandedOver = Dec(16) }, Base)
            .ShouldFail("Documents[us-response].RepliesTo", ErrorCodes.ReplyToLaterDocument)
            .WithErrorMessage("'US response' (16 December 2021) cannot reply to 'Treaty on security guarantees', presented later (17 December 2021).");

    [Fact]
    public void Validate_ReplyHandedOverTheDayOfTheOriginalOrLater_Passes()
    {
        Validator.TestValidate(Stored with { RepliesTo = RuUsDraft, HandedOver = Dec(17) }, Base).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Stored with { RepliesTo = RuUsDraft }, Base).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Response with { RepliesTo = RuUsDraft }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_PartOfItself_SaysSo() =>
        Validator.TestValidate(Response with { PartOf = UsResponse })
            .ShouldFail("Documents[us-response].PartOf", ErrorCodes.DocumentRelatedToItself)
            .WithErrorMessage("'US response' cannot be part of itself; name the document it is an annex of.");

    [Fact]
    public void Validate_PartOfAnUnknownDocument_FailsWithUnknownDocument() =>
        Validator.TestValidate(Response with { PartOf = Unknown }, Base).ShouldFail("Documents[us-response].PartOf", ErrorCodes.UnknownDocument);

    [Fact]
    public void Validate_PartOfAKnownDocument_Passes() =>
        Validator.TestValidate(Response with { PartOf = RuUsDraft }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_InterpretingItselfAndAnUnknownDocument_FailsAtEachIndex()
    {
        var result = Validator.TestValidate(Response with { Interprets = [RuUsDraft, UsResponse, Unknown] }, Base);

        result.ShouldFail("Documents[us-response].Interprets[1]", ErrorCodes.DocumentRelatedToItself)
            .WithErrorMessage("'US response' cannot interpret itself; name the text it reads.");
        result.ShouldFail("Documents[us-response].Interprets[2]", ErrorCodes.UnknownDocument);
        result.Errors.Should().HaveCount(2);
    }

    [Fact]
    public void Validate_HandoverByToAndInUnknowns_FailsAtEach()
    {
        var result = Validator.TestValidate(Response with { Handover = new Handover(new RepresentativeId("psaki"), new RepresentativeId("peskov"), new RoundId("ru-us-2099")) }, Base);

        result.ShouldFail("Documents[us-response].Handover.By", ErrorCodes.UnknownRepresentative);
        result.ShouldFail("Documents[us-response].Handover.To", ErrorCodes.UnknownRepresentative);
        result.ShouldFail("Documents[us-response].Handover.Round", ErrorCodes.UnknownRound);
        result.Errors.Should().HaveCount(3);
    }

    [Fact]
    public void Validate_HandoverByKnownPeopleInAKnownRound_Passes() =>
        Validator.TestValidate(Response with { Handover = new Handover(Blinken, Lavrov, Bilateral) }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_LeakerOfAPublishedDocument_SaysOnlyALeakHasOne() =>
        Validator.TestValidate(Stored with { Disclosed = Dec(23), DisclosedBy = Disclosure.Published, LeakedBy = Usa }, Base)
            .ShouldFail("Documents[us-response].LeakedBy", ErrorCodes.LeakerWithoutLeak)
            .WithErrorMessage("'usa' is named as the leaker of a document that was published, not leaked; name a leaker only for a leak.");

    [Fact]
    public void Validate_UnknownLeaker_FailsWithUnknownParty()
    {
        Validator.TestValidate(Stored with { Disclosed = Dec(23), DisclosedBy = Disclosure.Leaked, LeakedBy = new PartyId("china") }, Base)
            .ShouldFail("Documents[us-response].LeakedBy", ErrorCodes.UnknownParty);
        Validator.TestValidate(Stored with { Disclosed = Dec(23), DisclosedBy = Disclosure.Leaked, LeakedBy = Russia }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_DisclosedBeforeHandedOver_SaysBothTimes() =>
        Validator.TestValidate(Stored with { Disclosed = Dec(21), DisclosedBy = Disclosure.Published }, Base, DocumentValidator.DisclosureRules)
            .ShouldFail("Documents[us-response].Disclosed", ErrorCodes.DisclosedBeforeHandedOver)
            .WithErrorMessage("'US response' cannot become public (21 December 2021) before it was handed over (22 December 2021).");

    [Fact]
    public void Validate_DisclosedTheDayItWasHandedOver_Passes() =>
        Validator.TestValidate(Stored with { Disclosed = Dec(22), DisclosedBy = Disclosure.Published }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_RevisionBeforeThePreviousOne_SaysBothDays() =>
        Validator.TestValidate(Stored with { Revisions = [.. Stored.Revisions, new DocumentRevision(2, Dec(21), [new Provision("1", "Revised.")])] }, Base)
            .ShouldFail("Documents[us-response].Revisions[2]", ErrorCodes.RevisionsOutOfOrder)
            .WithErrorMessage("Revision 2 (21 December 2021) is not after revision 1 (22 December 2021).");

    // Two days stated without a time may be one after the other: only a revision certainly not after is refused.
    [Fact]
    public void Validate_RevisionOnTheDayOfThePreviousOne_Passes() =>
        Validator.TestValidate(Stored with { Revisions = [.. Stored.Revisions, new DocumentRevision(2, Dec(22), [new Provision("1", "Revised.")])] }, Base)
            .ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_LatestRevisionOutOfOrder_FailsInItsRuleSet() =>
        Validator.TestValidate(Stored with { Revisions = [.. Stored.Revisions, new DocumentRevision(2, Dec(21), [new Provision("1", "Revised.")])] }, Base, DocumentValidator.LatestRevisionRules)
            .ShouldFail("Documents[us-response].Revisions[2]", ErrorCodes.RevisionsOutOfOrder);

    [Fact]
    public void Validate_LatestRevisionWithADuplicateArticle_FailsInItsRuleSet() =>
        Validator.TestValidate(Stored with { Revisions = [.. Stored.Revisions, new DocumentRevision(2, Dec(23), [new Provision("1", "A."), new Provision("1", "B.")])] }, Base, DocumentValidator.LatestRevisionRules)
            .ShouldFail("Documents[us-response].Revisions[2].Provisions[1].Article", ErrorCodes.DuplicateProvisionNumber)
            .WithErrorMessage("Article 1 appears twice in this revision; number each provision once.");

    [Fact]
    public void Validate_TwoUnnumberedProvisions_AreNotDuplicates()
    {
        var result = Validator.TestValidate(Stored with { Revisions = [new DocumentRevision(1, Dec(22), [new Provision(" ", "A."), new Provision(" ", "B.")])] }, Base);

        result.ShouldFail("Documents[us-response].Revisions[1].Provisions[0].Article", ErrorCodes.NameRequired)
            .WithErrorMessage("The provision has no number; number it as the text does (\"4\", \"5.2\").");
        result.ShouldFail("Documents[us-response].Revisions[1].Provisions[1].Article", ErrorCodes.NameRequired);
        result.Errors.Should().HaveCount(2);
    }

    [Fact]
    public void Validate_OverlongArticleNumber_SaysHowLong() =>
        Validator.TestValidate(Stored with { Revisions = [new DocumentRevision(1, Dec(22), [new Provision(new string('4', 201), "A.")])] }, Base)
            .ShouldFail("Documents[us-response].Revisions[1].Provisions[0].Article", ErrorCodes.NameTooLong)
            .WithErrorMessage("The article number is 201 characters long; shorten it to at most 200.");

    [Fact]
    public void Validate_ArticleNumberOf200Characters_Passes() =>
        Validator.TestValidate(Stored with { Revisions = [new DocumentRevision(1, Dec(22), [new Provision(new string('4', 200), "A.")])] }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Record_Revision_ChecksOnlyTheLatestRevision()
    {
        // Revision 1 is broken by editing the data (facts could not record it); revising checks only the new revision.
        var draft = Base.Documents[RuUsDraft];
        var broken = draft with { Revisions = [draft.Revisions[0] with { Provisions = [new Provision("1", "")] }] };
        var edited = Base.With(Base.Data with { Documents = Base.Documents.SetItem(RuUsDraft, broken) });
        var revised = new DocumentRevised { Document = RuUsDraft, By = Russia, Provisions = [new Provision("1", "Revised.")], Occurred = Dec(29), Recorded = Recorded, Source = Reuters };

        var result = edited.Record(revised);

        result.Succeeded.Should().BeTrue();
        result.Failures.Should().BeEmpty();
        edited.Record(revised with { Provisions = [new Provision("1", "")] }).Failures().ShouldFail("Documents[ru-us-draft].Revisions[2].Provisions[0].Text", ErrorCodes.TextRequired);
    }

    [Fact]
    public void Validate_BlankTitle_SaysToGiveTheTitle() =>
        Validator.TestValidate(Response with { Title = " " })
            .ShouldFail("Documents[us-response].Title", ErrorCodes.NameRequired)
            .WithErrorMessage("The title is blank; give the title people use.");

    [Fact]
    public void Validate_DocumentWithoutRevisions_PassesTheLatestRevisionRules() =>
        Validator.TestValidate(Response, Base, DocumentValidator.LatestRevisionRules).ShouldNotHaveAnyValidationErrors();

    private static DocumentValidator Validator => DocumentValidator.Instance;
}
