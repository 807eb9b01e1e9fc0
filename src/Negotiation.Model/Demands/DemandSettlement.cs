namespace Negotiation.Model;

/// <summary>How a demand was settled: its outcome, when, and the provision of an agreement that settled it, if one did.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Outcome">What became of the demand.</param>
/// <param name="Settled">When it was settled.</param>
public sealed record DemandSettlement(DemandOutcome Outcome, Moment Settled)
{
    /// <summary>Gets the provision that settled it (an article of an agreement), if one did.</summary>
    public ProvisionRef? By { get; init; }

    /// <summary>Gets a short account of the settlement ("methodology in the Joint Report; WA Part Five"), if any.</summary>
    public string? Summary { get; init; }
}
