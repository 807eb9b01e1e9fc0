using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace Negotiation.Model.Validation;

/// <summary>Validates a deadline: what is due, who set it, when it falls due, and every extension.</summary>
/// <remarks>
/// <para>Rules without a case: <see cref="ErrorCodes.TextRequired"/>, <see cref="ErrorCodes.TextTooLong"/>,
/// <see cref="ErrorCodes.IdMissing"/>, <see cref="ErrorCodes.DueBeforeSet"/>, <see cref="ErrorCodes.ExtensionNotLater"/>
/// (each extension moves the day in force later), <see cref="ErrorCodes.ChangedBeforeSet"/> (an extension decided or the
/// deadline met certainly before it was set), and the warning <see cref="ErrorCodes.ExtendedAfterLapse"/> (an extension
/// decided after the day in force had passed: the deadline was missed first). With a case
/// (<see cref="CaseValidation"/>): the parties, the subject and whoever extended it resolve. An approximately stated day
/// ends its window (<see cref="ErrorCodes.DueOutsideWindow"/>). Its zone is a tz database id
/// (<see cref="ErrorCodes.UnknownTimeZone"/>); an extension leaves out a party the deadline's rule requires
/// (<see cref="ErrorCodes.ExtensionWithoutRequiredParty"/>, a warning); a conditional day is conditioned on another,
/// known deadline (<see cref="ErrorCodes.BranchOnOwnDeadline"/>, <see cref="ErrorCodes.UnknownDeadline"/>) and is later
/// than the day in force (<see cref="ErrorCodes.ExtensionNotLater"/>). A rule-defined day runs from a known development
/// (<see cref="ErrorCodes.UnknownDevelopment"/>) and is the day the rule gives (<see cref="ErrorCodes.DueNotByRule"/>).</para>
/// <para>When it was set is <see cref="Deadline.Set"/>, which the case fills in; a deadline not yet recorded skips the
/// rules that need it. Extension failures are reported at <c>Deadlines[id].Extensions</c>, with the extension named in
/// the message. The rule sets <see cref="ExtensionRules"/> and <see cref="MetRules"/> hold the extension rules and the
/// rule of the day it was met alone. Stateless and thread-safe: use <see cref="Instance"/>.</para>
/// </remarks>
public sealed class DeadlineValidator : AbstractValidator<Deadline>
{
    /// <summary>The rule set of the extensions.</summary>
    public const string ExtensionRules = "Extensions";

    /// <summary>The rule set of when the deadline was met.</summary>
    public const string MetRules = "Met";

    /// <summary>Creates the validator; prefer the cached <see cref="Instance"/>.</summary>
    public DeadlineValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(d => d.What).IsAText();
        RuleFor(d => d.SetBy).IsAKnownParty();
        RuleFor(d => d.JointlyWith).AreKnownParties();
        RuleFor(d => d.ExtendableBy).AreKnownParties();
        RuleFor(d => d.Zone)
            .Must(zone => zone is null || DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is not null).WithErrorCode(ErrorCodes.UnknownTimeZone)
            .WithMessage(d => $"'{d.Zone}' is not a tz database zone id; use one such as 'Europe/Brussels'.");
        RuleFor(d => d.DueWithin)
            .Must((d, window) => window is not { } w || w.End == d.Due)
            .WithErrorCode(ErrorCodes.DueOutsideWindow)
            .WithMessage(d => $"The deadline is due by {Naming.Day(d.Due)}, but stated as {d.DueWithin}; the day must be the window's last day.");
        RuleFor(d => d.DueRule).Custom((rule, context) =>
        {
            if (rule is null || context.Data() is not { } data)
            {
                return;
            }

            if (References.Development(data, rule.After, context.PathTo("After")) is { } unknown)
            {
                context.Add(unknown);
                return;
            }

            var (earliest, latest) = rule.DueFor(data.Developments[rule.After].Occurred);
            var due = context.InstanceToValidate.Due;
            if (due < earliest || due > latest)
            {
                context.Error(ErrorCodes.DueNotByRule, string.Empty, $"The deadline is due {Naming.Day(due)}, but {rule.Length} after '{rule.After}' gives {(earliest == latest ? Naming.Day(earliest) : $"{Naming.Day(earliest)} to {Naming.Day(latest)}")}; state the day the rule gives.");
            }
        });
        RuleFor(d => d.Subject).Custom((subject, context) =>
        {
            if (subject is { } s)
            {
                context.Add(References.Subject(context.Data(), s, context.PathTo(string.Empty)));
            }
        });
        RuleFor(d => d.Due)
            .Must((d, due) => d.Set == default || due >= d.Set.EarliestDate)
            .WithErrorCode(ErrorCodes.DueBeforeSet)
            .WithMessage(d => $"The deadline falls due ({Naming.Day(d.Due)}) before it was set ({d.Set}); check both days.");
        RuleSet($"default,{ExtensionRules}", () => RuleFor(d => d.Extensions).Custom(CheckExtensions));

        // Three-valued: only a meeting certainly before the setting is refused.
        RuleSet($"default,{MetRules}", () =>
            RuleFor(d => d.Met)
                .Must((d, met) => d.Set == default || met is not { } when || !when.IsBefore(d.Set).IsYes)
                .WithErrorCode(ErrorCodes.ChangedBeforeSet)
                .WithMessage(d => $"The deadline cannot be met ({d.Met}) before it was set ({d.Set}); check both times."));
    }

    /// <summary>Gets the shared instance.</summary>
    public static DeadlineValidator Instance => Shared<DeadlineValidator>.Value;

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<Deadline> context, ValidationResult result) =>
        context.Enter("Deadlines", context.InstanceToValidate?.Id.ToString());

    private static void CheckExtensions(EquatableArray<DeadlineExtension> extensions, ValidationContext<Deadline> context)
    {
        var data = context.Data();
        var set = context.InstanceToValidate.Set;
        var due = context.InstanceToValidate.Due;
        foreach (var extension in extensions)
        {
            if (extension.By is { } by)
            {
                context.Add(References.Party(data, by, context.PathTo("By")));
            }

            foreach (var party in extension.JointlyWith)
            {
                context.Add(References.Party(data, party, context.PathTo("JointlyWith")));
            }

            var deciders = extension.By is { } b ? extension.JointlyWith.Items.Add(b) : extension.JointlyWith.Items;
            foreach (var required in context.InstanceToValidate.ExtendableBy.Where(p => !deciders.Contains(p)))
            {
                context.Warning(ErrorCodes.ExtensionWithoutRequiredParty, string.Empty, $"The extension to {Naming.Day(extension.NewDue)} ({extension.Decided}) was not decided with '{required}', whom the deadline's rule requires; name it in By or JointlyWith.");
            }

            foreach (var branch in extension.Branches)
            {
                if (branch.Condition == context.InstanceToValidate.Id)
                {
                    context.Error(ErrorCodes.BranchOnOwnDeadline, string.Empty, $"The branch to {Naming.Day(branch.Due)} is conditioned on the deadline it extends; condition it on another deadline.");
                }
                else
                {
                    context.Add(References.Deadline(data, branch.Condition, context.PathTo("Branches")));
                }

                if (branch.Due <= due)
                {
                    context.Error(ErrorCodes.ExtensionNotLater, string.Empty, $"The conditional day ({Naming.Day(branch.Due)}) is not after the one in force ({Naming.Day(due)}).");
                }
            }

            if (set != default && extension.Decided.IsBefore(set).IsYes)
            {
                context.Error(ErrorCodes.ChangedBeforeSet, string.Empty, $"The deadline cannot be extended ({extension.Decided}) to {Naming.Day(extension.NewDue)} before it was set ({set}); check both times.");
            }

            if (extension.NewDue <= due)
            {
                context.Error(ErrorCodes.ExtensionNotLater, string.Empty, $"The new day ({Naming.Day(extension.NewDue)}) is not after the one in force ({Naming.Day(due)}).");
            }
            else if (extension.Decided.IsOnOrBefore(due).IsNo)
            {
                context.Warning(ErrorCodes.ExtendedAfterLapse, string.Empty, $"The deadline of {Naming.Day(due)} had passed when it was extended ({extension.Decided}) to {Naming.Day(extension.NewDue)}: it was missed first.");
            }

            due = extension.NewDue > due ? extension.NewDue : due;
        }
    }
}
