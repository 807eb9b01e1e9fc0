using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Documents;

public sealed class DocumentTests
{
    private static readonly Document Draft = TestWorld.RussianDraft();

    [Fact]
    public void Constructor_BeforePresentation_HasNoRevisionAndIsConfidential()
    {
        Draft.Visibility.Should().Be(Visibility.Confidential);
        Draft.Revisions.Should().BeEmpty();
        Draft.LatestRevision.Should().BeNull();
        Draft.HandedOver.Should().BeNull();
        Draft.Disclosed.Should().BeNull();
        Draft.DisclosedBy.Should().BeNull();
        Draft.RepliesTo.Should().BeNull();
        Draft.SharedWith.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentException()
    {
        var act = () => new Document(default, DocumentKind.Letter, "Letter", [TestWorld.Russia], [TestWorld.Nato]);

        act.Should().Throw<ArgumentException>().WithParameterName("Id");
    }

    [Fact]
    public void With_NullTitle_ThrowsArgumentNullException()
    {
        var act = () => Draft with { Title = null! };

        act.Should().Throw<ArgumentNullException>().WithParameterName("Title");
    }

    [Fact]
    public void IsReadableBy_ConfidentialDocument_OnlyAuthorsAndAddressees()
    {
        Draft.IsReadableBy(TestWorld.Russia).Should().BeTrue();
        Draft.IsReadableBy(TestWorld.Nato).Should().BeTrue();
        Draft.IsReadableBy(TestWorld.Eu).Should().BeFalse();
    }

    [Fact]
    public void IsReadableBy_SharedWithNamedParties_AlsoThoseParties()
    {
        var shared = Draft with { Visibility = Visibility.SharedWithNamedParties, SharedWith = [TestWorld.Eu] };

        shared.IsReadableBy(TestWorld.Eu).Should().BeTrue();
        shared.IsReadableBy(TestWorld.Ukraine).Should().BeFalse();
    }

    [Fact]
    public void IsReadableBy_PublicDocument_Anyone() =>
        (Draft with { Visibility = Visibility.Public }).IsReadableBy(TestWorld.Ukraine).Should().BeTrue();

    [Fact]
    public void Equality_ByValue() =>
        EqualityAssertions.AssertValueEquality(
            Draft,
            TestWorld.RussianDraft(),
            Draft with { Kind = DocumentKind.DraftTreaty },
            Draft with { Title = "Treaty" },
            Draft with { Authors = [TestWorld.Russia, TestWorld.Ukraine] },
            Draft with { Addressees = [TestWorld.UnitedStates] },
            Draft with { Visibility = Visibility.Public },
            Draft with { RepliesTo = new DocumentId("earlier") },
            Draft with { Revisions = [new DocumentRevision(1, TestWorld.January, [new Provision("1", "Text.")])] });

    [Fact]
    public void Equality_RevisionsRecordedOneByOne_EqualTheSameRevisionsGivenAtOnce()
    {
        var first = new DocumentRevision(1, TestWorld.January, [new Provision("1", "Text.")]);
        var second = new DocumentRevision(2, new NodaTime.LocalDate(2022, 1, 20), [new Provision("1", "Revised text.")]);
        var recorded = Draft with { RevisionList = Draft.RevisionList.Add(first).Add(second) };

        EqualityAssertions.AssertValueEquality(
            recorded,
            Draft with { Revisions = [first, second] },
            Draft with { Revisions = [first] },
            Draft with { Revisions = [second, first] },
            Draft with { Revisions = [first, second with { Provisions = [new Provision("1", "Other text.")] }] });
        recorded.Revisions.Should().Equal(first, second);
        recorded.LatestRevision.Should().Be(second);
        (recorded with { Title = "Treaty" }).Revisions.Should().Equal([first, second], "a copy keeps the revisions");
    }
}
