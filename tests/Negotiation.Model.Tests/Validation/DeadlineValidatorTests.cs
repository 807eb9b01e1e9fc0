using FluentValidation;
using Negotiation.Model.Validation;
using static Negotiation.Model.Tests.Validation.TestCase;

namespace Negotiation.Model.Tests.Validation;

public sealed class DeadlineValidatorTests
{
    private static DeadlineValidator Validator => DeadlineValidator.Instance;

    private static readonly DeadlineId ReplyBy = new("reply-by-january");

    private static Deadline Reply => new(ReplyBy, Russia, "A written reply to the draft treaty.", Day(2022, 1, 31)) { Subject = SubjectRef.Document(RuUsDraft) };

    private static NegotiationCase WithDeadline => Base.Given(DeadlineSet(Reply, Dec(21)));

    private static DeadlineExtended Extended(int year, int month, int day, Moment on) =>
        new() { Deadline = ReplyBy, NewDue = Day(year, month, day), By = Russia, Occurred = on, Recorded = Recorded, Source = Reuters };

    [Fact]
    public void Record_DeadlineOnAKnownDocument_Passes() =>
        Base.Record(DeadlineSet(Reply, Dec(21))).Failures.Should().BeEmpty();

    [Fact]
    public void Record_BlankDescription_FailsWithTextRequired() =>
        Base.Record(DeadlineSet(Reply with { What = "" }, Dec(21))).Failures().ShouldFail("Deadlines[reply-by-january].What", ErrorCodes.TextRequired);

    [Fact]
    public void Record_UnknownSubject_FailsWithUnknownDocument() =>
        Base.Record(DeadlineSet(Reply with { Subject = SubjectRef.Document(new DocumentId("us-response")) }, Dec(21)))
            .Failures().ShouldFail("Deadlines[reply-by-january].Subject", ErrorCodes.UnknownDocument);

    [Fact]
    public void Record_DueBeforeItWasSet_FailsWithDueBeforeSet() =>
        Base.Record(DeadlineSet(Reply with { Due = Day(2021, 12, 20) }, Dec(21))).Failures().ShouldFail("Deadlines[reply-by-january].Due", ErrorCodes.DueBeforeSet);

    [Fact]
    public void Record_ExtensionToAnEarlierDay_FailsWithExtensionNotLater() =>
        WithDeadline.Record(Extended(2022, 1, 15, Dec(28))).Failures().ShouldFail("Deadlines[reply-by-january].Extensions", ErrorCodes.ExtensionNotLater);

    [Fact]
    public void Record_ExtensionByAnUnknownParty_FailsWithUnknownParty() =>
        WithDeadline.Record(Extended(2022, 6, 30, Dec(28)) with { By = new PartyId("osce") })
            .Failures().ShouldFail("Deadlines[reply-by-january].Extensions.By", ErrorCodes.UnknownParty);

    [Fact]
    public void Record_ExtensionAfterTheDayPassed_WarnsWithExtendedAfterLapse()
    {
        WithDeadline.Record(Extended(2022, 6, 30, Dec(28))).Failures.Should().BeEmpty();

        var late = WithDeadline.Record(Extended(2022, 6, 30, Moment.On(Day(2022, 2, 5))));

        late.Succeeded.Should().BeTrue();
        late.Failures().ShouldFail("Deadlines[reply-by-january].Extensions", ErrorCodes.ExtendedAfterLapse, Severity.Warning);
    }

    [Fact]
    public void Record_ExtendingAMetDeadline_FailsWithDeadlineAlreadyMet() =>
        WithDeadline.Record(new DeadlineMet { Deadline = ReplyBy, Occurred = Dec(28), Recorded = Recorded, Source = Reuters })
            .Then(Extended(2022, 6, 30, Dec(29)))
            .Failures().ShouldFail("Deadlines[reply-by-january]", ErrorCodes.DeadlineAlreadyMet);

    [Fact]
    public void Record_ExtensionDecidedBeforeTheDeadlineWasSet_FailsWithChangedBeforeSet() =>
        WithDeadline.Record(Extended(2022, 6, 30, Dec(20))).Failures().ShouldFail("Deadlines[reply-by-january].Extensions", ErrorCodes.ChangedBeforeSet);

    [Fact]
    public void Record_MetBeforeTheDeadlineWasSet_FailsWithChangedBeforeSet()
    {
        WithDeadline.Record(new DeadlineMet { Deadline = ReplyBy, Occurred = Dec(20), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Deadlines[reply-by-january].Met", ErrorCodes.ChangedBeforeSet);
        WithDeadline.Record(new DeadlineMet { Deadline = ReplyBy, Occurred = Dec(21), Recorded = Recorded, Source = Reuters }).Failures.Should().BeEmpty();
    }

    [Fact]
    public void Validate_StoredDeadlineMetBeforeItWasSet_FailsWithChangedBeforeSet()
    {
        // What a whole-case validation sees: the stored deadline with the days the case filled in.
        Validator.TestValidate(Reply with { Set = Dec(21), Met = Dec(20) }, Base).ShouldFail("Deadlines[reply-by-january].Met", ErrorCodes.ChangedBeforeSet);
        Validator.TestValidate(Reply with { Set = Dec(21), Met = Dec(21) }, Base).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Reply with { Met = Dec(20) }, Base).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Record_MeetingAnUnsetDeadline_FailsWithUnknownDeadline() =>
        Base.Record(new DeadlineMet { Deadline = ReplyBy, Occurred = Dec(28), Recorded = Recorded, Source = Reuters })
            .Failures().ShouldFail("Deadlines[reply-by-january]", ErrorCodes.UnknownDeadline);

    [Fact]
    public void Validate_NotYetRecorded_SkipsDueBeforeSet() =>
        Validator.TestValidate(Reply with { Due = Day(1990, 1, 1) }, Base).ShouldNotHaveAnyValidationErrors();
}
