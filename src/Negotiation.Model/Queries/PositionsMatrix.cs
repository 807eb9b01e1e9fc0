using System.Collections.Immutable;
using System.Text;

namespace Negotiation.Model;

/// <summary>Which parties accept, reject or are open to which demands: parties × demands, each cell with the statement it
/// comes from.</summary>
/// <remarks>
/// <para>Produced by <see cref="PositionQueries.PositionsMatrix(NegotiationCase)"/> and its overloads. Rows and columns are
/// in the order given, or ordered by id. Immutable; reference equality.</para>
/// </remarks>
/// <example>
/// <code>
/// var matrix = negotiation.PositionsMatrix();
/// var us = matrix[new PartyId("united-states"), new DemandId("us-legal-guarantees")]; // Rejects (in part) [us-unacceptable]
/// var rejections = matrix.WithStance(Stance.Rejects);
/// </code>
/// </example>
public sealed class PositionsMatrix
{
    private readonly ImmutableDictionary<(PartyId, DemandId), PositionCell> byKey;

    internal PositionsMatrix(ImmutableArray<PartyId> parties, ImmutableArray<DemandId> demands, ImmutableArray<PositionCell> cells)
    {
        Parties = parties;
        Demands = demands;
        Cells = cells;
        byKey = cells.ToImmutableDictionary(c => (c.Party, c.Demand));
    }

    /// <summary>Gets the rows.</summary>
    public ImmutableArray<PartyId> Parties { get; }

    /// <summary>Gets the columns.</summary>
    public ImmutableArray<DemandId> Demands { get; }

    /// <summary>Gets every cell, row by row.</summary>
    public ImmutableArray<PositionCell> Cells { get; }

    /// <summary>Gets one cell.</summary>
    /// <param name="party">The row.</param>
    /// <param name="demand">The column.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="KeyNotFoundException">The party or demand is not in the matrix.</exception>
    public PositionCell this[PartyId party, DemandId demand] =>
        byKey.TryGetValue((party, demand), out var cell)
            ? cell
            : throw new KeyNotFoundException($"The matrix has no cell for '{party}' × '{demand}'; its rows are {string.Join(", ", Parties)}.");

    /// <summary>Gets the cells with a given stance.</summary>
    /// <param name="stance">The stance.</param>
    /// <returns>The cells, row by row.</returns>
    public ImmutableArray<PositionCell> WithStance(Stance stance) => [.. Cells.Where(c => c.Stance == stance)];

    /// <summary>Renders the matrix as a text table, one row per party.</summary>
    /// <returns>The table.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("party").Append('\t').AppendJoin('\t', Demands).AppendLine();
        foreach (var party in Parties)
        {
            text.Append(party.ToString());
            foreach (var demand in Demands)
            {
                var cell = this[party, demand];
                text.Append('\t').Append(cell.Stance).Append(cell.Extent == Extent.Part ? "(part)" : string.Empty);
            }

            text.AppendLine();
        }

        return text.ToString().TrimEnd();
    }
}
