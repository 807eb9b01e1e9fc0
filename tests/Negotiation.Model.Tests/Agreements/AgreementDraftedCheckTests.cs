using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Agreements;

/// <summary>A draft agreement is checked like an adopted one: a new id, and a text and parties the case knows.</summary>
public sealed class AgreementDraftedCheckTests
{
    private static readonly AgreementId Accord = new("accord");
    private static readonly DocumentId Text = new("treaty-text");
    private static readonly LocalDate Day = new(2022, 1, 10);

    private static Agreement Draft(DocumentId text) => new(Accord, text, [TestWorld.Russia, TestWorld.Nato], MilestoneRule.On(new LocalDate(2022, 6, 1)));

    private static NegotiationCase WithText() => TestWorld.Case.ShouldAccept(Given.DocumentPresented(TestWorld.RussianDraft(Text.Value), TestWorld.ArticleDay, new Provision("1", "Terms.")));

    [Fact]
    public void AgreementDrafted_TheSameIdTwice_IsRefused() =>
        WithText().ShouldAccept(Given.AgreementDrafted(Draft(Text), Day))
            .ShouldRefuse(Given.AgreementDrafted(Draft(Text), Day.PlusDays(1)), ErrorCodes.DuplicateId, "Agreements[accord]")
            .ErrorMessage.Should().Be("An agreement with id 'accord' is already recorded; use a new id or record a change to the existing one.");

    [Fact]
    public void AgreementDrafted_OnAnUnknownText_IsRefused() =>
        WithText().Record(Given.AgreementDrafted(Draft(new DocumentId("no-such-text")), Day))
            .Errors.Select(e => e.ErrorCode).Should().Contain(ErrorCodes.UnknownDocument);
}
