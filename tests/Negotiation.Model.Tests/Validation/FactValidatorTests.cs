using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using NodaTime;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class FactValidatorTests
{
    private static readonly FactValidator Validator = FactValidator.Instance;

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
}
