using Negotiation.Model.Tests.TestSupport;

namespace Negotiation.Model.Tests.Validation;

/// <summary>The rules every value a fact carries obeys: texts capped and free of control characters, lone surrogates and
/// bidirectional overrides; enums named; times given. Each repro of the finding 7 was accepted before.</summary>
public sealed class ValueRulesTests
{
    private static readonly string Huge = new('x', 10 * 1024 * 1024);
    private static readonly Statement Warning = new(new StatementId("warning"), TestWorld.Russia, StatementKind.Warning, "A military-technical response.");

    public static TheoryData<string> ForbiddenTexts => ["Rus\0sia", "Rus\u0007sia", "Rus\u202Esia", "Rus\u2066sia", "Rus\u0085sia"];

    [Theory]
    [MemberData(nameof(ForbiddenTexts))]
    public void Record_PartyNameWithForbiddenCharacter_FailsWithForbiddenCharacter(string name) =>
        TestWorld.Empty.ShouldRefuse(Given.PartyRegistered(new State(new PartyId("x"), name, "RU")), ErrorCodes.ForbiddenCharacter, "Party.Name");

    [Fact]
    public void Record_NamesWithLoneSurrogates_FailWithForbiddenCharacter()
    {
        // Built here, not as theory data: the test runner's serialisation would replace a lone surrogate.
        foreach (var name in new[] { "Rus" + '\uD800' + "sia", "Russia" + '\uDC00' })
        {
            TestWorld.Empty.ShouldRefuse(Given.PartyRegistered(new State(new PartyId("x"), name, "RU")), ErrorCodes.ForbiddenCharacter, "Party.Name");
        }
    }

    [Fact]
    public void Record_QuoteWithLineBreaksTabsAndEmoji_Accepted() =>
        TestWorld.Case.ShouldAccept(Given.StatementMade(Warning with { Quote = "Line one,\r\n\tline two \U0001F600." }, TestWorld.ArticleDay));

    [Fact]
    public void Record_OutletWithRightToLeftOverride_FailsWithForbiddenCharacter() =>
        TestWorld.Case.ShouldRefuse(Given.StatementMade(Warning, TestWorld.ArticleDay) with { Source = new Source("R\u202Eeuters", TestWorld.ArticleDay) }, ErrorCodes.ForbiddenCharacter, "Source.Outlet");

    [Fact]
    public void Record_HugeSpeakerChannelAndReference_FailWithLengthCodes() =>
        TestWorld.Case.ShouldRefuseWith(
            Given.StatementMade(Warning, TestWorld.ArticleDay) with { Source = new Source("Reuters", TestWorld.ArticleDay) { Speaker = Huge, Channel = Huge, Reference = Huge } },
            (ErrorCodes.NameTooLong, "Source.Speaker"),
            (ErrorCodes.NameTooLong, "Source.Channel"),
            (ErrorCodes.TextTooLong, "Source.Reference"));

    [Fact]
    public void Record_HugeConditionAndPackage_FailWithTextTooLong()
    {
        TestWorld.Case.ShouldRefuse(Given.StatementMade(Warning with { Condition = Huge }, TestWorld.ArticleDay), ErrorCodes.TextTooLong, "Statement.Condition");
        TestWorld.Case.ShouldRefuse(Given.DemandTabled(TestWorld.RussianDemand("guarantees") with { Package = Huge }), ErrorCodes.TextTooLong, "Demand.Package");
    }

    [Fact]
    public void Record_HugeCancellationReason_FailsWithTextTooLong()
    {
        var planned = TestWorld.Case.ShouldAccept(Given.RoundPlanned(TestWorld.Bilateral()));

        planned.ShouldRefuse(Given.RoundCancelled(TestWorld.BilateralId, Huge, TestWorld.ArticleDay), ErrorCodes.TextTooLong, "Reason");
    }

    [Fact]
    public void Record_OutOfRangeEnums_FailWithUnknownEnumValue()
    {
        TestWorld.Case.ShouldRefuse(Given.StatementMade(Warning with { Visibility = (Visibility)99 }, TestWorld.ArticleDay), ErrorCodes.UnknownEnumValue, "Statement.Visibility");
        TestWorld.Case.ShouldRefuse(Given.StatementMade(Warning with { Kind = (StatementKind)(-1) }, TestWorld.ArticleDay), ErrorCodes.UnknownEnumValue, "Statement.Kind");
    }

    [Fact]
    public void Record_OutOfRangeEnumInsidePrecondition_FailsWithUnknownEnumValue()
    {
        var round = TestWorld.Bilateral() with { Precondition = !Precondition.DevelopmentOccurred((DevelopmentKind)42) };

        TestWorld.Case.ShouldRefuse(Given.RoundPlanned(round), ErrorCodes.UnknownEnumValue, "Round.Precondition.Part.Kind");
    }

    [Fact]
    public void Record_DefaultOccurred_FailsWithTimeMissing()
    {
        var fact = Given.TopicDefined(new Topic(new TopicId("energy"), "Energy")) with { Occurred = default };

        TestWorld.Case.Record(fact).Errors.Select(e => (e.ErrorCode, e.PropertyName)).Should().Contain((ErrorCodes.TimeMissing, "Occurred"));
    }

    [Fact]
    public void Record_DefaultPlannedTime_FailsWithTimeMissing() =>
        TestWorld.Case.Record(Given.RoundPlanned(TestWorld.Bilateral(default(Moment)), TestWorld.ArticleDay))
            .Errors.Select(e => (e.ErrorCode, e.PropertyName)).Should().Contain((ErrorCodes.TimeMissing, "Round.Planned"));
}
