namespace Negotiation.Model;

/// <summary>One step of a <see cref="RoundOrder"/>: rounds that can come after every earlier step, with no precondition
/// ordering them among themselves.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record RoundOrderStep
{
    internal RoundOrderStep(int number, EquatableArray<RoundId> rounds)
    {
        Number = number;
        Rounds = rounds;
    }

    /// <summary>Gets the step's number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets the rounds of the step, ordered by the first day they may start on, then by id.</summary>
    public EquatableArray<RoundId> Rounds { get; }

    /// <summary>Gets whether the step fixes the order: it holds a single round. Otherwise the order among its rounds is
    /// undetermined by preconditions (their times may still order them; see <see cref="RoundOrder.Precedes"/>).</summary>
    public bool IsOrdered => Rounds.Count == 1;

    /// <summary>Returns <c>2. a, b (order undetermined)</c>.</summary>
    /// <returns>The step as one line.</returns>
    public override string ToString() => $"{Number}. {Rounds}{(IsOrdered ? string.Empty : " (order undetermined)")}";
}
