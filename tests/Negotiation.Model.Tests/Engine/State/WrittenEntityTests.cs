using Negotiation.Model.Tests.TestSupport;
using NodaTime;

// Not ...Engine.State, the folder's name: that namespace would hide the model's State type from every test under Engine.
namespace Negotiation.Model.Tests.Engine.Evolution;

/// <summary>What <c>ChangesSince</c> reports for the kinds of thing a fact writes: each new thing is listed as added,
/// each changed one as changed.</summary>
public sealed class WrittenEntityTests
{
    private static readonly LocalDate May1 = new(2022, 5, 1);
    private static readonly DocumentId TreatyText = new("ru-us-treaty-text");

    [Fact]
    public void ChangesSince_RepresentativeAppointed_ListsTheRepresentativeAdded()
    {
        var before = TestWorld.Case;
        var nebenzya = new Representative(new RepresentativeId("nebenzya"), "Vassily Nebenzya", "Permanent Representative to the UN", TestWorld.Russia, new TermOfOffice(new LocalDate(2017, 7, 27)));

        var diff = before.RecordOrThrow(Given.RepresentativeAppointed(nebenzya, May1)).ChangesSince(before);

        diff.Changes.Select(c => (c.Kind, c.Id, c.Change, c.Description)).Should().Equal((EntityKind.Representative, "nebenzya", ChangeKind.Added, "representative 'nebenzya' added"));
    }

    [Fact]
    public void ChangesSince_RepresentativeLeftOffice_ListsTheRepresentativeChanged()
    {
        var before = TestWorld.Case;

        var diff = before.RecordOrThrow(Given.RepresentativeLeftOffice(TestWorld.Sherman, May1)).ChangesSince(before);

        diff.Changes.Select(c => (c.Kind, c.Id, c.Change)).Should().Equal((EntityKind.Representative, "sherman", ChangeKind.Changed));
    }

    [Fact]
    public void ChangesSince_DeadlineSet_ListsTheDeadlineAdded()
    {
        var before = TestWorld.Case;
        var reply = new Deadline(new DeadlineId("written-reply"), TestWorld.Russia, "A written reply", new LocalDate(2022, 1, 15));

        var diff = before.RecordOrThrow(Given.DeadlineSet(reply, TestWorld.ArticleDay)).ChangesSince(before);

        diff.Changes.Select(c => c.Description).Should().Equal("deadline 'written-reply' added");
    }

    [Fact]
    public void ChangesSince_DevelopmentOccurred_ListsTheDevelopmentAdded()
    {
        var before = TestWorld.Case;
        var collapse = new Development(new DevelopmentId("talks-collapse"), DevelopmentKind.Other, "The talks collapse.");

        var diff = before.RecordOrThrow(Given.DevelopmentOccurred(collapse, May1)).ChangesSince(before);

        diff.Changes.Select(c => c.Description).Should().Equal("development 'talks-collapse' added");
    }

    [Fact]
    public void ChangesSince_AgreementAdopted_ListsTheAgreementAdded()
    {
        var text = new Document(TreatyText, DocumentKind.DraftTreaty, "Treaty on security guarantees", [TestWorld.Russia, TestWorld.UnitedStates], []) { Visibility = Visibility.Public };
        var before = TestWorld.Case.RecordOrThrow(Given.DocumentPresented(text, May1));
        var treaty = new Agreement(new AgreementId("ru-us-treaty"), TreatyText, [TestWorld.Russia, TestWorld.UnitedStates], MilestoneRule.When(DevelopmentKind.Other));

        var diff = before.RecordOrThrow(Given.AgreementAdopted(treaty, new LocalDate(2022, 5, 15))).ChangesSince(before);

        diff.Changes.Select(c => c.Description).Should().Equal("agreement 'ru-us-treaty' added");
    }
}
