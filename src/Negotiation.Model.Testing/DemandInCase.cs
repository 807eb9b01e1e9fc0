namespace Negotiation.Model.Testing;

/// <summary>A demand together with the case it belongs to, so assertions can ask for its status per addressee.</summary>
/// <param name="Case">The case.</param>
/// <param name="Demand">The demand.</param>
public sealed record DemandInCase(NegotiationCase Case, Demand Demand);
