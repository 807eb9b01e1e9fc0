namespace Negotiation.Model;

/// <summary>How an extended period ends early once the deadline's goal is met: a period whose length depends on when a
/// fact happened ("extended to 31 January 2020, or earlier, on the first day of the month after both parties have
/// ratified").</summary>
/// <remarks>Read by <see cref="DeadlineQueries.DueOn"/>; the goal is met by <see cref="DeadlineMet"/>.</remarks>
public enum EarlyEnd
{
    /// <summary>It does not: the day granted stands.</summary>
    None,

    /// <summary>On the last day of the month in which the goal is met: the first day of the next month is the first day
    /// outside the period.</summary>
    EndOfMonthMet,

    /// <summary>On the day the goal is met.</summary>
    DayMet,
}
