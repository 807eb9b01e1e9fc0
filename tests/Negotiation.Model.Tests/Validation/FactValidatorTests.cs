using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using NodaTime;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class FactValidatorTests
{
    private static FactValidator Validator => FactValidator.Instance;

    // Reported on 22 December about "last week": the week of 13 December 2021.
    private static Fact Drafts => Presented(
        new Document(new DocumentId("drafts"), DocumentKind.DraftTreaty, "Drafts", [Russia], [Usa]),
        DateWindow.LastWeek(Day(2021, 12, 22))) with
    {
        Recorded = Instant.FromUtc(2021, 12, 22, 18, 0),
        Source = new Source("RT", Day(2021, 12, 22)),
    };

    [Fact]
    public void Validate_FactOfLastWeekReportedToday_Passes() =>
        Validator.TestValidate(Drafts).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_RecordedOnTheFirstDayOfItsWindow_Passes() =>
        Validator.TestValidate(Drafts with { Recorded = Instant.FromUtc(2021, 12, 13, 0, 0), Source = new Source("RT", Day(2021, 12, 13)) })
            .ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_BlankOutlet_FailsWithSourceRequired() =>
        Validator.TestValidate(Drafts with { Source = new Source(" ", Day(2021, 12, 22)) }).ShouldFail("Source.Outlet", ErrorCodes.SourceRequired);

    [Fact]
    public void Validate_OutletOf201Characters_FailsWithNameTooLong() =>
        SourceValidator.Instance.TestValidate(new Source(new string('x', 201), Day(2021, 12, 22))).ShouldFail("Source.Outlet", ErrorCodes.NameTooLong);

    [Fact]
    public void Validate_RecordedBeforeItHappened_FailsWithRecordedBeforeOccurred() =>
        Validator.TestValidate(Drafts with { Recorded = Instant.FromUtc(2021, 12, 12, 23, 0) }).ShouldFail("Recorded", ErrorCodes.RecordedBeforeOccurred);

    [Fact]
    public void Validate_ReportedBeforeItHappened_FailsWithReportedBeforeOccurred() =>
        Validator.TestValidate(Drafts with { Source = new Source("RT", Day(2021, 12, 12)) }).ShouldFail("Source.ReportedOn", ErrorCodes.ReportedBeforeOccurred);

    [Fact]
    public void Record_FactRecordedBeforeItHappened_IsRefused() =>
        Base.Record(Drafts with { Recorded = Instant.FromUtc(2021, 12, 12, 23, 0) }).Failures().ShouldFail("Recorded", ErrorCodes.RecordedBeforeOccurred);
    [Fact]
    public void Validate_LongSpeakerAndChannel_SaysWhichAndHowLong()
    {
        var fact = Drafts with { Source = new Source("RT", Day(2021, 12, 22)) { Speaker = new string('x', 201), Channel = new string('x', 202) } };

        Validator.Validate(fact).Errors.Select(f => (f.ErrorCode, f.PropertyName, f.ErrorMessage)).Should().BeEquivalentTo(new[]
        {
            (ErrorCodes.NameTooLong, "Source.Speaker", "The speaker is 201 characters long; shorten it to at most 200."),
            (ErrorCodes.NameTooLong, "Source.Channel", "The channel is 202 characters long; shorten it to at most 200."),
        });
    }

    [Fact]
    public void Validate_RecordedBeforeItHappened_SaysBothTimes()
    {
        var fact = Drafts with { Recorded = Instant.FromUtc(2021, 12, 12, 23, 0) };

        var failure = Validator.Validate(fact).Errors.Should().ContainSingle().Subject;

        failure.ErrorMessage.Should().Be($"The fact is recorded ({fact.Recorded}) before it can have happened ({fact.Occurred}); check both times.");
    }

    [Fact]
    public void Validate_ReportedBeforeItHappened_SaysBothDates()
    {
        var fact = Drafts with { Source = new Source("RT", Day(2021, 12, 12)) };

        var failure = Validator.Validate(fact).Errors.Should().ContainSingle().Subject;

        (failure.ErrorCode, failure.PropertyName).Should().Be((ErrorCodes.ReportedBeforeOccurred, "Source.ReportedOn"));
        failure.ErrorMessage.Should().Be($"The report (2021-12-12) is dated before the fact can have happened ({fact.Occurred}); check both dates.");
    }

    [Fact]
    public void Validate_ReportedOnTheFirstDayOfItsWindow_Passes() =>
        Validator.Validate(Drafts with { Recorded = Instant.FromUtc(2021, 12, 13, 0, 0), Source = new Source("RT", Day(2021, 12, 13)) })
            .Errors.Should().BeEmpty();

    // A precise time is compared on the time line, to the instant.
    [Fact]
    public void Validate_PreciseFactRecordedAtTheInstant_Passes() =>
        Validator.Validate(Drafts with { Occurred = Moment.At(Instant.FromUtc(2021, 12, 20, 9, 30)), Recorded = Instant.FromUtc(2021, 12, 20, 9, 30) })
            .Errors.Should().BeEmpty();

    [Fact]
    public void Validate_PreciseFactRecordedAMinuteBefore_FailsWithRecordedBeforeOccurred()
    {
        var fact = Drafts with { Occurred = Moment.At(Instant.FromUtc(2021, 12, 20, 9, 30)), Recorded = Instant.FromUtc(2021, 12, 20, 9, 29) };

        Validator.Validate(fact).Errors.Select(f => (f.ErrorCode, f.PropertyName)).Should().Equal((ErrorCodes.RecordedBeforeOccurred, "Recorded"));
    }

    [Fact]
    public void Validate_ReportOnTheDayItClaims_Passes() =>
        Validator.Validate(Drafts with { Reports = [new Report(new Source("AP", Day(2021, 12, 14)), Moment.On(Day(2021, 12, 14)))] })
            .Errors.Should().BeEmpty();

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Validate_ReportWithoutOutlet_AsksWhoReportedIt(string outlet)
    {
        var fact = Drafts with { Reports = [new Report(new Source(outlet, Day(2021, 12, 14)), Moment.On(Day(2021, 12, 14)))] };

        var failure = Validator.Validate(fact).Errors.Should().ContainSingle(f => f.ErrorCode == ErrorCodes.InvalidReport).Subject;

        failure.PropertyName.Should().StartWith("Reports");
        failure.ErrorMessage.Should().Be("A report of the fact names no outlet; name who reported it.");
    }

    [Fact]
    public void Validate_ReportDatedBeforeTheDayItClaims_SaysWhoAndBothDates()
    {
        var fact = Drafts with { Reports = [new Report(new Source("AP", Day(2021, 12, 13)), Moment.On(Day(2021, 12, 14)))] };

        var failure = Validator.Validate(fact).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ErrorCodes.InvalidReport);
        failure.PropertyName.Should().StartWith("Reports");
        failure.ErrorMessage.Should().Be($"The report by AP (2021-12-13) is dated before the day it claims ({Moment.On(Day(2021, 12, 14))}); check both dates.");
    }

    [Fact]
    public void Validate_TwoReportsTheSecondBad_NamesTheSecondByItsIndex()
    {
        var good = new Report(new Source("AP", Day(2021, 12, 14)), Moment.On(Day(2021, 12, 14)));
        var bad = new Report(new Source("Reuters", Day(2021, 12, 13)), Moment.On(Day(2021, 12, 14)));
        var fact = Drafts with { Reports = [good, bad] };

        var failure = Validator.Validate(fact).Errors.Should().ContainSingle().Subject;

        failure.ErrorCode.Should().Be(ErrorCodes.InvalidReport);
        failure.PropertyName.Should().Be("Reports[1]");
        failure.Severity.Should().Be(FluentValidation.Severity.Error);
    }
}
