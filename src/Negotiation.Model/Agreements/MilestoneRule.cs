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

    /// <summary>Dates the milestone from what has been recorded up to <paramref name="asOf"/>.</summary>
    /// <param name="steps">The agreement's steps.</param>
    /// <param name="developments">The developments recorded.</param>
    /// <param name="asOf">The day the facts are complete up to: a part that has not happened by then has not happened.</param>
    /// <returns>The day, or <see langword="null"/> while the recorded facts do not fix it yet.</returns>
    public abstract LocalDate? DateFrom(IEnumerable<AgreementStep> steps, IEnumerable<Development> developments, LocalDate asOf);

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
    /// <inheritdoc />
    public override LocalDate? DateFrom(IEnumerable<AgreementStep> steps, IEnumerable<Development> developments, LocalDate asOf)
    {
        var nth = steps.Where(s => s.Kind == Step && s.On <= asOf).Select(s => s.On).Order().Skip(Count - 1).Cast<LocalDate?>().FirstOrDefault();
        return nth is { } day ? day.Plus(Delay) : null;
    }
}

/// <summary>The day a development of a kind happens (its earliest possible day when approximate).</summary>
/// <param name="Kind">The kind of development.</param>
public sealed record OnDevelopmentRule(DevelopmentKind Kind) : MilestoneRule
{
    /// <inheritdoc />
    public override LocalDate? DateFrom(IEnumerable<AgreementStep> steps, IEnumerable<Development> developments, LocalDate asOf) =>
        developments.Where(d => d.Kind == Kind && d.Occurred.IsOnOrBefore(asOf).IsYes)
            .Select(d => d.Occurred.EarliestDate).Order().Cast<LocalDate?>().FirstOrDefault();
}

/// <summary>The earliest of several rules: fixed once the earliest fixed day has been reached by the as-of day (the
/// other parts did not happen before it), or once every part is fixed.</summary>
/// <param name="Rules">The rules.</param>
public sealed record EarlierOfRule(EquatableArray<MilestoneRule> Rules) : MilestoneRule
{
    /// <inheritdoc />
    public override LocalDate? DateFrom(IEnumerable<AgreementStep> steps, IEnumerable<Development> developments, LocalDate asOf)
    {
        var days = Rules.Select(r => r.DateFrom(steps, developments, asOf)).ToList();
        var earliest = days.Min();
        return days.All(d => d is not null) || earliest <= asOf ? earliest : null;
    }
}

/// <summary>The latest of several rules; fixed once every part is fixed.</summary>
/// <param name="Rules">The rules.</param>
public sealed record LaterOfRule(EquatableArray<MilestoneRule> Rules) : MilestoneRule
{
    /// <inheritdoc />
    public override LocalDate? DateFrom(IEnumerable<AgreementStep> steps, IEnumerable<Development> developments, LocalDate asOf)
    {
        var days = Rules.Select(r => r.DateFrom(steps, developments, asOf)).ToList();
        return days.All(d => d is not null) ? days.Max() : null;
    }
}
