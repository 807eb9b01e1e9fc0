using System.Collections.Immutable;

namespace Negotiation.Model;

/// <summary>What the sources say about when one fact happened: the date the case accepts and every report with the date
/// it claims.</summary>
/// <remarks>Equality is by reference.</remarks>
public sealed class ReportedDate
{
    internal ReportedDate(Fact fact)
    {
        Fact = fact;
        Reports = [new Report(fact.Source, fact.Occurred), .. fact.Reports];
    }

    /// <summary>Gets the fact.</summary>
    public Fact Fact { get; }

    /// <summary>Gets the date the case accepts (the fact's <see cref="Fact.Occurred"/>).</summary>
    public Moment Accepted => Fact.Occurred;

    /// <summary>Gets every report, the fact's own source first (claiming the accepted date), then the competing reports in
    /// the order recorded.</summary>
    public ImmutableArray<Report> Reports { get; }

    /// <summary>Gets the outlets that reported the fact, in the order of <see cref="Reports"/>, each once.</summary>
    public ImmutableArray<string> Sources => [.. Reports.Select(r => r.Source.Outlet).Distinct(StringComparer.Ordinal)];

    /// <summary>Gets whether the reports disagree on the date.</summary>
    public bool IsDisputed => Reports.Any(r => r.Claimed != Accepted);

    /// <summary>Gets the fact's description with the dates claimed.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Fact.Describe()}: accepted {Accepted}; " + string.Join("; ", Reports.Select(r => $"{r.Source.Outlet} ({r.Source.ReportedOn:uuuu-MM-dd}) says {r.Claimed}"));
}
