using NodaTime;

namespace Negotiation.Model;

/// <summary>The day each part of a threshold was first reached (<see cref="ThresholdRule.Progress"/>).</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="PartiesReached">The day the number of parties was reached, if it was (and asked for).</param>
/// <param name="ShareReached">The day the share was reached, if it was (and asked for).</param>
/// <param name="MajorityReached">The day more than half of the signatories had consented, if it happened (and was asked for).</param>
public sealed record ThresholdProgress(LocalDate? PartiesReached, LocalDate? ShareReached, LocalDate? MajorityReached);
