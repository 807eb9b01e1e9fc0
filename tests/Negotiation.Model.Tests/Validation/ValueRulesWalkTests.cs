using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Validation;

/// <summary>How the walk of the value rules reports: every failing value once, at its own path (list items numbered from
/// 0, nested parts named), a part reused in a precondition once, a text capped by its concept only once, and what each
/// refusal says.</summary>
public sealed class ValueRulesWalkTests
{
    private static readonly Commitment Commitment = new(
        new CommitmentId("us-eu-european-security"), [TestWorld.UnitedStates, TestWorld.Eu], "With the EU.", TestWorld.EuropeanSecurity, TestWorld.Eu);

    private static readonly Statement Warning = new(new StatementId("warning"), TestWorld.Russia, StatementKind.Warning, "A military-technical response.");

    [Fact]
    public void Record_TwoProvisionsWithForbiddenNumbers_FailsAtEachIndex()
    {
        var fact = Given.DocumentPresented(TestWorld.RussianDraft(), TestWorld.ArticleDay, new Provision("4\0", "First."), new Provision("5\u0007", "Second."));

        var errors = TestWorld.Case.ShouldRefuseWith(fact, (ErrorCodes.ForbiddenCharacter, "Provisions[0].Article"), (ErrorCodes.ForbiddenCharacter, "Provisions[1].Article"));

        errors[0].ErrorMessage.Should().Be("Provisions[0].Article holds the character U+0000 at 1: no control characters (other than tab and line breaks), lone surrogates or bidirectional overrides. Remove it.");
        errors[1].ErrorMessage.Should().Be("Provisions[1].Article holds the character U+0007 at 1: no control characters (other than tab and line breaks), lone surrogates or bidirectional overrides. Remove it.");
    }

    [Fact]
    public void Record_ForbiddenCharacterInTheSecondProvisionOnly_FailsAtIndex1() =>
        TestWorld.Case.ShouldRefuse(
            Given.DocumentPresented(TestWorld.RussianDraft(), TestWorld.ArticleDay, new Provision("4", "First."), new Provision("5", "Se\0cond.")),
            ErrorCodes.ForbiddenCharacter,
            "Provisions[1].Text");

    [Fact]
    public void Record_QuoteAndConditionBothForbidden_FailsForEach() =>
        TestWorld.Case.ShouldRefuseWith(
            Given.StatementMade(Warning with { Quote = "A \0response.", Condition = "If \u202Eignored." }, TestWorld.ArticleDay),
            (ErrorCodes.ForbiddenCharacter, "Statement.Quote"),
            (ErrorCodes.ForbiddenCharacter, "Statement.Condition"));

    // The walk takes a list's parts off a stack, so a part listed twice is reported once, where it is reached first: its
    // last place.
    [Fact]
    public void Record_PartReusedInAPrecondition_FailsOnce()
    {
        var part = Precondition.DevelopmentOccurred((DevelopmentKind)42);
        var round = TestWorld.Bilateral() with { Precondition = Precondition.AllOf(part, part) };

        var error = TestWorld.Case.ShouldRefuse(Given.RoundPlanned(round), ErrorCodes.UnknownEnumValue, "Round.Precondition.Parts[1].Kind");

        error.ErrorMessage.Should().StartWith("Round.Precondition.Parts[1].Kind is 42, which is not a DevelopmentKind; use one of ");
    }

    [Fact]
    public void Record_EqualButSeparatePartsInAPrecondition_FailEach()
    {
        var round = TestWorld.Bilateral() with
        {
            Precondition = Precondition.AllOf(Precondition.DevelopmentOccurred((DevelopmentKind)42), Precondition.DevelopmentOccurred((DevelopmentKind)43)),
        };

        TestWorld.Case.ShouldRefuseWith(
            Given.RoundPlanned(round),
            (ErrorCodes.UnknownEnumValue, "Round.Precondition.Parts[0].Kind"),
            (ErrorCodes.UnknownEnumValue, "Round.Precondition.Parts[1].Kind"));
    }

    [Fact]
    public void Record_OverlongNameWithAForbiddenCharacter_FailsOnlyWithNameTooLong()
    {
        var name = new string('x', 20_001) + "\0";

        var error = TestWorld.Empty.ShouldRefuse(Given.PartyRegistered(new State(new PartyId("x"), name, "RU")), ErrorCodes.NameTooLong, "Parties[x].Name");

        error.ErrorMessage.Should().Be("The name is 20002 characters long; shorten it to at most 200.");
    }

    [Fact]
    public void Record_OverlongCondition_SaysHowLong()
    {
        var error = TestWorld.Case.ShouldRefuse(Given.StatementMade(Warning with { Condition = new string('x', 20_001) }, TestWorld.ArticleDay), ErrorCodes.TextTooLong, "Statement.Condition");

        error.ErrorMessage.Should().Be("Statement.Condition is 20001 characters long; shorten it to at most 20,000.");
    }

    [Fact]
    public void Record_UnknownVisibility_SaysWhichValuesExist()
    {
        var error = TestWorld.Case.ShouldRefuse(Given.StatementMade(Warning with { Visibility = (Visibility)99 }, TestWorld.ArticleDay), ErrorCodes.UnknownEnumValue, "Statement.Visibility");

        error.ErrorMessage.Should().Be($"Statement.Visibility is 99, which is not a Visibility; use one of {string.Join(", ", Enum.GetNames<Visibility>())}.");
    }

    [Fact]
    public void Record_DefaultOccurred_SaysTheTimeIsMissing()
    {
        var fact = Given.TopicDefined(new Topic(new TopicId("energy"), "Energy")) with { Occurred = default };

        TestWorld.Case.Record(fact).Errors.Should().ContainSingle(e => e.ErrorCode == ErrorCodes.TimeMissing)
            .Which.Should().Match<FluentValidation.Results.ValidationFailure>(e =>
                e.PropertyName == "Occurred" && e.ErrorMessage == "Occurred is default (1 January 1); say when, with a Moment, a LocalDate or a DateWindow.");
    }

    [Fact]
    public void Record_UnknownFormatsInACommitmentsScope_FailAtEachIndex()
    {
        var scope = new CommitmentScope { Formats = [RoundFormat.Bilateral, (RoundFormat)70, (RoundFormat)71] };

        var errors = TestWorld.Case.ShouldRefuseWith(
            Given.CommitmentMade(Commitment with { Scope = scope }),
            (ErrorCodes.UnknownEnumValue, "Commitment.Scope.Formats[1]"),
            (ErrorCodes.UnknownEnumValue, "Commitment.Scope.Formats[2]"));

        errors[1].ErrorMessage.Should().StartWith("Commitment.Scope.Formats[2] is 71, which is not a RoundFormat; use one of ");
    }

    [Fact]
    public void Record_UnknownFirstChannelOfACommitmentsScope_FailsAtIndex0() =>
        TestWorld.Case.ShouldRefuse(
            Given.CommitmentMade(Commitment with { Scope = new CommitmentScope { Channels = [(RoundChannel)70] } }),
            ErrorCodes.UnknownEnumValue,
            "Commitment.Scope.Channels[0]");

    [Fact]
    public void Record_KnownFormatsInACommitmentsScope_Accepted() =>
        TestWorld.Case.ShouldAccept(Given.CommitmentMade(Commitment with { Scope = new CommitmentScope { Formats = [RoundFormat.Bilateral, RoundFormat.Multilateral] } }));

    [Fact]
    public void Record_TextsWithoutFault_Accepted() =>
        TestWorld.Case.ShouldAccept(Given.DocumentPresented(TestWorld.RussianDraft(), TestWorld.ArticleDay, new Provision("4", "First,\ttab.\r\n"), new Provision("5", "Second \U0001F600.")));
}
