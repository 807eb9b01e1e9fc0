using NodaTime;

namespace Negotiation.Model;

/// <summary>Whether one conditional day of an extension applies, as of a date.</summary>
/// <remarks>Produced by <see cref="DeadlineQueries.DueBranches"/>. Equality is by value.</remarks>
/// <param name="Deadline">The extended deadline.</param>
/// <param name="Otherwise">The day the extension grants when no branch applies.</param>
/// <param name="Branch">The conditional day.</param>
/// <param name="ConditionOutcome">How the condition's deadline stood on the date: met, missed, overtaken, abandoned or
/// pending.</param>
/// <param name="Applies">Yes when the condition was met, no when it was missed, overtaken or abandoned, undetermined while
/// it is pending.</param>
public sealed record DueBranchOutcome(DeadlineId Deadline, LocalDate Otherwise, DueBranch Branch, DeadlineOutcome ConditionOutcome, Truth Applies);
