using NodaTime;

namespace Negotiation.Model.Benchmarks.Generation;

/// <summary>
/// A generated negotiation and the probes the benchmarks use on it: the next change of each kind (valid on this case,
/// not yet recorded), a typical addressee, a party and a month with rounds, and the middle of the log.
/// </summary>
/// <remarks>
/// Because the case is immutable, a benchmark records the same probe fact on the same case over and over: every
/// invocation does the same work on the same input.
/// </remarks>
public sealed class GeneratedCase
{
    internal GeneratedCase(CaseSize size, NegotiationCase negotiation, int warnings, TimeSpan elapsed, Probes probes)
    {
        Size = size;
        Case = negotiation;
        Warnings = warnings;
        Elapsed = elapsed;
        Probes = probes;
    }

    /// <summary>Gets the named size.</summary>
    public CaseSize Size { get; }

    /// <summary>Gets the case, every fact recorded through <see cref="NegotiationCase.Record(Fact)"/>.</summary>
    public NegotiationCase Case { get; }

    /// <summary>Gets the facts in log order; replaying them from an empty case rebuilds <see cref="Case"/>.</summary>
    public IReadOnlyList<Fact> Facts => Case.Log;

    /// <summary>Gets how many warnings (broken commitments, undetermined orders) the case gave while it was built.</summary>
    public int Warnings { get; }

    /// <summary>Gets how long generating took, recording included.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Gets the probes.</summary>
    public Probes Probes { get; }

    /// <summary>Gets an empty case with the same id and title, for rebuilding.</summary>
    public NegotiationCase Empty => NegotiationCase.Create(Case.Id, Case.Title);

    public override string ToString() =>
        $"{Size}: {Case.Version:N0} facts, {Case.Parties.Count:N0} parties, {Case.Demands.Count:N0} demands, {Case.Rounds.Count:N0} rounds, "
        + $"{Case.Documents.Count:N0} documents, {Case.Statements.Count:N0} statements, {Warnings:N0} warnings, generated in {Elapsed.TotalSeconds:N2} s";
}

/// <summary>What the benchmarks ask of a generated case.</summary>
/// <param name="NextDemand">A demand not yet tabled, valid on the case.</param>
/// <param name="NextHeld">A round that is planned, whose preconditions are met, being held.</param>
/// <param name="NextStatement">A rejection of a standing demand by one of its addressees (updates a position).</param>
/// <param name="Addressee">An addressee with a typical number of demands (the one closest to the mean).</param>
/// <param name="RoundParty">The party with the most rounds.</param>
/// <param name="Month">The month in which <paramref name="RoundParty"/> has the most rounds.</param>
/// <param name="MidDate">The day of the fact in the middle of the log (valid time).</param>
/// <param name="MidInstant">When the fact in the middle of the log was recorded (record time).</param>
public sealed record Probes(
    DemandTabled NextDemand,
    RoundHeld NextHeld,
    StatementMade NextStatement,
    PartyId Addressee,
    PartyId RoundParty,
    YearMonth Month,
    LocalDate MidDate,
    Instant MidInstant);
