using NodaTime;

namespace Negotiation.Model;

/// <summary>A day an extension grants on a condition: the condition is another deadline, met in time ("to 22 May if the
/// House of Commons approves the agreement by 29 March").</summary>
/// <remarks>The condition is a deadline of its own so that whether it was met, missed or abandoned follows from the
/// recorded facts like any deadline's. Equality is by value.</remarks>
/// <param name="Due">The day that applies when the condition is met.</param>
/// <param name="Condition">The deadline whose being met makes this day apply.</param>
public sealed record DueBranch(LocalDate Due, DeadlineId Condition)
{
    /// <summary>Gets the day that applies when the condition is met (in the ISO calendar).</summary>
    public LocalDate Due { get; init => field = IsoDates.Iso(value); } = IsoDates.Iso(Due);

    /// <summary>Gets the deadline whose being met makes <see cref="Due"/> apply.</summary>
    public DeadlineId Condition { get; init => field = Guard.Id(value, value.IsValid, nameof(Condition)); } = Guard.Id(Condition, Condition.IsValid, nameof(Condition));
}
