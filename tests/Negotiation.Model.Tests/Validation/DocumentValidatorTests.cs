using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static DocumentValidator Validator => DocumentValidator.Instance;

    private static readonly DocumentId UsResponse = new("us-response");

    private static Document Response => new(UsResponse, DocumentKind.WrittenResponse, "US response", [Usa], [Russia]) { RepliesTo = RuUsDraft };

    [Fact]
    public void Validate_DocumentsOfTheCase_Pass()
    {
        foreach (var document in Base.Documents.Values)
        {
            Validator.TestValidate(document, Base).ShouldNotHaveAnyValidationErrors();
        }
    }

    [Fact]
    public void Validate_BlankTitle_FailsWithNameRequired() =>
        Validator.TestValidate(Response with { Title = "" }).ShouldFail("Documents[us-response].Title", ErrorCodes.NameRequired);

    [Fact]
    public void Validate_NoAuthor_FailsWithNoAuthor() =>
        Validator.TestValidate(Response with { Authors = [] }).ShouldFail("Documents[us-response].Authors", ErrorCodes.NoAuthor);

    [Fact]
    public void Validate_SharedWithNamedPartiesButNoneNamed_FailsWithSharedWithNobody()
    {
        Validator.TestValidate(Response with { Visibility = Visibility.SharedWithNamedParties }).ShouldFail("Documents[us-response].SharedWith", ErrorCodes.SharedWithNobody);
        Validator.TestValidate(Response with { Visibility = Visibility.SharedWithNamedParties, SharedWith = [Nato, Eu] }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_ConfidentialWithoutAddressee_FailsWithConfidentialWithoutReaders()
    {
        Validator.TestValidate(Response with { Addressees = [] }).ShouldFail("Documents[us-response].Addressees", ErrorCodes.ConfidentialWithoutReaders);
        Validator.TestValidate(Response with { Addressees = [], Visibility = Visibility.Public }).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_ReadersOfADocumentNotSharedWithThem_FailsWithReadersWithoutSharing() =>
        Validator.TestValidate(Response with { SharedWith = [Eu] }).ShouldFail("Documents[us-response].SharedWith", ErrorCodes.ReadersWithoutSharing);

    [Fact]
    public void Validate_UnknownReader_FailsWithUnknownParty() =>
        Validator.TestValidate(Response with { Visibility = Visibility.SharedWithNamedParties, SharedWith = [new PartyId("japan")] }, Base)
            .ShouldFail("Documents[us-response].SharedWith[0]", ErrorCodes.UnknownParty);

    [Fact]
    public void Record_ReplyToAnUnpresentedDocument_FailsWithUnknownDocument() =>
        Base.Record(Presented(Response with { RepliesTo = new DocumentId("ru-osce-draft") }, Dec(22), new Provision("1", "Reply.")))
            .Failures().ShouldFail("Documents[us-response].RepliesTo", ErrorCodes.UnknownDocument);

    [Fact]
    public void Record_ReplyHandedOverBeforeTheDocumentItAnswers_FailsWithReplyToLaterDocument()
    {
        // The Russian drafts were handed over on 17 December.
        Base.Record(Presented(Response, Dec(15), new Provision("1", "Reply.")))
            .Failures().ShouldFail("Documents[us-response].RepliesTo", ErrorCodes.ReplyToLaterDocument);
        Base.Record(Presented(Response, Dec(22), new Provision("1", "Reply."))).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_ReplyToItself_FailsWithReplyToLaterDocument() =>
        Validator.TestValidate(Response with { RepliesTo = UsResponse }).ShouldFail("Documents[us-response].RepliesTo", ErrorCodes.ReplyToLaterDocument);

    [Fact]
    public void Record_TwoArticlesWithOneNumber_FailsWithDuplicateProvisionNumber() =>
        Base.Record(Presented(Response, Dec(22), new Provision("1", "First."), new Provision("1", "Second.")))
            .Failures().ShouldFail("Documents[us-response].Revisions[1].Provisions[1].Article", ErrorCodes.DuplicateProvisionNumber);

    [Fact]
    public void Record_UnnumberedProvision_FailsWithNameRequired() =>
        Base.Record(Presented(Response, Dec(22), new Provision(" ", "Text.")))
            .Failures().ShouldFail("Documents[us-response].Revisions[1].Provisions[0].Article", ErrorCodes.NameRequired);

    [Fact]
    public void Record_BlankProvisionText_FailsWithTextRequired() =>
        Base.Record(Presented(Response, Dec(22), new Provision("1", "")))
            .Failures().ShouldFail("Documents[us-response].Revisions[1].Provisions[0].Text", ErrorCodes.TextRequired);

    [Fact]
    public void Record_RevisionBeforeThePreviousOne_FailsWithRevisionsOutOfOrder()
    {
        var revised = new DocumentRevised { Document = RuUsDraft, By = Russia, Provisions = [new Provision("1", "Revised.")], Occurred = Dec(16), Recorded = Recorded, Source = Reuters };

        Base.Record(revised).Failures().ShouldFail("Documents[ru-us-draft].Revisions[2]", ErrorCodes.RevisionsOutOfOrder);
        Base.Record(revised with { Occurred = Dec(29) }).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Record_RevisionByANonAuthor_FailsWithRevisedByNonAuthor() =>
        Base.Record(new DocumentRevised { Document = RuUsDraft, By = Usa, Provisions = [new Provision("1", "Revised.")], Occurred = Dec(29), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Documents[ru-us-draft].Authors", ErrorCodes.RevisedByNonAuthor);

    [Fact]
    public void Record_PublishedBeforeHandedOver_FailsWithDisclosedBeforeHandedOver()
    {
        var published = new DocumentDisclosed { Document = RuUsDraft, Occurred = Dec(10), Recorded = Recorded, Source = Reuters };

        Base.Record(published).Failures().ShouldFail("Documents[ru-us-draft].Disclosed", ErrorCodes.DisclosedBeforeHandedOver);
        Base.Record(published with { Occurred = Dec(17) }).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Record_DisclosingAPublicDocument_FailsWithAlreadyPublic()
    {
        var published = new DocumentDisclosed { Document = RuUsDraft, Occurred = Dec(17), Recorded = Recorded, Source = Reuters };

        Base.Record(published).Then(published).Failures().ShouldFail("Documents[ru-us-draft].Disclosed", ErrorCodes.AlreadyPublic);
    }

    [Fact]
    public void Validate_LatestRevisionRuleSet_ChecksOnlyTheLatestRevision()
    {
        var document = Base.Documents[RuUsDraft];
        var broken = document with
        {
            Revisions = [document.Revisions[0] with { Provisions = [new Provision("1", "")] }, new DocumentRevision(2, Dec(29), [new Provision("1", "Fine.")])],
        };

        Validator.TestValidate(broken, Base, DocumentValidator.LatestRevisionRules).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(broken, Base).ShouldFail("Documents[ru-us-draft].Revisions[1].Provisions[0].Text", ErrorCodes.TextRequired);
    }
}
