namespace Negotiation.Model;

/// <summary>One cell of a <see cref="PositionsMatrix"/>: a party's stance on a demand and the statement it comes from.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record PositionCell
{
    internal PositionCell(PartyId party, DemandId demand, Position? position, Truth certain)
    {
        Party = party;
        Demand = demand;
        Position = position;
        Certain = certain;
    }

    /// <summary>Gets the party (the row).</summary>
    public PartyId Party { get; }

    /// <summary>Gets the demand (the column).</summary>
    public DemandId Demand { get; }

    /// <summary>Gets the stance: accepts, accepts on conditions, open to discuss, rejects, or no stance.</summary>
    public Stance Stance => Position?.Stance ?? Stance.NoStance;

    /// <summary>Gets whether the stance covers the whole demand or part of it (or of the document carrying it).</summary>
    public Extent Extent => Position?.Extent ?? Extent.Whole;

    /// <summary>Gets the position the cell comes from: on the demand, or on the document that carries it; <see langword="null"/>
    /// for no stance.</summary>
    public Position? Position { get; }

    /// <summary>Gets the statement the cell comes from, if any.</summary>
    public StatementId? Statement => Position?.Statement;

    /// <summary>Gets whether the cell is certain on the day of the matrix (see <see cref="StanceAnswer.Certain"/>).</summary>
    public Truth Certain { get; }

    /// <summary>Returns <c>party × demand: stance (statement)</c>.</summary>
    /// <returns>The cell as one line.</returns>
    public override string ToString() =>
        $"{Party} × {Demand}: {Stance}{(Extent == Extent.Part ? " (in part)" : string.Empty)}{(Statement is { } s ? $" [{s}]" : string.Empty)}";
}
