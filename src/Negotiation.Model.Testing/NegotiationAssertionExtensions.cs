namespace Negotiation.Model.Testing;

/// <summary>Entry points of the kit's FluentAssertions: <c>result.Should()</c>, <c>negotiation.Round("id").Should()</c>.</summary>
public static class NegotiationAssertionExtensions
{
    /// <summary>Starts assertions on a change result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The assertions.</returns>
    public static ChangeResultAssertions Should(this ChangeResult result) => new(result);

    /// <summary>Starts assertions on a whole case.</summary>
    /// <param name="negotiation">The case.</param>
    /// <returns>The assertions.</returns>
    public static NegotiationCaseAssertions Should(this NegotiationCase negotiation) => new(negotiation);

    /// <summary>Starts assertions on a round in its case.</summary>
    /// <param name="round">The round in its case.</param>
    /// <returns>The assertions.</returns>
    public static RoundAssertions Should(this RoundInCase round) => new(round);

    /// <summary>Starts assertions on a demand in its case.</summary>
    /// <param name="demand">The demand in its case.</param>
    /// <returns>The assertions.</returns>
    public static DemandAssertions Should(this DemandInCase demand) => new(demand);

    /// <summary>Picks a demand of a case for assertions.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="id">The demand's id.</param>
    /// <returns>The demand in its case.</returns>
    /// <exception cref="ArgumentException">The case has no such demand.</exception>
    public static DemandInCase Demand(this NegotiationCase negotiation, string id)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return negotiation.Demands.TryGetValue(new DemandId(id), out var demand)
            ? new DemandInCase(negotiation, demand)
            : throw new ArgumentException($"The case has no demand '{id}'; its demands are: {string.Join(", ", negotiation.Demands.Keys)}.", nameof(id));
    }

    /// <summary>Picks a round of a case for assertions.</summary>
    /// <param name="negotiation">The case.</param>
    /// <param name="id">The round's id.</param>
    /// <returns>The round in its case.</returns>
    /// <exception cref="ArgumentException">The case has no such round.</exception>
    public static RoundInCase Round(this NegotiationCase negotiation, string id)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        return negotiation.Rounds.TryGetValue(new RoundId(id), out var round)
            ? new RoundInCase(negotiation, round)
            : throw new ArgumentException($"The case has no round '{id}'; its rounds are: {string.Join(", ", negotiation.Rounds.Keys)}.", nameof(id));
    }
}
