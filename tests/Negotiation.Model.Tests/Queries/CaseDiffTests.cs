using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Queries;

/// <summary>What <c>ChangesSince</c> tells an analyst comparing two versions of a case: the facts each has, what each
/// thing became, and the diff as text.</summary>
public sealed class CaseDiffTests
{
    private static readonly LocalDate Handed = new(2021, 12, 15);
    private static readonly DocumentId Draft = new("ru-nato-draft");
    private static readonly SubjectRef OnDraft = SubjectRef.Document(Draft);

    // The world, with the bilateral round agreed for early January and Russia's draft handed to NATO.
    private static NegotiationCase Base() => TestWorld.Case
        .ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral(), new LocalDate(2021, 12, 1)))
        .ShouldAccept(Given.DocumentPresented(TestWorld.RussianDraft(), Handed, new Provision("1", "No enlargement.")));

    private static StatementMade NatoOnTheDraft(string id, Stance stance, LocalDate day) =>
        Given.StatementMade(new Statement(new StatementId(id), TestWorld.Nato, StatementKind.Assessment, "Our answer.")
        {
            Stances = [new StanceTaken(OnDraft, stance)],
        }, day);

    [Fact]
    public void ToString_NoChange_SaysSo()
    {
        var negotiation = Base();

        negotiation.ChangesSince(negotiation).ToString().Should().Be("no changes");
    }

    [Fact]
    public void ToString_OneFactAdded_ListsItWithPlusThenWhatItChanged()
    {
        var before = Base();
        var held = Given.RoundHeld(TestWorld.BilateralId, new LocalDate(2022, 1, 10));
        var after = before.ShouldAccept(held);

        after.ChangesSince(before).ToString().Should().Be(
            $"+ {held.Occurred}: {held.Describe()}{Environment.NewLine}round 'ru-us-2022-01' changed: Agreed → Held");
    }

    [Fact]
    public void ToString_OneFactRemoved_ListsItWithMinusAndTheThingRemoved()
    {
        var before = Base();
        var tabled = Given.DemandTabled(TestWorld.RussianDemand("d1"), new LocalDate(2021, 12, 17));
        var after = before.ShouldAccept(tabled);

        var diff = before.ChangesSince(after);

        diff.IsEmpty.Should().BeFalse("a fact was removed, though none was added");
        diff.Added.Should().BeEmpty();
        diff.ToString().Should().Be(string.Join(
            Environment.NewLine,
            $"- {tabled.Occurred}: {tabled.Describe()}",
            "demand 'd1' removed",
            "d1 → nato: Tabled → none"));
    }

    [Fact]
    public void ChangesSince_ARoundRescheduled_SaysFromWhenToWhen()
    {
        var before = Base();
        var after = before.ShouldAccept(Given.RoundRescheduled(TestWorld.BilateralId, new LocalDate(2022, 1, 10), new LocalDate(2021, 12, 28)));

        after.ChangesSince(before).Changes.Should().ContainSingle().Which.Description.Should().Be(
            $"round 'ru-us-2022-01' changed: moved from {before.Rounds[TestWorld.BilateralId].Start} to {after.Rounds[TestWorld.BilateralId].Start}");
    }

    [Fact]
    public void ChangesSince_ADraftRevised_SaysWhichRevision()
    {
        var before = Base();
        var after = before.ShouldAccept(Given.DocumentRevised(Draft, TestWorld.Russia, new LocalDate(2021, 12, 20), new Provision("1", "No enlargement, ever.")));

        after.ChangesSince(before).Changes.Should().ContainSingle().Which.Description.Should().Be("document 'ru-nato-draft' changed: revision 1 → 2");
    }

    [Theory]
    [InlineData(Disclosure.Published, "published")]
    [InlineData(Disclosure.Leaked, "leaked")]
    public void ChangesSince_ADraftDisclosed_SaysHowAndWhen(Disclosure how, string verb)
    {
        var before = Base();
        var after = before.ShouldAccept(Given.DocumentDisclosed(Draft, new LocalDate(2021, 12, 17), how));

        after.ChangesSince(before).Changes.Should().ContainSingle().Which.Description.Should().Be($"document 'ru-nato-draft' changed: {verb} 17 December 2021");
    }

    [Fact]
    public void ChangesSince_AStanceChanged_SaysFromWhichToWhich()
    {
        var before = Base().ShouldAccept(NatoOnTheDraft("s1", Stance.Rejects, new LocalDate(2021, 12, 20)));
        var after = before.ShouldAccept(NatoOnTheDraft("s2", Stance.OpenToDiscuss, new LocalDate(2021, 12, 21)));

        var changes = after.ChangesSince(before).Changes;

        changes.Select(c => c.Kind).Should().Equal([EntityKind.Statement, EntityKind.Position], "changes come in the order of kinds");
        changes[1].Description.Should().Be("position 'nato → document:ru-nato-draft' changed: Rejects → OpenToDiscuss");
    }

    [Fact]
    public void ChangesSince_TheSameFactsInAnotherOrder_IsEmpty()
    {
        // Given two analysts who recorded the same two demands from one base, in opposite orders
        var d1 = Given.DemandTabled(TestWorld.RussianDemand("d1"), new LocalDate(2021, 12, 17));
        var d2 = Given.DemandTabled(TestWorld.RussianDemand("d2"), new LocalDate(2021, 12, 17));
        var one = Base().ShouldAccept(d1).ShouldAccept(d2);
        var other = Base().ShouldAccept(d2).ShouldAccept(d1);

        var diff = other.ChangesSince(one);

        diff.Common.Should().Be(Base().Version);
        diff.IsEmpty.Should().BeTrue();
        diff.Changes.Should().BeEmpty();
        diff.StatusChanges.Should().BeEmpty();
    }

    [Fact]
    public void ChangesSince_VersionsThatShareSomeFacts_AddsAndRemovesOnlyTheOthers()
    {
        var d1 = Given.DemandTabled(TestWorld.RussianDemand("d1"), new LocalDate(2021, 12, 17));
        var d2 = Given.DemandTabled(TestWorld.RussianDemand("d2"), new LocalDate(2021, 12, 17));
        var d3 = Given.DemandTabled(TestWorld.RussianDemand("d3"), new LocalDate(2021, 12, 17));
        var one = Base().ShouldAccept(d1).ShouldAccept(d2);
        var other = Base().ShouldAccept(d2).ShouldAccept(d3);

        var diff = other.ChangesSince(one);

        diff.Added.Should().Equal(d3);
        diff.Removed.Should().Equal(d1);
        diff.Changes.Select(c => c.Description).Should().Equal("demand 'd1' removed", "demand 'd3' added");
    }

    [Fact]
    public void ChangesSince_CasesBuiltApartFromTheFirstFact_ShareNothing()
    {
        // Given the world, and a world recorded by someone who registered Atlantis first: both are longer than the blocks
        // the history keeps, and their checkpoints are their own
        var atlantis = Given.PartyRegistered(new State(TestWorld.Atlantis, "Atlantis", "AT"));
        var other = TestWorld.Empty.RecordOrThrow([atlantis, .. TestWorld.Case.Log]);

        var diff = other.ChangesSince(TestWorld.Case);

        diff.Common.Should().Be(0);
        diff.Added.Should().Equal(atlantis);
        diff.Removed.Should().BeEmpty();
        diff.Changes.Should().ContainSingle().Which.Description.Should().Be("party 'atlantis' added");
    }

    [Fact]
    public void ChangesSince_AnOrganisationGainingAMember_SaysItChangedWithoutMore()
    {
        var before = Base();
        var after = before.ShouldAccept(Given.MembershipBegan(TestWorld.Nato, TestWorld.Ukraine, new LocalDate(2022, 1, 5)));

        after.ChangesSince(before).Changes.Should().ContainSingle().Which.Description.Should().Be("party 'nato' changed");
    }
}
