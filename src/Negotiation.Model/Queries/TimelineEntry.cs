namespace Negotiation.Model;

/// <summary>One fact on a timeline: what happened, when (shown as approximate where it is), and whether it surely falls in
/// the period asked about.</summary>
/// <remarks>Produced by <see cref="TimelineQueries.Timeline(NegotiationCase, NodaTime.LocalDate, NodaTime.LocalDate)"/>.
/// Equality is by value.</remarks>
public sealed record TimelineEntry
{
    internal TimelineEntry(int sequence, Fact fact, Truth inPeriod)
    {
        Sequence = sequence;
        Fact = fact;
        InPeriod = inPeriod;
    }

    /// <summary>Gets the fact's position in the case's log, from 0.</summary>
    public int Sequence { get; }

    /// <summary>Gets the fact.</summary>
    public Fact Fact { get; }

    /// <summary>Gets when the fact happened.</summary>
    public Moment Occurred => Fact.Occurred;

    /// <summary>Gets whether the time is approximate: a window of more than one day ("week of 13 December 2021").</summary>
    public bool IsApproximate => !Occurred.IsPrecise && !Occurred.Window.IsExactDay;

    /// <summary>Gets whether the fact falls in the period: <see cref="Truth.Yes"/>, or <see cref="Truth.Undetermined"/>
    /// when its approximate time overlaps the period without lying inside it.</summary>
    public Truth InPeriod { get; }

    /// <summary>Gets the time as text, marked "(approximate)" where it is.</summary>
    public string When => IsApproximate ? $"{Occurred} (approximate)" : Occurred.ToString();

    /// <summary>Returns <c>when: what</c>, noting a fact that may fall outside the period.</summary>
    /// <returns>The entry as one line.</returns>
    public override string ToString() =>
        $"{When}: {Fact.Describe()}{(InPeriod.IsUndetermined ? " (may fall outside the period)" : string.Empty)}";
}
