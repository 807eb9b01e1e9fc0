using NodaTime;

namespace Negotiation.Model;

/// <summary>A day a deadline was in force that passed without its goal met.</summary>
/// <remarks>Produced by <see cref="Deadline.MissedDues(LocalDate)"/> and <see cref="DeadlineQueries.MissedDues"/>.
/// Equality is by value.</remarks>
/// <param name="Deadline">The deadline.</param>
/// <param name="Due">The day that was missed.</param>
/// <param name="Certainty">Yes, or undetermined when approximate times leave it open.</param>
/// <param name="ExtendedTo">The day the deadline was moved to afterwards, if it was.</param>
public sealed record MissedDue(DeadlineId Deadline, LocalDate Due, Truth Certainty, LocalDate? ExtendedTo);
