using System.Collections.Immutable;
using NodaTime;

namespace Negotiation.Model;

/// <summary>Questions about deadlines: which days were missed, in order; which conditional days of an extension
/// applied, and the day in force once they are resolved.</summary>
public static class DeadlineQueries
{
    /// <summary>Gets every day in force of every deadline that had passed by <paramref name="asOf"/> without its goal met
    /// (see <see cref="Deadline.MissedDues(LocalDate)"/>), in order of the day, then of the deadline's id; an extension
    /// granted on a condition counts with the day its conditions give as of <paramref name="asOf"/> (see
    /// <see cref="DueOn"/>).</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="asOf">The day the history is read on.</param>
    /// <returns>The missed days.</returns>
    /// <example>
    /// <code>
    /// foreach (var missed in negotiation.MissedDues(new LocalDate(2016, 1, 1)))
    ///     Console.WriteLine($"{missed.Deadline} missed {missed.Due}, extended to {missed.ExtendedTo}");
    /// </code>
    /// </example>
    public static ImmutableArray<MissedDue> MissedDues(this NegotiationCase negotiation, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return [.. negotiation.Deadlines.Values.SelectMany(d => d.MissedDues(asOf, e => Granted(negotiation, e, asOf)))
            .OrderBy(m => m.Due).ThenBy(m => m.Deadline.Value, StringComparer.Ordinal)];
    }

    /// <summary>Gets, for every extension of a deadline decided by <paramref name="asOf"/> that grants a day on a condition
    /// (<see cref="DeadlineExtension.Branches"/>), whether that day applies: its condition's deadline met (yes), missed,
    /// overtaken or abandoned (no), or still pending (undetermined), oldest extension first.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="deadline">The extended deadline.</param>
    /// <param name="asOf">The day the conditions are read on.</param>
    /// <returns>The branches and whether each applies; empty when the deadline is unknown or has none.</returns>
    /// <example>
    /// <code>
    /// foreach (var branch in negotiation.DueBranches(new DeadlineId("dl-a50"), new LocalDate(2019, 4, 1)))
    ///     Console.WriteLine($"{branch.Branch.Due}: {branch.Applies} ({branch.Branch.Condition} {branch.ConditionOutcome})");
    /// </code>
    /// </example>
    public static ImmutableArray<DueBranchOutcome> DueBranches(this NegotiationCase negotiation, DeadlineId deadline, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        if (!negotiation.Deadlines.TryGetValue(deadline, out var d))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<DueBranchOutcome>();
        foreach (var extension in d.Extensions)
        {
            if (!extension.Decided.IsOnOrBefore(asOf).IsYes)
            {
                continue;
            }

            foreach (var branch in extension.Branches)
            {
                var outcome = negotiation.Deadlines.TryGetValue(branch.Condition, out var condition) ? condition.OutcomeOn(asOf) : DeadlineOutcome.Pending;
                var applies = outcome switch
                {
                    DeadlineOutcome.Met => Truth.Yes,
                    DeadlineOutcome.Pending => Truth.Undetermined,
                    _ => Truth.No,
                };
                result.Add(new DueBranchOutcome(d.Id, extension.NewDue, branch, outcome, applies));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Gets the last day of a deadline in force on <paramref name="asOf"/>, with each extension's conditional days
    /// resolved: the first branch whose condition was met by then, otherwise the day the extension grants outright; and,
    /// for an extension that ends early once the goal is met (<see cref="DeadlineExtension.EarlyEnd"/>), the end of the
    /// month (or the day) it was met by then, when that comes sooner and the time it was met places it.
    /// <see cref="Deadline.DueAsOf(LocalDate)"/> reads the deadline alone and so takes the outright day.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="deadline">The deadline.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The day in force, or <see langword="null"/> when the deadline is not in the case.</returns>
    public static LocalDate? DueOn(this NegotiationCase negotiation, DeadlineId deadline, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        if (!negotiation.Deadlines.TryGetValue(deadline, out var d))
        {
            return null;
        }

        var due = d.Due;
        foreach (var extension in d.Extensions)
        {
            if (extension.Decided.IsOnOrBefore(asOf).IsYes)
            {
                due = Granted(negotiation, extension, asOf);
                if (EarlyDue(d, extension, asOf) is { } early && early < due)
                {
                    due = early;
                }
            }
        }

        return due;
    }

    /// <summary>Gets how a deadline stood on <paramref name="asOf"/> (met, missed, overtaken, abandoned or pending), with the
    /// day in force read as <see cref="DueOn"/> reads it: conditional days and early ends resolved, which
    /// <see cref="Deadline.OutcomeOn(LocalDate)"/>, reading the deadline alone, cannot do.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="deadline">The deadline.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The outcome, or <see langword="null"/> when the deadline is not in the case.</returns>
    /// <example>
    /// <code>
    /// // Extended to 22 May if the Commons approved by 29 March, otherwise to 12 April: approved, so on 1 May it is pending.
    /// var outcome = negotiation.OutcomeOn(new DeadlineId("period"), new LocalDate(2019, 5, 1));
    /// </code>
    /// </example>
    public static DeadlineOutcome? OutcomeOn(this NegotiationCase negotiation, DeadlineId deadline, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return negotiation.DueOn(deadline, asOf) is { } due ? negotiation.Deadlines[deadline].OutcomeOn(IsoDates.Iso(asOf), due) : null;
    }

    /// <summary>The day an extended period ends early, when its goal was met by <paramref name="asOf"/> at a time that
    /// places the day (the month, or the day, of the meeting known for certain).</summary>
    private static LocalDate? EarlyDue(Deadline deadline, DeadlineExtension extension, LocalDate asOf)
    {
        if (extension.EarlyEnd == EarlyEnd.None || deadline.Met is not { } met || !met.IsOnOrBefore(asOf).IsYes)
        {
            return null;
        }

        var (first, last) = (met.EarliestDate, met.LatestDate);
        return extension.EarlyEnd switch
        {
            EarlyEnd.EndOfMonthMet when first.Year == last.Year && first.Month == last.Month =>
                last.With(DateAdjusters.EndOfMonth),
            EarlyEnd.DayMet when first == last => last,
            _ => null,
        };
    }

    /// <summary>The day an extension grants as of <paramref name="asOf"/>: its first conditional day whose condition was
    /// met by then, else its unconditional day.</summary>
    private static LocalDate Granted(NegotiationCase negotiation, DeadlineExtension extension, LocalDate asOf) =>
        extension.Branches.Items
            .Where(b => negotiation.Deadlines.TryGetValue(b.Condition, out var c) && c.OutcomeOn(asOf) == DeadlineOutcome.Met)
            .Select(b => (LocalDate?)b.Due)
            .FirstOrDefault() ?? extension.NewDue;
}
