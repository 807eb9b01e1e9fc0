using Negotiation.Model.Tests.TestSupport;
using Negotiation.Model.Validation;

namespace Negotiation.Model.Tests.Validation;

/// <summary>A source names its outlet, and its names fit a line: each refusal says what to do.</summary>
public sealed class SourceValidatorTests
{
    private static readonly string TooLong = new('x', 201);

    // A validator built by the test rather than the shared Instance, so its rules are made while the test runs.
    private readonly SourceValidator _validator = new();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_BlankOutlet_AsksWhoReportedIt(string outlet)
    {
        var failure = _validator.Validate(new Source(outlet, TestWorld.ArticleDay)).Errors.Should().ContainSingle().Subject;

        (failure.ErrorCode, failure.PropertyName).Should().Be((ErrorCodes.SourceRequired, "Source.Outlet"));
        failure.ErrorMessage.Should().Be("The source names no outlet; say who reported the fact (\"Reuters\", \"RT\", \"Brussels statement\").");
    }

    [Fact]
    public void Validate_LongOutlet_SaysHowLongAndTheLimit()
    {
        var failure = _validator.Validate(new Source(TooLong, TestWorld.ArticleDay)).Errors.Should().ContainSingle().Subject;

        (failure.ErrorCode, failure.PropertyName).Should().Be((ErrorCodes.NameTooLong, "Source.Outlet"));
        failure.ErrorMessage.Should().Be("The outlet is 201 characters long; shorten it to at most 200.");
    }

    [Fact]
    public void Validate_LongSpeakerAndChannel_SaysWhichAndHowLong()
    {
        var source = new Source("Reuters", TestWorld.ArticleDay) { Speaker = TooLong, Channel = TooLong };

        var failures = _validator.Validate(source).Errors;

        failures.Select(f => (f.ErrorCode, f.PropertyName, f.ErrorMessage)).Should().BeEquivalentTo(new[]
        {
            (ErrorCodes.NameTooLong, "Source.Speaker", "The speaker is 201 characters long; shorten it to at most 200."),
            (ErrorCodes.NameTooLong, "Source.Channel", "The channel is 201 characters long; shorten it to at most 200."),
        });
    }

    [Fact]
    public void Validate_NamesAtTheLimit_Accepted() =>
        _validator.Validate(new Source(new string('x', 200), TestWorld.ArticleDay) { Speaker = new string('x', 200), Channel = new string('x', 200) })
            .Errors.Should().BeEmpty();
}
