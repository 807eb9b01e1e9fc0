using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Negotiation.Model;

/// <summary>
/// One recorded fact: a change to a negotiation case, with when it happened (<see cref="Occurred"/>, possibly
/// approximate), when the model learned it (<see cref="Recorded"/>) and where from (<see cref="Source"/>).
/// </summary>
/// <remarks>
/// <para>Facts are the only way to change a <see cref="NegotiationCase"/>: <see cref="NegotiationCase.Record(Fact)"/>
/// checks the fact against the case, and either returns a new case with the fact appended to its log, or returns the
/// reasons and leaves the case as it was. The set of facts is closed: the library defines every kind.</para>
/// <para>Equality is by value.</para>
/// </remarks>
public abstract record Fact
{
    private protected Fact()
    {
    }

    /// <summary>Gets when the fact happened, possibly approximately ("last week").</summary>
    public required Moment Occurred { get; init; }

    /// <summary>Gets when the fact was recorded in the model (record time).</summary>
    public required Instant Recorded { get; init; }

    /// <summary>Gets where the model learned the fact.</summary>
    public required Source Source { get => field; init => field = Guard.NotNull(value, nameof(Source)); }

    /// <summary>Gets further sources' accounts of the fact, each with the date it claims, when sources disagree on when it
    /// happened; <see cref="Occurred"/> is the date the case accepts and <see cref="Source"/> the account it follows
    /// (<see cref="ReportQueries.DisputedDates(NegotiationCase)"/>).</summary>
    /// <exception cref="ArgumentNullException">A report is <see langword="null"/>.</exception>
    public EquatableArray<Report> Reports { get; init => field = Guard.NoNulls(value, nameof(Reports)); }

    /// <summary>Describes the fact in one line for timelines and logs.</summary>
    /// <returns>The description.</returns>
    public abstract string Describe();

    /// <summary>Gets the kind of fact, its description, when it happened, when it was recorded and its source, in one
    /// culture-invariant line.</summary>
    /// <returns>The text.</returns>
    public sealed override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{GetType().Name}: {Describe()} (occurred {Occurred}; recorded {InstantPattern.General.Format(Recorded)}; source {Source})");

    /// <summary>Checks the fact against the case as it stands, without changing anything: the validators of what it
    /// carries and the legality rules of the change itself (<see cref="CaseEngine"/>).</summary>
    /// <param name="check">The check under way, which collects the failures.</param>
    internal abstract void Check(FactCheck check);

    /// <summary>Evolves the case by the fact: a pure change that cannot fail, run only after the check passed on the same
    /// data. Every write goes through the <paramref name="evolution"/>, which describes the change.</summary>
    /// <param name="evolution">The evolution under way.</param>
    internal abstract void Evolve(CaseEvolution evolution);

    /// <summary>Restates the fact for a party that may not know of what <paramref name="redaction"/> hides: the fact itself
    /// when nothing in it is hidden, a copy without the hidden parts, or <see langword="null"/> when it cannot be stated
    /// without them. Every kind decides; the per-party view reads nothing else.</summary>
    /// <param name="redaction">What the party may not know of.</param>
    /// <returns>The fact as the party may know it, or <see langword="null"/>.</returns>
    internal abstract Fact? Redact(Redaction redaction);
}
