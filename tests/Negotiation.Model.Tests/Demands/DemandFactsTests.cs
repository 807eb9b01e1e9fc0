using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Demands;

public sealed class DemandFactsTests
{
    private static readonly DocumentId Draft = new("ru-nato-draft");
    private static readonly StatementId LavrovDemands = new("lavrov-demands");
    private static readonly StatementId BlinkenReplies = new("blinken-replies");
    private static readonly DemandId Guarantees = new("legal-guarantees");
    private static readonly DemandId NoEnlargement = new("no-enlargement");
    private static readonly DemandId UsDemand = new("us-de-escalation");
    private static readonly Moment LastWeek = DateWindow.LastWeek(TestWorld.ArticleDay);

    /// <summary>The world with Russia's draft of last week (articles 1 and 4), a Russian and a US statement, and
    /// Russia's demand for legal guarantees and a US demand tabled.</summary>
    private static readonly NegotiationCase Case = TestWorld.Case.RecordOrThrow(
        Given.DocumentPresented(TestWorld.RussianDraft(), LastWeek, new Provision("1", "Indivisible security."), new Provision("4", "No further enlargement of NATO.")),
        Given.StatementMade(new Statement(LavrovDemands, TestWorld.Russia, StatementKind.Demand, "We need legal guarantees.") { Speaker = TestWorld.Lavrov }),
        Given.StatementMade(new Statement(BlinkenReplies, TestWorld.UnitedStates, StatementKind.Demand, "Russia must de-escalate.") { Speaker = TestWorld.Blinken }),
        Given.DemandTabled(TestWorld.RussianDemand(Guarantees.Value) with { Package = "security-package" }),
        Given.DemandTabled(new Demand(UsDemand, TestWorld.UnitedStates, [TestWorld.Russia], "Pull back the troops.") { Package = "us-package" }));

    [Fact]
    public void DemandTabled_WellFormed_AddsTheDemandAndAStandingLifecycle()
    {
        var demand = NoEnlargementDemand();

        var negotiation = Case.ShouldAccept(Given.DemandTabled(demand, LastWeek));

        negotiation.Demands[NoEnlargement].Should().Be(demand);
        negotiation.DemandLifecycles[NoEnlargement].Should().Be(new DemandLifecycle(LastWeek));
        negotiation.DemandLifecycles[NoEnlargement].IsStanding.Should().BeTrue();
    }

    [Fact]
    public void DemandTabled_CarriedByAProvisionOfItsAuthorsDocument_IsAccepted() =>
        Case.ShouldAccept(Given.DemandTabled(NoEnlargementDemand() with { Source = DemandSource.InProvision(Draft, 1, "4") }));

    [Fact]
    public void DemandTabled_MadeInItsAuthorsStatement_IsAccepted() =>
        Case.ShouldAccept(Given.DemandTabled(NoEnlargementDemand() with { Source = DemandSource.InStatement(LavrovDemands) }));

    [Fact]
    public void DemandTabled_JoiningItsAuthorsPackage_IsAccepted() =>
        Case.ShouldAccept(Given.DemandTabled(NoEnlargementDemand() with { Package = "security-package" }));

    [Fact]
    public void DemandTabled_TakenId_FailsWithDuplicateId() =>
        Case.ShouldRefuse(Given.DemandTabled(TestWorld.RussianDemand(Guarantees.Value)), ErrorCodes.DuplicateId, "Demands[legal-guarantees]");

    [Fact]
    public void DemandTabled_BlankText_FailsWithTextRequired() =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Text = " " }), ErrorCodes.TextRequired, "Demands[no-enlargement].Text");

    [Fact]
    public void DemandTabled_TextOver20000Characters_FailsWithTextTooLong() =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Text = new string('x', 20_001) }), ErrorCodes.TextTooLong, "Demands[no-enlargement].Text");

    [Fact]
    public void DemandTabled_UnknownAuthor_FailsWithUnknownParty() =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Author = TestWorld.Atlantis }), ErrorCodes.UnknownParty, "Demands[no-enlargement].Author");

    [Fact]
    public void DemandTabled_NoAddressee_FailsWithNoAddressee() =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Addressees = [] }), ErrorCodes.NoAddressee, "Demands[no-enlargement].Addressees");

    [Fact]
    public void DemandTabled_UnknownAddressee_FailsWithUnknownParty() =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Addressees = [TestWorld.Nato, TestWorld.Atlantis] }), ErrorCodes.UnknownParty, "Demands[no-enlargement].Addressees[1]");

    [Fact]
    public void DemandTabled_AddresseeListedTwice_FailsWithDuplicateEntry() =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Addressees = [TestWorld.Nato, TestWorld.Nato] }), ErrorCodes.DuplicateEntry, "Demands[no-enlargement].Addressees[1]");

    [Fact]
    public void DemandTabled_AuthorAmongAddressees_FailsWithAuthorAmongAddressees()
    {
        var error = Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Addressees = [TestWorld.Nato, TestWorld.Russia] }), ErrorCodes.AuthorAmongAddressees, "Demands[no-enlargement].Addressees[1]");

        error.ErrorMessage.Should().Be("'russia' cannot address a demand to itself; remove it from the addressees.");
    }

    [Fact]
    public void DemandTabled_UnknownTopic_FailsWithUnknownTopic() =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Topics = [new TopicId("space")] }), ErrorCodes.UnknownTopic, "Demands[no-enlargement].Topics[0]");

    [Fact]
    public void DemandTabled_UnknownConcernedParty_FailsWithUnknownParty() =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Concerns = [TestWorld.Atlantis] }), ErrorCodes.UnknownParty, "Demands[no-enlargement].Concerns[0]");

    [Fact]
    public void DemandTabled_UnknownSourceStatement_FailsWithUnknownStatement() =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Source = DemandSource.InStatement(new StatementId("unsaid")) }), ErrorCodes.UnknownStatement, "Demands[no-enlargement].Source");

    [Fact]
    public void DemandTabled_SourceStatementOfAnotherParty_FailsWithSourceOfOtherAuthor() =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Source = DemandSource.InStatement(BlinkenReplies) }), ErrorCodes.SourceOfOtherAuthor, "Demands[no-enlargement].Source");

    [Fact]
    public void DemandTabled_UnknownSourceDocument_FailsWithUnknownDocument() =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Source = DemandSource.InProvision(new DocumentId("unwritten"), 1, "4") }), ErrorCodes.UnknownDocument, "Demands[no-enlargement].Source");

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void DemandTabled_RevisionTheDocumentDoesNotHave_FailsWithUnknownRevision(int revision) =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Source = DemandSource.InProvision(Draft, revision, "4") }), ErrorCodes.UnknownRevision, "Demands[no-enlargement].Source");

    [Fact]
    public void DemandTabled_ArticleTheRevisionDoesNotHave_FailsWithUnknownProvision() =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Source = DemandSource.InProvision(Draft, 1, "9") }), ErrorCodes.UnknownProvision, "Demands[no-enlargement].Source");

    [Fact]
    public void DemandTabled_ProvisionOfAnotherAuthorsDocument_FailsWithSourceOfOtherAuthor() =>
        Case.ShouldRefuse(
            Given.DemandTabled(new Demand(new DemandId("us-limits"), TestWorld.UnitedStates, [TestWorld.Russia], "Limits.") { Source = DemandSource.InProvision(Draft, 1, "4") }),
            ErrorCodes.SourceOfOtherAuthor,
            "Demands[us-limits].Source");

    [Fact]
    public void DemandTabled_PackageOfAnotherAuthor_FailsWithPackageMixesAuthors()
    {
        var error = Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Package = "us-package" }), ErrorCodes.PackageMixesAuthors, "Demands[no-enlargement].Package");

        error.ErrorMessage.Should().Contain("'us-de-escalation'").And.Contain("'united-states'");
    }

    [Fact]
    public void DemandTabled_Describe_NamesAuthorAddresseesAndText() =>
        Given.DemandTabled(NoEnlargementDemand() with { Addressees = [TestWorld.Nato, TestWorld.UnitedStates] }).Describe()
            .Should().Be("russia demands of nato, united-states: NATO must not admit new members.");

    [Fact]
    public void DemandWithdrawn_StandingDemand_RecordsWhenItWasWithdrawn()
    {
        var negotiation = Case.ShouldAccept(Given.DemandWithdrawn(Guarantees, TestWorld.January));

        var lifecycle = negotiation.DemandLifecycles[Guarantees];
        lifecycle.Withdrawn.Should().Be(Moment.Within(TestWorld.January));
        lifecycle.IsStanding.Should().BeFalse();
        negotiation.Demands.Should().ContainKey(Guarantees, "a withdrawn demand is kept");
        Case.DemandLifecycles[Guarantees].IsStanding.Should().BeTrue();
    }

    [Fact]
    public void DemandWithdrawn_UnknownDemand_FailsWithUnknownDemand() =>
        Case.ShouldRefuse(Given.DemandWithdrawn(NoEnlargement, TestWorld.January), ErrorCodes.UnknownDemand, "Demands[no-enlargement]");

    [Fact]
    public void DemandWithdrawn_AlreadyWithdrawn_FailsWithDemandNotOpen()
    {
        var withdrawn = Case.RecordOrThrow(Given.DemandWithdrawn(Guarantees, TestWorld.EarlyJanuary));

        var error = withdrawn.ShouldRefuse(Given.DemandWithdrawn(Guarantees, TestWorld.January), ErrorCodes.DemandNotOpen, "Demands[legal-guarantees]");

        error.ErrorMessage.Should().Be("The demand 'legal-guarantees' was already withdrawn.");
    }

    [Fact]
    public void DemandWithdrawn_AlreadyReplaced_FailsWithDemandNotOpen()
    {
        var replaced = Case.RecordOrThrow(Given.DemandTabled(NoEnlargementDemand()), Given.DemandReplaced(Guarantees, NoEnlargement, TestWorld.EarlyJanuary));

        var error = replaced.ShouldRefuse(Given.DemandWithdrawn(Guarantees, TestWorld.January), ErrorCodes.DemandNotOpen, "Demands[legal-guarantees]");

        error.ErrorMessage.Should().Be("The demand 'legal-guarantees' was already replaced.");
    }

    [Fact]
    public void DemandWithdrawn_CertainlyBeforeItWasTabled_FailsWithClosedBeforeTabled()
    {
        // Legal guarantees were tabled on the article's day, 22 December 2021.
        var error = Case.ShouldRefuse(Given.DemandWithdrawn(Guarantees, new LocalDate(2021, 12, 20)), ErrorCodes.ClosedBeforeTabled, "Demands[legal-guarantees]");

        error.ErrorMessage.Should().Be("The demand 'legal-guarantees' cannot be withdrawn or replaced (20 December 2021) before it was tabled (22 December 2021); check both times.");
    }

    [Fact]
    public void DemandWithdrawn_PossiblyBeforeItWasTabled_IsAccepted() =>
        // "In December 2021" may be after the 22nd: only a withdrawal certainly before the tabling is refused.
        Case.ShouldAccept(Given.DemandWithdrawn(Guarantees, DateWindow.In(new YearMonth(2021, 12))));

    [Fact]
    public void DemandWithdrawn_Describe_NamesTheDemand() =>
        Given.DemandWithdrawn(Guarantees, TestWorld.January).Describe().Should().Be("demand legal-guarantees withdrawn");

    [Fact]
    public void DemandReplaced_ByAnotherDemandOfTheSameAuthor_RecordsTheReplacement()
    {
        var negotiation = Case.RecordOrThrow(Given.DemandTabled(NoEnlargementDemand()))
            .ShouldAccept(Given.DemandReplaced(Guarantees, NoEnlargement, TestWorld.January));

        negotiation.DemandLifecycles[Guarantees].Should().Be(
            new DemandLifecycle(TestWorld.ArticleDay) { ReplacedBy = NoEnlargement, Replaced = TestWorld.January, Hardened = false });
        negotiation.DemandLifecycles[NoEnlargement].IsStanding.Should().BeTrue();
    }

    [Fact]
    public void DemandReplaced_Hardened_RecordsThatTheReplacementIsHarder() =>
        Case.RecordOrThrow(Given.DemandTabled(NoEnlargementDemand()))
            .ShouldAccept(Given.DemandReplaced(Guarantees, NoEnlargement, TestWorld.January, hardened: true))
            .DemandLifecycles[Guarantees].Hardened.Should().BeTrue();

    [Fact]
    public void DemandReplaced_UnknownDemand_FailsWithUnknownDemand() =>
        Case.ShouldRefuse(Given.DemandReplaced(NoEnlargement, Guarantees, TestWorld.January), ErrorCodes.UnknownDemand, "Demands[no-enlargement]");

    [Fact]
    public void DemandReplaced_UnknownReplacement_FailsWithUnknownDemand() =>
        Case.ShouldRefuse(Given.DemandReplaced(Guarantees, NoEnlargement, TestWorld.January), ErrorCodes.UnknownDemand, "Demands[legal-guarantees].ReplacedBy");

    [Fact]
    public void DemandReplaced_ByItself_FailsWithInvalidReplacement() =>
        Case.ShouldRefuse(Given.DemandReplaced(Guarantees, Guarantees, TestWorld.January), ErrorCodes.InvalidReplacement, "Demands[legal-guarantees].ReplacedBy");

    [Fact]
    public void DemandReplaced_ByAnotherAuthorsDemand_FailsWithInvalidReplacement() =>
        Case.ShouldRefuse(Given.DemandReplaced(Guarantees, UsDemand, TestWorld.January), ErrorCodes.InvalidReplacement, "Demands[legal-guarantees].ReplacedBy");

    [Fact]
    public void DemandReplaced_Withdrawn_FailsWithDemandNotOpen() =>
        Case.RecordOrThrow(Given.DemandTabled(NoEnlargementDemand()), Given.DemandWithdrawn(Guarantees, TestWorld.EarlyJanuary))
            .ShouldRefuse(Given.DemandReplaced(Guarantees, NoEnlargement, TestWorld.January), ErrorCodes.DemandNotOpen, "Demands[legal-guarantees]");

    [Fact]
    public void DemandReplaced_CertainlyBeforeItWasTabled_FailsWithClosedBeforeTabled() =>
        Case.RecordOrThrow(Given.DemandTabled(NoEnlargementDemand(), LastWeek))
            .ShouldRefuse(Given.DemandReplaced(Guarantees, NoEnlargement, new LocalDate(2021, 12, 20)), ErrorCodes.ClosedBeforeTabled, "Demands[legal-guarantees]");

    [Fact]
    public void DemandReplaced_Describe_SaysSupersededOrHardened()
    {
        Given.DemandReplaced(Guarantees, NoEnlargement, TestWorld.January).Describe().Should().Be("demand legal-guarantees superseded by no-enlargement");
        Given.DemandReplaced(Guarantees, NoEnlargement, TestWorld.January, hardened: true).Describe().Should().Be("demand legal-guarantees hardened into no-enlargement");
    }

    [Fact]
    public void DemandTabled_FormalisingAnEarlierStatement_KeepsTheLink()
    {
        // Lavrov's words of 22 December, formalised by a demand tabled the next day.
        var demand = NoEnlargementDemand() with { Formalises = [LavrovDemands] };

        var negotiation = Case.ShouldAccept(Given.DemandTabled(demand, TestWorld.ArticleDay.PlusDays(1)));

        negotiation.Demands[NoEnlargement].Formalises.Should().Equal(LavrovDemands);
        Case.ShouldAccept(Given.DemandTabled(demand, TestWorld.ArticleDay)); // the same day: the statement may have come first
    }

    [Fact]
    public void DemandTabled_FormalisingAnUnknownStatement_FailsWithUnknownStatement() =>
        Case.ShouldRefuse(Given.DemandTabled(NoEnlargementDemand() with { Formalises = [new StatementId("never-said")] }), ErrorCodes.UnknownStatement, "Demands[no-enlargement].Formalises[0]");

    private static Demand NoEnlargementDemand() =>
        new(NoEnlargement, TestWorld.Russia, [TestWorld.Nato], "NATO must not admit new members.")
        {
            Kind = DemandKind.Prohibition,
            Topics = [TestWorld.NatoEnlargement],
            Concerns = [TestWorld.Ukraine, TestWorld.Georgia],
        };
}
