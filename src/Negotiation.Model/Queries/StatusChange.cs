namespace Negotiation.Model;

/// <summary>A demand whose status with one addressee differs between two versions of a case.</summary>
/// <remarks>Produced by <see cref="TimelineQueries.ChangesSince(NegotiationCase, NegotiationCase)"/>. Equality is by value.</remarks>
public sealed record StatusChange
{
    internal StatusChange(DemandId demand, PartyId addressee, DemandStatus? before, DemandStatus? after)
    {
        Demand = demand;
        Addressee = addressee;
        Before = before;
        After = after;
    }

    /// <summary>Gets the demand.</summary>
    public DemandId Demand { get; }

    /// <summary>Gets the addressee.</summary>
    public PartyId Addressee { get; }

    /// <summary>Gets the status in the earlier version, or <see langword="null"/> when the demand was not tabled yet.</summary>
    public DemandStatus? Before { get; }

    /// <summary>Gets the status in the later version, or <see langword="null"/> when the demand is not in it.</summary>
    public DemandStatus? After { get; }

    /// <summary>Returns <c>demand → addressee: before → after</c>.</summary>
    /// <returns>The change as one line.</returns>
    public override string ToString() => $"{Demand} → {Addressee}: {Before?.ToString() ?? "none"} → {After?.ToString() ?? "none"}";
}
