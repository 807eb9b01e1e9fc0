namespace Negotiation.Model;

/// <summary>A round that breaks a commitment: it discusses the commitment's topic with a committed party but without the
/// party that must take part.</summary>
/// <remarks>Produced by <see cref="RoundQueries.BrokenCommitments(NegotiationCase)"/>. Equality is by value.</remarks>
public sealed record CommitmentBreach
{
    internal CommitmentBreach(RoundId round, CommitmentId commitment, string reason)
    {
        Round = round;
        Commitment = commitment;
        Reason = reason;
    }

    /// <summary>Gets the round.</summary>
    public RoundId Round { get; }

    /// <summary>Gets the commitment it breaks.</summary>
    public CommitmentId Commitment { get; }

    /// <summary>Gets the reason in words.</summary>
    public string Reason { get; }

    /// <summary>Returns the reason.</summary>
    /// <returns>The reason.</returns>
    public override string ToString() => Reason;
}
