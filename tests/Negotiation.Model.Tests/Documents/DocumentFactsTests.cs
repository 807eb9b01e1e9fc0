using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Documents;

public sealed class DocumentFactsTests
{
    private static readonly DocumentId Draft = new("ru-nato-draft");
    private static readonly DocumentId Response = new("nato-response");
    private static readonly Moment LastWeek = DateWindow.LastWeek(TestWorld.ArticleDay);
    private static readonly Provision[] Articles = [new("1", "Indivisible security."), new("4", "No further enlargement of NATO.")];

    private static readonly NegotiationCase Presented = TestWorld.Case.RecordOrThrow(Given.DocumentPresented(TestWorld.RussianDraft(), LastWeek, Articles));

    [Fact]
    public void DocumentPresented_Confidential_BecomesRevisionOneHandedOverButNotPublic()
    {
        var negotiation = TestWorld.Case.ShouldAccept(Given.DocumentPresented(TestWorld.RussianDraft(), LastWeek, Articles));

        var document = negotiation.Documents[Draft];
        document.Revisions.Should().Equal(new DocumentRevision(1, LastWeek, [.. Articles]));
        document.LatestRevision!.Number.Should().Be(1);
        document.HandedOver.Should().Be(LastWeek);
        document.Disclosed.Should().BeNull();
        document.DisclosedBy.Should().BeNull();
    }

    [Fact]
    public void DocumentPresented_Public_CountsAsPublishedWhenHandedOver()
    {
        var negotiation = TestWorld.Case.ShouldAccept(Given.DocumentPresented(TestWorld.RussianDraft() with { Visibility = Visibility.Public }, TestWorld.ArticleDay));

        negotiation.Documents[Draft].Disclosed.Should().Be(Moment.On(TestWorld.ArticleDay));
        negotiation.Documents[Draft].DisclosedBy.Should().Be(Disclosure.Published);
    }

    [Fact]
    public void DocumentPresented_ReplyToAnEarlierDocument_IsAccepted() =>
        Presented.ShouldAccept(Given.DocumentPresented(NatoResponse(), TestWorld.January));

    [Fact]
    public void DocumentPresented_ReplyPossiblyOnTheSameDay_IsAccepted() =>
        Presented.ShouldAccept(Given.DocumentPresented(NatoResponse(), new LocalDate(2021, 12, 17)));

    [Fact]
    public void DocumentPresented_TakenId_FailsWithDuplicateId() =>
        Presented.ShouldRefuse(Given.DocumentPresented(TestWorld.RussianDraft(), TestWorld.ArticleDay), ErrorCodes.DuplicateId, "Documents[ru-nato-draft]");

    [Fact]
    public void DocumentPresented_BlankTitle_FailsWithNameRequired() =>
        TestWorld.Case.ShouldRefuse(Given.DocumentPresented(TestWorld.RussianDraft() with { Title = " " }, LastWeek), ErrorCodes.NameRequired, "Documents[ru-nato-draft].Title");

    [Fact]
    public void DocumentPresented_NoAuthor_FailsWithNoAuthor() =>
        TestWorld.Case.ShouldRefuse(Given.DocumentPresented(TestWorld.RussianDraft() with { Authors = [] }, LastWeek), ErrorCodes.NoAuthor, "Documents[ru-nato-draft].Authors");

    [Fact]
    public void DocumentPresented_UnknownAuthor_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.DocumentPresented(TestWorld.RussianDraft() with { Authors = [TestWorld.Atlantis] }, LastWeek), ErrorCodes.UnknownParty, "Documents[ru-nato-draft].Authors[0]");

    [Fact]
    public void DocumentPresented_UnknownAddressee_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(Given.DocumentPresented(TestWorld.RussianDraft() with { Addressees = [TestWorld.Nato, TestWorld.Atlantis] }, LastWeek), ErrorCodes.UnknownParty, "Documents[ru-nato-draft].Addressees[1]");

    [Fact]
    public void DocumentPresented_UnknownReader_FailsWithUnknownParty() =>
        TestWorld.Case.ShouldRefuse(
            Given.DocumentPresented(TestWorld.RussianDraft() with { Visibility = Visibility.SharedWithNamedParties, SharedWith = [TestWorld.Atlantis] }, LastWeek),
            ErrorCodes.UnknownParty,
            "Documents[ru-nato-draft].SharedWith[0]");

    [Fact]
    public void DocumentPresented_SharedWithNamedPartiesButNone_FailsWithSharedWithNobody() =>
        TestWorld.Case.ShouldRefuse(
            Given.DocumentPresented(TestWorld.RussianDraft() with { Visibility = Visibility.SharedWithNamedParties }, LastWeek),
            ErrorCodes.SharedWithNobody,
            "Documents[ru-nato-draft].SharedWith");

    [Fact]
    public void DocumentPresented_ReplyToUnknownDocument_FailsWithUnknownDocument() =>
        TestWorld.Case.ShouldRefuse(Given.DocumentPresented(NatoResponse(), TestWorld.January), ErrorCodes.UnknownDocument, "Documents[nato-response].RepliesTo");

    [Fact]
    public void DocumentPresented_ReplyBeforeTheDocumentItAnswers_FailsWithReplyToLaterDocument() =>
        Presented.ShouldRefuse(Given.DocumentPresented(NatoResponse(), new LocalDate(2021, 12, 10)), ErrorCodes.ReplyToLaterDocument, "Documents[nato-response].RepliesTo");

    [Fact]
    public void DocumentPresented_ProvisionWithoutNumber_FailsWithNameRequired() =>
        TestWorld.Case.ShouldRefuse(Given.DocumentPresented(TestWorld.RussianDraft(), LastWeek, new Provision(" ", "Text.")), ErrorCodes.NameRequired, "Documents[ru-nato-draft].Revisions[1].Provisions[0].Article");

    [Fact]
    public void DocumentPresented_TwoProvisionsWithOneNumber_FailsWithDuplicateProvisionNumber() =>
        TestWorld.Case.ShouldRefuse(
            Given.DocumentPresented(TestWorld.RussianDraft(), LastWeek, new Provision("4", "One."), new Provision("4", "Two.")),
            ErrorCodes.DuplicateProvisionNumber,
            "Documents[ru-nato-draft].Revisions[1].Provisions[1].Article");

    [Fact]
    public void DocumentPresented_BlankProvisionText_FailsWithTextRequired() =>
        TestWorld.Case.ShouldRefuse(Given.DocumentPresented(TestWorld.RussianDraft(), LastWeek, new Provision("4", "")), ErrorCodes.TextRequired, "Documents[ru-nato-draft].Revisions[1].Provisions[0].Text");

    [Fact]
    public void DocumentPresented_Describe_NamesAuthorsTitleAndAddressees() =>
        Given.DocumentPresented(TestWorld.RussianDraft(), LastWeek).Describe()
            .Should().Be("russia presented 'Agreement on measures to ensure the security of Russia and NATO member states' to nato");

    [Fact]
    public void DocumentRevised_ByItsAuthor_AppendsARevisionAndKeepsTheFirst()
    {
        Provision[] revised = [new("1", "Indivisible security."), new("4", "No enlargement, in particular to Ukraine.")];

        var negotiation = Presented.ShouldAccept(Given.DocumentRevised(Draft, TestWorld.Russia, TestWorld.January, revised));

        var document = negotiation.Documents[Draft];
        document.Revisions.Should().Equal(new DocumentRevision(1, LastWeek, [.. Articles]), new DocumentRevision(2, TestWorld.January, [.. revised]));
        document.LatestRevision!.FindProvision("4")!.Text.Should().Be("No enlargement, in particular to Ukraine.");
        document.HandedOver.Should().Be(LastWeek, "the document was first handed over with revision 1");
        Presented.Documents[Draft].Revisions.Should().ContainSingle();
    }

    [Fact]
    public void DocumentRevised_UnknownDocument_FailsWithUnknownDocument() =>
        TestWorld.Case.ShouldRefuse(Given.DocumentRevised(Draft, TestWorld.Russia, TestWorld.January), ErrorCodes.UnknownDocument, "Documents[ru-nato-draft]");

    [Fact]
    public void DocumentRevised_ByANonAuthor_FailsWithRevisedByNonAuthor() =>
        Presented.ShouldRefuse(Given.DocumentRevised(Draft, TestWorld.Nato, TestWorld.January), ErrorCodes.RevisedByNonAuthor, "Documents[ru-nato-draft].Authors");

    [Fact]
    public void DocumentRevised_CertainlyBeforeThePreviousRevision_FailsWithRevisionsOutOfOrder()
    {
        var error = Presented.ShouldRefuse(Given.DocumentRevised(Draft, TestWorld.Russia, new LocalDate(2021, 12, 10)), ErrorCodes.RevisionsOutOfOrder, "Documents[ru-nato-draft].Revisions[2]");

        error.ErrorMessage.Should().Be("Revision 2 (10 December 2021) is not after revision 1 (week of 13 December 2021).");
    }

    [Fact]
    public void DocumentRevised_PossiblyAfterThePreviousRevision_IsAccepted() =>
        Presented.ShouldAccept(Given.DocumentRevised(Draft, TestWorld.Russia, new LocalDate(2021, 12, 16)));

    [Fact]
    public void DocumentRevised_AtTheSameInstantAsThePreviousRevision_FailsWithRevisionsOutOfOrder()
    {
        var handedOver = Moment.At(Instant.FromUtc(2021, 12, 15, 12, 0));
        var negotiation = TestWorld.Case.RecordOrThrow(Given.DocumentPresented(TestWorld.RussianDraft(), handedOver));

        negotiation.ShouldRefuse(Given.DocumentRevised(Draft, TestWorld.Russia, handedOver), ErrorCodes.RevisionsOutOfOrder, "Documents[ru-nato-draft].Revisions[2]");
    }

    [Fact]
    public void DocumentRevised_TwoProvisionsWithOneNumber_FailsWithDuplicateProvisionNumber() =>
        Presented.ShouldRefuse(
            Given.DocumentRevised(Draft, TestWorld.Russia, TestWorld.January, new Provision("4", "One."), new Provision("4", "Two.")),
            ErrorCodes.DuplicateProvisionNumber,
            "Documents[ru-nato-draft].Revisions[2].Provisions[1].Article");

    [Fact]
    public void DocumentRevised_Describe_NamesWhoRevisedWhat() =>
        Given.DocumentRevised(Draft, TestWorld.Russia, TestWorld.January).Describe().Should().Be("russia revised ru-nato-draft");

    [Fact]
    public void DocumentDisclosed_ConfidentialDocumentLeaked_IsPublicFromThen()
    {
        var negotiation = Presented.ShouldAccept(Given.DocumentDisclosed(Draft, TestWorld.ArticleDay, Disclosure.Leaked));

        negotiation.Documents[Draft].Disclosed.Should().Be(Moment.On(TestWorld.ArticleDay));
        negotiation.Documents[Draft].DisclosedBy.Should().Be(Disclosure.Leaked);
        Presented.Documents[Draft].Disclosed.Should().BeNull();
    }

    [Fact]
    public void DocumentDisclosed_PossiblyOnTheDayItWasHandedOver_IsAccepted() =>
        Presented.ShouldAccept(Given.DocumentDisclosed(Draft, new LocalDate(2021, 12, 13)));

    [Fact]
    public void DocumentDisclosed_UnknownDocument_FailsWithUnknownDocument() =>
        TestWorld.Case.ShouldRefuse(Given.DocumentDisclosed(Draft, TestWorld.ArticleDay), ErrorCodes.UnknownDocument, "Documents[ru-nato-draft]");

    [Fact]
    public void DocumentDisclosed_AlreadyDisclosed_FailsWithAlreadyPublic() =>
        Presented.RecordOrThrow(Given.DocumentDisclosed(Draft, TestWorld.ArticleDay))
            .ShouldRefuse(Given.DocumentDisclosed(Draft, TestWorld.January, Disclosure.Leaked), ErrorCodes.AlreadyPublic, "Documents[ru-nato-draft].Disclosed");

    [Fact]
    public void DocumentDisclosed_PublicFromTheStart_FailsWithAlreadyPublic() =>
        TestWorld.Case.RecordOrThrow(Given.DocumentPresented(TestWorld.RussianDraft() with { Visibility = Visibility.Public }, LastWeek))
            .ShouldRefuse(Given.DocumentDisclosed(Draft, TestWorld.ArticleDay), ErrorCodes.AlreadyPublic, "Documents[ru-nato-draft].Disclosed");

    [Fact]
    public void DocumentDisclosed_BeforeItWasHandedOver_FailsWithDisclosedBeforeHandedOver() =>
        Presented.ShouldRefuse(Given.DocumentDisclosed(Draft, new LocalDate(2021, 12, 12)), ErrorCodes.DisclosedBeforeHandedOver, "Documents[ru-nato-draft].Disclosed");

    [Fact]
    public void DocumentDisclosed_Describe_SaysPublishedOrLeaked()
    {
        Given.DocumentDisclosed(Draft, TestWorld.ArticleDay).Describe().Should().Be("ru-nato-draft published");
        Given.DocumentDisclosed(Draft, TestWorld.ArticleDay, Disclosure.Leaked).Describe().Should().Be("ru-nato-draft leaked");
    }

    private static Document NatoResponse() =>
        new(Response, DocumentKind.WrittenResponse, "NATO's written response", [TestWorld.Nato], [TestWorld.Russia]) { RepliesTo = Draft };
}
