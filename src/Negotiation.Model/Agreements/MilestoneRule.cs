using NodaTime;

namespace Negotiation.Model;

/// <summary>
/// How an agreement's own text dates a milestone such as entry into force: "90 days after endorsement", "on the thirtieth
/// day after the twentieth ratification", "when the verifying body reports", or the earlier or later of several.
/// </summary>
/// <remarks>
/// <para>A milestone's date follows from the recorded steps and developments and the rule; it is never typed in by hand.
/// The set of kinds is closed. Equality is by value.</para>
/// </remarks>
/// <example>
/// <code>
/// var entryIntoForce = MilestoneRule.After(AgreementStepKind.Ratification, Period.FromDays(30), count: 20);
/// </code>
/// </example>
public abstract record MilestoneRule
{
    private protected MilestoneRule()
    {
    }

    /// <summary>A delay after the <paramref name="count"/>-th step of a kind ("30 days after the 20th ratification").</summary>
    /// <param name="step">The kind of step.</param>
    /// <param name="delay">The delay after it.</param>
    /// <param name="count">Which occurrence counts, from 1.</param>
    /// <returns>The rule.</returns>
    public static MilestoneRule After(AgreementStepKind step, Period delay, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(delay);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new AfterStepRule(step, delay, count);
    }

    /// <summary>The day a development of a kind happens ("when the verifying body reports").</summary>
    /// <param name="kind">The kind of development.</param>
    /// <returns>The rule.</returns>
    public static MilestoneRule When(DevelopmentKind kind) => new OnDevelopmentRule(kind);

    /// <summary>The earliest of several rules.</summary>
    /// <param name="rules">The rules (at least one).</param>
    /// <returns>The rule.</returns>
    public static MilestoneRule EarlierOf(params ReadOnlySpan<MilestoneRule> rules) => new EarlierOfRule(Rules(rules));

    /// <summary>The latest of several rules.</summary>
    /// <param name="rules">The rules (at least one).</param>
    /// <returns>The rule.</returns>
    public static MilestoneRule LaterOf(params ReadOnlySpan<MilestoneRule> rules) => new LaterOfRule(Rules(rules));

    /// <summary>The day of another milestone of the same agreement plus a delay ("two years after entry into force").</summary>
    /// <param name="milestone">The other milestone.</param>
    /// <param name="delay">The delay after it (zero for the same day).</param>
    /// <returns>The rule.</returns>
    public static MilestoneRule After(MilestoneKind milestone, Period delay)
    {
        ArgumentNullException.ThrowIfNull(delay);
        return new AfterMilestoneRule(milestone, delay);
    }

    /// <summary>The day one specific development happens (its earliest possible day when approximate); it may be recorded
    /// after the agreement.</summary>
    /// <param name="development">The development.</param>
    /// <returns>The rule.</returns>
    public static MilestoneRule When(DevelopmentId development) =>
        new OnSpecificDevelopmentRule(Guard.Id(development, development.IsValid, nameof(development)));

    /// <summary>The last day of a deadline in force plus a delay ("the day after the end of the period as extended"): the
    /// day the case reads for the deadline on the as-of day (<see cref="DeadlineQueries.DueOn"/>), extensions, conditional
    /// days and early ends included, so the milestone moves when the deadline is extended after the text was agreed.</summary>
    /// <param name="deadline">The deadline; the case refuses an agreement whose rule names a deadline it does not know.</param>
    /// <param name="delay">The delay after its last day (one day for "the day after").</param>
    /// <returns>The rule.</returns>
    /// <remarks>Only the case knows its deadlines: read the milestone through <see cref="AgreementQueries.MilestoneDate"/>.
    /// An agreement read alone (<see cref="Agreement.MilestoneDate"/>, <see cref="DateFrom"/>) leaves this part unfixed.</remarks>
    public static MilestoneRule After(DeadlineId deadline, Period delay)
    {
        ArgumentNullException.ThrowIfNull(delay);
        return new AfterDeadlineRule(Guard.Id(deadline, deadline.IsValid, nameof(deadline)), delay);
    }

    /// <summary>A fixed day written in the text ("31 December 2020").</summary>
    /// <param name="day">The day.</param>
    /// <returns>The rule.</returns>
    public static MilestoneRule On(LocalDate day) => new OnDateRule(day);

    /// <summary>The day every part has happened: the latest of the parts (the same as <see cref="LaterOf"/>).</summary>
    /// <param name="rules">The rules (at least one).</param>
    /// <returns>The rule.</returns>
    public static MilestoneRule AllOf(params ReadOnlySpan<MilestoneRule> rules) => LaterOf(rules);

    /// <summary>The day <paramref name="rule"/> gives, unless <paramref name="development"/> happened on or before it; then
    /// the milestone does not happen by this rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="development">The development that prevents it.</param>
    /// <returns>The rule.</returns>
    public static MilestoneRule Unless(MilestoneRule rule, DevelopmentId development)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new UnlessRule(rule, Guard.Id(development, development.IsValid, nameof(development)));
    }

    /// <summary>The day <paramref name="rule"/> gives, or an earlier day the parties agree by mutual consent (an
    /// <see cref="AgreementStepKind.MutualConsent"/> step naming the milestone, dated to the day agreed).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule.</returns>
    public static MilestoneRule OrEarlierByMutualConsent(MilestoneRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new ByConsentRule(rule);
    }

    /// <summary>A delay after the day consents (ratification, acceptance, approval, accession) first reach a threshold:
    /// at least <paramref name="parties"/> parties, at least <paramref name="share"/> per cent of a weighted total (as
    /// reported in the steps' <see cref="AgreementStep.Tally"/>), more than half of the signatories, or all of those
    /// given ("at least 55 parties accounting for at least 55 % of emissions", "on the thirtieth day after").</summary>
    /// <param name="delay">The delay after the day the threshold is reached.</param>
    /// <param name="parties">The fewest parties; zero for no count.</param>
    /// <param name="share">The smallest share in per cent, or <see langword="null"/> for none.</param>
    /// <param name="moreThanHalfOfSignatories">Whether more than half of the parties that signed must have consented.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">No condition is given.</exception>
    public static MilestoneRule Threshold(Period delay, int parties = 0, decimal? share = null, bool moreThanHalfOfSignatories = false)
    {
        ArgumentNullException.ThrowIfNull(delay);
        ArgumentOutOfRangeException.ThrowIfNegative(parties);
        if (share is { } s && (s <= 0 || s > 100))
        {
            throw new ArgumentOutOfRangeException(nameof(share), s, "A share is above 0 and at most 100 per cent.");
        }

        return parties == 0 && share is null && !moreThanHalfOfSignatories
            ? throw new ArgumentException("Give a number of parties, a share or the majority of signatories.", nameof(parties))
            : new ThresholdRule(delay, parties, share, moreThanHalfOfSignatories);
    }

    /// <summary>Dates the milestone from what has been recorded up to <paramref name="asOf"/>.</summary>
    /// <param name="steps">The agreement's steps.</param>
    /// <param name="developments">The developments recorded.</param>
    /// <param name="asOf">The day the facts are complete up to: a part that has not happened by then has not happened.</param>
    /// <returns>The day, or <see langword="null"/> while the recorded facts do not fix it yet. A rule that refers to other
    /// milestones needs the agreement: use <see cref="Agreement.MilestoneDate"/>; one that reads a deadline needs the case:
    /// use <see cref="AgreementQueries.MilestoneDate"/>.</returns>
    public LocalDate? DateFrom(IEnumerable<AgreementStep> steps, IEnumerable<Development> developments, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(developments);
        return Date(new MilestoneContext([.. steps], [.. developments], asOf, null, null));
    }

    /// <summary>Dates the milestone in <paramref name="context"/>.</summary>
    internal abstract LocalDate? Date(MilestoneContext context);

    /// <summary>The milestones this rule refers to, directly or through its parts.</summary>
    internal virtual IEnumerable<MilestoneKind> Refers() => [];

    /// <summary>The deadlines this rule reads, directly or through its parts.</summary>
    internal virtual IEnumerable<DeadlineId> Deadlines() => [];

    private static EquatableArray<MilestoneRule> Rules(ReadOnlySpan<MilestoneRule> rules)
    {
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
        }

        return rules.IsEmpty ? throw new ArgumentException("Give at least one rule.", nameof(rules)) : EquatableArray.Create(rules);
    }
}

/// <summary>A delay after the n-th step of a kind.</summary>
/// <param name="Step">The kind of step.</param>
/// <param name="Delay">The delay.</param>
/// <param name="Count">Which occurrence counts, from 1.</param>
public sealed record AfterStepRule(AgreementStepKind Step, Period Delay, int Count) : MilestoneRule
{
    internal override LocalDate? Date(MilestoneContext context)
    {
        // A step of several unnamed parties counts for each of them.
        var seen = 0;
        foreach (var step in context.Steps.Where(s => s.Kind == Step && s.On <= context.AsOf).OrderBy(s => s.On))
        {
            seen += step.Count;
            if (seen >= Count)
            {
                return TimeBounds.Plus(step.On, Delay);
            }
        }

        return null;
    }
}

/// <summary>The day a development of a kind happens (its earliest possible day when approximate).</summary>
/// <param name="Kind">The kind of development.</param>
public sealed record OnDevelopmentRule(DevelopmentKind Kind) : MilestoneRule
{
    internal override LocalDate? Date(MilestoneContext context) =>
        context.Developments.Where(d => d.Kind == Kind && d.Occurred.IsOnOrBefore(context.AsOf).IsYes)
            .Select(d => d.Occurred.EarliestDate).Order().Cast<LocalDate?>().FirstOrDefault();
}

/// <summary>The earliest of several rules: fixed once the earliest fixed day has been reached by the as-of day (the
/// other parts did not happen before it), or once every part is fixed.</summary>
/// <param name="Rules">The rules.</param>
public sealed record EarlierOfRule(EquatableArray<MilestoneRule> Rules) : MilestoneRule
{
    internal override LocalDate? Date(MilestoneContext context)
    {
        var days = Rules.Select(r => r.Date(context)).ToList();
        var earliest = days.Min();
        return days.All(d => d is not null) || earliest <= context.AsOf ? earliest : null;
    }

    internal override IEnumerable<MilestoneKind> Refers() => Rules.SelectMany(r => r.Refers());

    internal override IEnumerable<DeadlineId> Deadlines() => Rules.SelectMany(r => r.Deadlines());
}

/// <summary>The latest of several rules; fixed once every part is fixed.</summary>
/// <param name="Rules">The rules.</param>
public sealed record LaterOfRule(EquatableArray<MilestoneRule> Rules) : MilestoneRule
{
    internal override LocalDate? Date(MilestoneContext context)
    {
        var days = Rules.Select(r => r.Date(context)).ToList();
        return days.All(d => d is not null) ? days.Max() : null;
    }

    internal override IEnumerable<MilestoneKind> Refers() => Rules.SelectMany(r => r.Refers());

    internal override IEnumerable<DeadlineId> Deadlines() => Rules.SelectMany(r => r.Deadlines());
}

/// <summary>Another milestone of the same agreement plus a delay.</summary>
/// <param name="Milestone">The other milestone.</param>
/// <param name="Delay">The delay after it.</param>
public sealed record AfterMilestoneRule(MilestoneKind Milestone, Period Delay) : MilestoneRule
{
    internal override LocalDate? Date(MilestoneContext context) => context.Milestone(Milestone) is { } day ? TimeBounds.Plus(day, Delay) : null;

    internal override IEnumerable<MilestoneKind> Refers() => [Milestone];
}

/// <summary>The day one specific development happens (its earliest possible day when approximate).</summary>
/// <param name="Development">The development.</param>
public sealed record OnSpecificDevelopmentRule(DevelopmentId Development) : MilestoneRule
{
    internal override LocalDate? Date(MilestoneContext context) =>
        context.Developments.FirstOrDefault(d => d.Id == Development) is { } d && d.Occurred.IsOnOrBefore(context.AsOf).IsYes ? d.Occurred.EarliestDate : null;
}

/// <summary>The last day of a deadline in force, as the case reads it on the as-of day, plus a delay.</summary>
/// <param name="Deadline">The deadline.</param>
/// <param name="Delay">The delay after its last day.</param>
public sealed record AfterDeadlineRule(DeadlineId Deadline, Period Delay) : MilestoneRule
{
    internal override LocalDate? Date(MilestoneContext context) => context.DueOn(Deadline) is { } due ? TimeBounds.Plus(due, Delay) : null;

    internal override IEnumerable<DeadlineId> Deadlines() => [Deadline];
}

/// <summary>A fixed day.</summary>
/// <param name="Day">The day.</param>
public sealed record OnDateRule(LocalDate Day) : MilestoneRule
{
    internal override LocalDate? Date(MilestoneContext context) => Day;
}

/// <summary>A rule's day, unless a development happened on or before it (then no day by this rule).</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Development">The development that prevents it.</param>
public sealed record UnlessRule(MilestoneRule Rule, DevelopmentId Development) : MilestoneRule
{
    internal override LocalDate? Date(MilestoneContext context)
    {
        if (Rule.Date(context) is not { } day)
        {
            return null;
        }

        var prevented = context.Developments.FirstOrDefault(d => d.Id == Development) is { } d && d.Occurred.IsOnOrBefore(context.AsOf).IsYes && d.Occurred.IsOnOrBefore(day).IsPossible;
        return prevented ? null : day;
    }

    internal override IEnumerable<MilestoneKind> Refers() => Rule.Refers();

    internal override IEnumerable<DeadlineId> Deadlines() => Rule.Deadlines();
}

/// <summary>A rule's day, or an earlier day agreed by mutual consent.</summary>
/// <param name="Rule">The rule.</param>
public sealed record ByConsentRule(MilestoneRule Rule) : MilestoneRule
{
    internal override LocalDate? Date(MilestoneContext context)
    {
        var consented = context.Steps.Where(s => s.Kind == AgreementStepKind.MutualConsent && s.On <= context.AsOf && (context.Current is null || s.Milestone == context.Current))
            .Select(s => s.On).Order().Cast<LocalDate?>().FirstOrDefault();
        var day = Rule.Date(context);
        return consented is { } agreed && (day is null || agreed < day) ? agreed : day;
    }

    internal override IEnumerable<MilestoneKind> Refers() => Rule.Refers();

    internal override IEnumerable<DeadlineId> Deadlines() => Rule.Deadlines();
}

/// <summary>A delay after the day consents first reach a threshold of parties, of a weighted share, or of more than half of
/// the signatories.</summary>
/// <param name="Delay">The delay after the day the threshold is reached.</param>
/// <param name="Parties">The fewest parties (zero for no count).</param>
/// <param name="Share">The smallest share in per cent, if any.</param>
/// <param name="MoreThanHalfOfSignatories">Whether more than half of the signatories must have consented.</param>
public sealed record ThresholdRule(Period Delay, int Parties, decimal? Share, bool MoreThanHalfOfSignatories) : MilestoneRule
{
    /// <summary>Gets the day each part of the threshold was first reached, as far as the facts recorded by
    /// <paramref name="asOf"/> go: which was met first is a question analysts ask.</summary>
    /// <param name="steps">The agreement's steps.</param>
    /// <param name="asOf">The day the facts are complete up to.</param>
    /// <returns>The days; a part not asked for is never reached.</returns>
    public ThresholdProgress Progress(IEnumerable<AgreementStep> steps, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(steps);
        LocalDate? parties = null, share = null, majority = null;
        var count = 0;
        var signatories = 0;
        decimal? weight = null;
        foreach (var day in steps.Where(s => s.On <= asOf).GroupBy(s => s.On).OrderBy(g => g.Key))
        {
            foreach (var step in day)
            {
                if (step.Kind.IsConsent())
                {
                    count += step.Count;
                }
                else if (step.Kind == AgreementStepKind.Signature)
                {
                    signatories += step.Count;
                }
            }

            // The depositary's reported totals overrule the running count (parties whose own steps are not recorded).
            if (day.LastOrDefault(s => s.Tally is not null)?.Tally is { } tally)
            {
                count = Math.Max(count, tally.Parties);
                weight = tally.Share ?? weight;
            }

            parties ??= Parties > 0 && count >= Parties ? day.Key : null;
            share ??= Share is { } least && weight >= least ? day.Key : null;
            majority ??= MoreThanHalfOfSignatories && signatories > 0 && count * 2 > signatories ? day.Key : null;
        }

        return new ThresholdProgress(parties, share, majority);
    }

    internal override LocalDate? Date(MilestoneContext context)
    {
        var progress = Progress(context.Steps, context.AsOf);
        LocalDate? reached = null;
        foreach (var (asked, day) in new[] { (Parties > 0, progress.PartiesReached), (Share is not null, progress.ShareReached), (MoreThanHalfOfSignatories, progress.MajorityReached) })
        {
            if (asked)
            {
                if (day is not { } d)
                {
                    return null;
                }

                reached = reached is { } r && r > d ? r : d;
            }
        }

        return reached is { } last ? TimeBounds.Plus(last, Delay) : null;
    }
}
