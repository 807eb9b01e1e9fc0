namespace Negotiation.Model;

/// <summary>How a document was handed over: who handed it, to whom, and in which round, where known.</summary>
/// <remarks>Equality is by value. Every part is optional; an empty handover says nothing beyond the document's authors and
/// addressees.</remarks>
/// <param name="By">The person who handed it over ("delivered by the Permanent Representative").</param>
/// <param name="To">The person it was handed to.</param>
/// <param name="Round">The round in which it was handed over.</param>
public sealed record Handover(RepresentativeId? By = null, RepresentativeId? To = null, RoundId? Round = null);
