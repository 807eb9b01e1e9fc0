using System.Collections.Immutable;
using NodaTime;

namespace Negotiation.Model;

/// <summary>Questions about deadlines: which days were missed, in order.</summary>
public static class DeadlineQueries
{
    /// <summary>Gets every day in force of every deadline that had passed by <paramref name="asOf"/> without its goal met
    /// (see <see cref="Deadline.MissedDues(LocalDate)"/>), in order of the day, then of the deadline's id.</summary>
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
        return [.. negotiation.Deadlines.Values.SelectMany(d => d.MissedDues(asOf)).OrderBy(m => m.Due).ThenBy(m => m.Deadline.Value, StringComparer.Ordinal)];
    }
}
