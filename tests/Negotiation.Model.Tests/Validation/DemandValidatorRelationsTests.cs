using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

/// <summary>A demand's co-authors, carrying provisions, conflicts, formalised statements and package as its validator
/// judges them: where each failure is reported and what it says.</summary>
public sealed class DemandValidatorRelationsTests
{
    private static readonly DemandId Transparency = new("transparency");

    // A US demand of Russia, made in writing on 21 December 2021 in no package.
    private static Demand UsDemand => new(Transparency, Usa, [Russia], "Reciprocal transparency on exercises.");

    [Fact]
    public void Validate_NoAddressee_SaysToNameOne() =>
        Validator.TestValidate(UsDemand with { Addressees = [] })
            .ShouldFail("Demands[transparency].Addressees", ErrorCodes.NoAddressee)
            .WithErrorMessage("The demand is addressed to nobody; name at least one addressee.");

    [Fact]
    public void Validate_CoAuthorAlsoAddressed_SaysSoAtTheCoAuthor()
    {
        var result = Validator.TestValidate(UsDemand with { CoAuthors = [France, Russia] }, Base);

        result.ShouldFail("Demands[transparency].CoAuthors[1]", ErrorCodes.AuthorAmongAddressees)
            .WithErrorMessage("'russia' is both a co-author and an addressee of the demand; a party does not demand of itself.");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_CarriedByAnUnknownDocumentAndAMissingArticle_FailsAtEach()
    {
        var result = Validator.TestValidate(UsDemand with { AlsoCarriedBy = [new ProvisionRef(RuUsDraft, 1, "4"), new ProvisionRef(new DocumentId("us-draft"), 1, "1"), new ProvisionRef(RuUsDraft, 1, "9")] }, Base);

        result.ShouldFail("Demands[transparency].AlsoCarriedBy[1]", ErrorCodes.UnknownDocument);
        result.ShouldFail("Demands[transparency].AlsoCarriedBy[2]", ErrorCodes.UnknownProvision);
        result.Errors.Should().HaveCount(2);
    }

    [Fact]
    public void Validate_ConflictWithAnotherAuthorsDemand_Passes() =>
        Validator.TestValidate(UsDemand with { ConflictsWith = [LegalGuarantees, NoEnlargement] }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_ConflictWithAnUnknownDemand_FailsWithUnknownDemandAtItsIndex() =>
        Validator.TestValidate(UsDemand with { ConflictsWith = [LegalGuarantees, new DemandId("no-missiles")] }, Base)
            .ShouldFail("Demands[transparency].ConflictsWith[1]", ErrorCodes.UnknownDemand);

    [Fact]
    public void Validate_ConflictWithTheAuthorsOwnDemand_SaysSo()
    {
        var russian = UsDemand with { Author = Russia, Addressees = [Usa], ConflictsWith = [NoEnlargement] };

        Validator.TestValidate(russian, Base)
            .ShouldFail("Demands[transparency].ConflictsWith[0]", ErrorCodes.ConflictWithOwnDemand)
            .WithErrorMessage("'no-enlargement' is a demand of the same author; a demand conflicts with another party's demand.");
    }

    [Fact]
    public void Validate_ConflictWithItself_FailsWithConflictWithOwnDemand()
    {
        var tabled = Base.Given(Tabled(UsDemand));

        Validator.TestValidate(UsDemand with { ConflictsWith = [Transparency] }, tabled)
            .ShouldFail("Demands[transparency].ConflictsWith[0]", ErrorCodes.ConflictWithOwnDemand);
    }

    [Fact]
    public void Validate_FormalisingAStatementMadeAfterTabling_SaysBothTimes()
    {
        var tabled = Base.Given(Tabled(UsDemand, Dec(18)));

        Validator.TestValidate(UsDemand with { Formalises = [RyabkovWarning] }, tabled)
            .ShouldFail("Demands[transparency].Formalises[0]", ErrorCodes.FormalisesLaterStatement)
            .WithErrorMessage("'ryabkov-warning' (21 December 2021) was made after 'transparency' was tabled (18 December 2021); a demand formalises what was said before it. Check both times.");
    }

    [Fact]
    public void Validate_FormalisingAStatementOfTheDayOfTabling_Passes()
    {
        var tabled = Base.Given(Tabled(UsDemand, Dec(21)));

        Validator.TestValidate(UsDemand with { Formalises = [RyabkovWarning] }, tabled).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_FormalisingAnUnknownStatementSecond_FailsAtItsIndex() =>
        Validator.TestValidate(UsDemand with { Formalises = [RyabkovWarning, new StatementId("psaki-briefing")] }, Base)
            .ShouldFail("Demands[transparency].Formalises[1]", ErrorCodes.UnknownStatement);

    [Fact]
    public void Validate_BlankPackage_SaysToNameItOrLeaveItOut() =>
        Validator.TestValidate(UsDemand with { Package = " " })
            .ShouldFail("Demands[transparency].Package", ErrorCodes.NameRequired)
            .WithErrorMessage("The package name is blank; name the package or leave it out.");

    [Fact]
    public void Validate_PackageOfAnotherAuthor_NamesItsFirstDemandAndAuthor() =>
        Validator.TestValidate(UsDemand with { Package = "security-guarantees" }, Base)
            .ShouldFail("Demands[transparency].Package", ErrorCodes.PackageMixesAuthors)
            .WithErrorMessage("The package 'security-guarantees' already holds 'legal-guarantees' by 'russia'; a package belongs to one author.");

    [Fact]
    public void Validate_PackageOfTheSameAuthor_Passes() =>
        Validator.TestValidate(UsDemand with { Author = Russia, Addressees = [Usa], Package = "security-guarantees" }, Base).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_PackageWithoutACase_IsNotCompared() =>
        Validator.TestValidate(UsDemand with { Package = "security-guarantees" }).ShouldNotHaveAnyValidationErrors();

    private static DemandValidator Validator => DemandValidator.Instance;
}
