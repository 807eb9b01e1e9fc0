namespace Negotiation.Model;

/// <summary>The totals a depositary reported after a step: how many parties had consented, and the share of a weighted
/// total (such as global emissions) they account for.</summary>
/// <remarks>Where sources give a range, record the lower bound. Equality is by value.</remarks>
/// <param name="Parties">The parties that had consented.</param>
/// <param name="Share">Their share in per cent, if reported.</param>
public sealed record StepTally(int Parties, decimal? Share = null);
