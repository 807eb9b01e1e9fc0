using FluentValidation;

namespace Negotiation.Model.Validation;

/// <summary>Validates one entry of a case's log: its source, and that it was neither recorded nor reported before it can
/// have happened.</summary>
/// <remarks>
/// <para>Rules: the <see cref="SourceValidator"/> rules, the rules on every value the fact carries
/// (<see cref="ErrorCodes.TextTooLong"/>, <see cref="ErrorCodes.ForbiddenCharacter"/>, <see cref="ErrorCodes.UnknownEnumValue"/>,
/// <see cref="ErrorCodes.TimeMissing"/>), <see cref="ErrorCodes.RecordedBeforeOccurred"/>,
/// <see cref="ErrorCodes.ReportedBeforeOccurred"/>. What the fact carries (a demand, a round) is checked by that
/// concept's validator. Paths are relative to the fact (<c>Recorded</c>, <c>Source.Outlet</c>); the
/// <see cref="NegotiationCaseValidator"/> puts them under the fact's place in the log (<c>Log[12].Recorded</c>).</para>
/// <para>Every <see cref="NegotiationCase.Record(Fact)"/> runs it. Stateless and thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class FactValidator : AbstractValidator<Fact>
{
    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public FactValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        // The source's rules on the fact's own paths (Source.Outlet), not through a child validator (see SourceRules).
        RuleFor(f => f.Source.Outlet).IsAnOutlet();
        RuleFor(f => f.Source.Speaker!).IsASourceName("speaker").When(f => f.Source.Speaker is not null);
        RuleFor(f => f.Source.Channel!).IsASourceName("channel").When(f => f.Source.Channel is not null);

        // Texts' length and characters, enums, missing times: one walk over everything the fact carries.
        RuleFor(f => f).Custom((fact, context) => ValueRules.Check(context, fact));

        // An approximate time counts from its earliest day: a fact of "last week" may be recorded any day of that week.
        // A precise time is compared on the time line: its calendar day is a local day (a zoned time) or a UTC day,
        // either of which can disagree with the UTC day of the record time while the order is plain.
        RuleFor(f => f.Recorded)
            .Must((fact, recorded) => fact.Occurred.Instant is { } happened
                ? recorded >= happened
                : recorded.InUtc().Date >= fact.Occurred.EarliestDate)
            .WithErrorCode(ErrorCodes.RecordedBeforeOccurred)
            .WithMessage(f => $"The fact is recorded ({f.Recorded}) before it can have happened ({f.Occurred}); check both times.");

        RuleForEach(f => f.Reports.Items)
            .Must(r => !string.IsNullOrWhiteSpace(r.Source.Outlet) && r.Source.ReportedOn >= r.Claimed.EarliestDate)
            .WithErrorCode(ErrorCodes.InvalidReport)
            .OverridePropertyName("Reports")
            .WithMessage((_, r) => string.IsNullOrWhiteSpace(r.Source.Outlet)
                ? "A report of the fact names no outlet; name who reported it."
                : $"The report by {r.Source.Outlet} ({Naming.Day(r.Source.ReportedOn)}) is dated before the day it claims ({r.Claimed}); check both dates.");

        RuleFor(f => f.Source.ReportedOn)
            .Must((fact, reportedOn) => reportedOn >= fact.Occurred.EarliestDate)
            .WithErrorCode(ErrorCodes.ReportedBeforeOccurred)
            .WithMessage(f => $"The report ({Naming.Day(f.Source.ReportedOn)}) is dated before the fact can have happened ({f.Occurred}); check both dates.");
    }

    /// <summary>Gets the shared instance.</summary>
    public static FactValidator Instance => Shared<FactValidator>.Value;
}
