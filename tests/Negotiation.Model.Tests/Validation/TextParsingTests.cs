using FluentValidation.Results;
using Negotiation.Model.Validation;

namespace Negotiation.Model.Tests.Validation;

/// <summary>What a reader of outside data is told about a bad id or enum name: the text (shortened when long), the type,
/// what would be accepted, and the path given, or none.</summary>
public sealed class TextParsingTests
{
    [Fact]
    public void TryParseId_NotASlug_SaysWhatASlugIs()
    {
        TextParsing.TryParseId<PartyId>("NATO ", out _, out var failure).Should().BeFalse();

        failure!.ErrorMessage.Should().Be("'NATO ' is not a PartyId: use 1 to 100 lowercase ASCII letters, digits and single hyphens, such as 'nato' or 'geneva-2022-01'.");
        failure.PropertyName.Should().BeEmpty();
    }

    [Fact]
    public void TryParseId_Null_SaysNull()
    {
        TextParsing.TryParseId<RoundId>(null, out _, out var failure).Should().BeFalse();

        failure!.ErrorMessage.Should().StartWith("'(null)' is not a RoundId");
    }

    [Fact]
    public void TryParseId_LongText_QuotesItsFirst57CharactersOnly()
    {
        var sixty = new string('X', 60);
        var sixtyOne = new string('Y', 61);

        TextParsing.TryParseId<PartyId>(sixty, out _, out var whole).Should().BeFalse();
        TextParsing.TryParseId<PartyId>(sixtyOne, out _, out var shortened).Should().BeFalse();

        whole!.ErrorMessage.Should().StartWith($"'{sixty}' is not");
        shortened!.ErrorMessage.Should().StartWith($"'{new string('Y', 57)}...' is not");
    }

    [Theory]
    [InlineData("accepts-conditionally")]
    [InlineData("accepts_conditionally")]
    [InlineData("ACCEPTS_CONDITIONALLY")]
    [InlineData("AcceptsConditionally")]
    public void TryParseEnum_HyphensUnderscoresOrCase_NameTheMember(string text)
    {
        TextParsing.TryParseEnum<Stance>(text, out var stance, out var failure).Should().BeTrue();

        stance.Should().Be(Stance.AcceptsConditionally);
        failure.Should().BeNull();
    }

    [Fact]
    public void TryParseEnum_UnknownName_ListsTheMembersAtThePathGiven()
    {
        TextParsing.TryParseEnum<MomentKind>("sometime", out _, out var failure, "rows[2].kind").Should().BeFalse();

        failure!.PropertyName.Should().Be("rows[2].kind");
        failure.ErrorMessage.Should().Be($"'sometime' is not a MomentKind; use one of {string.Join(", ", Enum.GetNames<MomentKind>())}.");
    }

    [Fact]
    public void TryParseEnum_NoPath_ReportsNone()
    {
        TextParsing.TryParseEnum<Stance>("unaceptable", out _, out var failure).Should().BeFalse();

        failure!.PropertyName.Should().BeEmpty();
    }

    [Fact]
    public void HasErrors_Null_Throws()
    {
        var act = () => ((ValidationResult)null!).HasErrors();

        act.Should().Throw<ArgumentNullException>().WithParameterName("result");
    }
}
