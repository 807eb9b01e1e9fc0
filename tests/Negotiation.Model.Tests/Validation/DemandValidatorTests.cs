using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class DemandValidatorTests
{
    private static DemandValidator Validator => DemandValidator.Instance;

    private static readonly DemandId NoBases = new("no-bases");

    // Tabled in article 4 of the draft agreement with NATO.
    private static Demand NoBasesDemand => new(NoBases, Russia, [Nato], "No military bases in former Soviet states.")
    {
        Kind = DemandKind.Prohibition,
        Topics = [EuropeanSecurity],
        Concerns = [Ukraine],
        Source = DemandSource.InProvision(RuNatoDraft, 1, "4"),
        Package = "security-guarantees",
    };

    [Fact]
    public void Validate_DemandCarriedByTheAuthorsDraft_Passes() =>
        Validator.TestValidate(NoBasesDemand, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_BlankText_FailsWithTextRequired() =>
        Validator.TestValidate(NoBasesDemand with { Text = " " }).ShouldFail("Demands[no-bases].Text", ErrorCodes.TextRequired);

    [Fact]
    public void Validate_TextOver20000Characters_FailsWithTextTooLong()
    {
        Validator.TestValidate(NoBasesDemand with { Text = new string('x', 20_001) }).ShouldFail("Demands[no-bases].Text", ErrorCodes.TextTooLong);
        Validator.TestValidate(NoBasesDemand with { Text = new string('x', 20_000) }).ShouldNotHaveValidationErrorFor("Demands[no-bases].Text");
    }

    [Fact]
    public void Validate_NoAddressee_FailsWithNoAddressee() =>
        Validator.TestValidate(NoBasesDemand with { Addressees = [] }).ShouldFail("Demands[no-bases].Addressees", ErrorCodes.NoAddressee);

    [Fact]
    public void Validate_AuthorAmongAddressees_FailsWithAuthorAmongAddresseesAtItsIndex() =>
        Validator.TestValidate(NoBasesDemand with { Addressees = [Nato, Russia] }).ShouldFail("Demands[no-bases].Addressees[1]", ErrorCodes.AuthorAmongAddressees);

    [Fact]
    public void Validate_AddresseeListedTwice_FailsWithDuplicateEntry() =>
        Validator.TestValidate(NoBasesDemand with { Addressees = [Nato, Nato] }, Base).ShouldFail("Demands[no-bases].Addressees[1]", ErrorCodes.DuplicateEntry);

    [Fact]
    public void Validate_UnregisteredAuthor_FailsWithUnknownParty() =>
        Validator.TestValidate(NoBasesDemand with { Author = new PartyId("belarus"), Source = null, Package = null }, Base)
            .ShouldFail("Demands[no-bases].Author", ErrorCodes.UnknownParty);

    [Fact]
    public void Validate_DefaultConcernedParty_FailsWithIdMissing() =>
        Validator.TestValidate(NoBasesDemand with { Concerns = [default] }).ShouldFail("Demands[no-bases].Concerns[0]", ErrorCodes.IdMissing);

    [Fact]
    public void Validate_UndefinedTopic_FailsWithUnknownTopic() =>
        Validator.TestValidate(NoBasesDemand with { Topics = [EuropeanSecurity, new TopicId("bases")] }, Base).ShouldFail("Demands[no-bases].Topics[1]", ErrorCodes.UnknownTopic);

    [Fact]
    public void Validate_DefaultSource_FailsWithIdMissing() =>
        Validator.TestValidate(NoBasesDemand with { Source = default(DemandSource) }).ShouldFail("Demands[no-bases].Source", ErrorCodes.IdMissing);

    [Fact]
    public void Validate_SourceInAnUnpresentedDocument_FailsWithUnknownDocument() =>
        Validator.TestValidate(NoBasesDemand with { Source = DemandSource.InProvision(new DocumentId("ru-osce-draft"), 1, "1") }, Base)
            .ShouldFail("Demands[no-bases].Source", ErrorCodes.UnknownDocument);

    [Fact]
    public void Validate_SourceInAMissingRevision_FailsWithUnknownRevision() =>
        Validator.TestValidate(NoBasesDemand with { Source = DemandSource.InProvision(RuNatoDraft, 2, "4") }, Base)
            .ShouldFail("Demands[no-bases].Source", ErrorCodes.UnknownRevision);

    [Fact]
    public void Validate_SourceInAMissingArticle_FailsWithUnknownProvision() =>
        Validator.TestValidate(NoBasesDemand with { Source = DemandSource.InProvision(RuNatoDraft, 1, "9") }, Base)
            .ShouldFail("Demands[no-bases].Source", ErrorCodes.UnknownProvision);

    [Fact]
    public void Validate_SourceInAnotherAuthorsDocument_FailsWithSourceOfOtherAuthor() =>
        Validator.TestValidate(NoBasesDemand with { Author = Usa, Addressees = [Russia], Package = null }, Base)
            .ShouldFail("Demands[no-bases].Source", ErrorCodes.SourceOfOtherAuthor);

    [Fact]
    public void Validate_SourceInAnotherPartysStatement_FailsWithSourceOfOtherAuthor()
    {
        var demand = NoBasesDemand with { Author = Usa, Addressees = [Russia], Package = null, Source = DemandSource.InStatement(RyabkovWarning) };

        Validator.TestValidate(demand, Base).ShouldFail("Demands[no-bases].Source", ErrorCodes.SourceOfOtherAuthor);
        Validator.TestValidate(NoBasesDemand with { Source = DemandSource.InStatement(RyabkovWarning) }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_SourceInAnUnrecordedStatement_FailsWithUnknownStatement() =>
        Validator.TestValidate(NoBasesDemand with { Source = DemandSource.InStatement(new StatementId("putin-2021-12-23")) }, Base)
            .ShouldFail("Demands[no-bases].Source", ErrorCodes.UnknownStatement);

    [Fact]
    public void Validate_BlankPackageName_FailsWithNameRequired() =>
        Validator.TestValidate(NoBasesDemand with { Package = "" }).ShouldFail("Demands[no-bases].Package", ErrorCodes.NameRequired);

    [Fact]
    public void Validate_PackageOfAnotherAuthor_FailsWithPackageMixesAuthors()
    {
        var usDemand = new Demand(new DemandId("transparency"), Usa, [Russia], "Reciprocal transparency on exercises.") { Package = "security-guarantees" };

        Validator.TestValidate(usDemand, Base).ShouldFail("Demands[transparency].Package", ErrorCodes.PackageMixesAuthors);
        Validator.TestValidate(usDemand with { Package = "us-counter-proposals" }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Record_DemandInAnotherAuthorsPackage_IsRefused() =>
        Base.Record(Tabled(new Demand(new DemandId("transparency"), Usa, [Russia], "Reciprocal transparency on exercises.") { Package = "security-guarantees" }))
            .Failures().ShouldFail("Demands[transparency].Package", ErrorCodes.PackageMixesAuthors);

    [Fact]
    public void Record_WithdrawingAnUntabledDemand_FailsWithUnknownDemand() =>
        Base.Record(new DemandWithdrawn { Demand = NoBases, Occurred = Dec(30), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Demands[no-bases]", ErrorCodes.UnknownDemand);

    [Fact]
    public void Record_WithdrawingTwice_FailsWithDemandNotOpen()
    {
        var withdrawn = new DemandWithdrawn { Demand = NoEnlargement, Occurred = Dec(30), Recorded = Recorded, Source = Reuters };

        Base.Record(withdrawn).Then(withdrawn).Failures().ShouldFail("Demands[no-enlargement]", ErrorCodes.DemandNotOpen);
    }

    [Fact]
    public void Record_ReplacingWithAnotherAuthorsDemand_FailsWithInvalidReplacement()
    {
        var negotiation = Base.Given(Tabled(new Demand(new DemandId("transparency"), Usa, [Russia], "Reciprocal transparency on exercises.")));

        negotiation.Record(new DemandReplaced { Demand = NoEnlargement, By = new DemandId("transparency"), Occurred = Dec(30), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Demands[no-enlargement].ReplacedBy", ErrorCodes.InvalidReplacement);
    }

    [Fact]
    public void Record_ReplacingWithAWithdrawnDemand_FailsWithReplacedByClosedDemand()
    {
        var negotiation = Base.Given(
            Tabled(NoBasesDemand),
            new DemandWithdrawn { Demand = NoBases, Occurred = Dec(28), Recorded = Recorded, Source = Reuters });
        var replaced = new DemandReplaced { Demand = NoEnlargement, By = NoBases, Hardened = true, Occurred = Dec(30), Recorded = Recorded, Source = Reuters };

        negotiation.Record(replaced).Failures().ShouldFail("Demands[no-enlargement].ReplacedBy", ErrorCodes.ReplacedByClosedDemand);
        Base.Record(Tabled(NoBasesDemand)).Then(replaced).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Record_ReplacingWithAReplacedDemand_FailsWithReplacedByClosedDemand()
    {
        var negotiation = Base.Given(
            Tabled(NoBasesDemand),
            new DemandReplaced { Demand = NoBases, By = LegalGuarantees, Occurred = Dec(28), Recorded = Recorded, Source = Reuters });

        negotiation.Record(new DemandReplaced { Demand = NoEnlargement, By = NoBases, Occurred = Dec(30), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Demands[no-enlargement].ReplacedBy", ErrorCodes.ReplacedByClosedDemand);
    }

    [Fact]
    public void Record_WithdrawingBeforeTheDemandWasTabled_FailsWithClosedBeforeTabled()
    {
        // No-enlargement was tabled on 17 December 2021.
        var result = Base.Record(new DemandWithdrawn { Demand = NoEnlargement, Occurred = Dec(10), Recorded = Recorded, Source = Reuters });

        result.Failures().ShouldFail("Demands[no-enlargement]", ErrorCodes.ClosedBeforeTabled);
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Record_ReplacingBeforeTheDemandWasTabled_FailsWithClosedBeforeTabled() =>
        Base.Given(Tabled(NoBasesDemand with { Source = null }, Dec(1)))
            .Record(new DemandReplaced { Demand = NoEnlargement, By = NoBases, Occurred = Dec(10), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Demands[no-enlargement]", ErrorCodes.ClosedBeforeTabled);

    [Fact]
    public void Record_WithdrawingOnTheDayOrPossiblyAfterTabling_Succeeds()
    {
        // Withdrawn the day it was tabled, or "in December 2021", which may be after the 17th: neither is certainly before.
        Base.Record(new DemandWithdrawn { Demand = NoEnlargement, Occurred = Dec(17), Recorded = Recorded, Source = Reuters }).Failures.Should().BeEmpty();
        Base.Record(new DemandWithdrawn { Demand = NoEnlargement, Occurred = DateWindow.In(new NodaTime.YearMonth(2021, 12)), Recorded = Recorded, Source = Reuters })
            .Failures.Should().BeEmpty();
    }
}
