using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>Queries about the sources of facts: which facts the sources date differently, and what each source says.</summary>
public static class ReportQueries
{
    /// <summary>Gets the facts whose sources claim different dates, in log order, each with the accepted date and every
    /// report.</summary>
    /// <param name="negotiation">The case.</param>
    /// <returns>The disputed dates; empty when every source agrees.</returns>
    /// <example>
    /// <code>
    /// foreach (var disputed in negotiation.DisputedDates())
    /// {
    ///     Console.WriteLine(disputed); // ...: accepted 29 January 2019; Hansard says 29 January 2019; Reuters says 30 January 2019
    /// }
    /// </code>
    /// </example>
    public static ImmutableArray<ReportedDate> DisputedDates(this NegotiationCase negotiation)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return [.. negotiation.Log.Where(f => !f.Reports.IsEmpty).Select(f => new ReportedDate(f)).Where(r => r.IsDisputed)];
    }

    /// <summary>Gets what the sources say about when a fact happened.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="fact">A fact of the case's log.</param>
    /// <returns>The accepted date and every report.</returns>
    /// <exception cref="ArgumentException"><paramref name="fact"/> is not in the case's log.</exception>
    /// <example>
    /// <code>
    /// var dates = negotiation.ReportsOf(negotiation.Log[^1]);
    /// </code>
    /// </example>
    public static ReportedDate ReportsOf(this NegotiationCase negotiation, Fact fact)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        ArgumentNullException.ThrowIfNull(fact);
        return negotiation.Log.Contains(fact)
            ? new ReportedDate(fact)
            : throw new ArgumentException("The fact is not in the case's log; pass one of negotiation.Log.", nameof(fact));
    }
}
