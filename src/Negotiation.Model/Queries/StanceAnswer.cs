namespace Negotiation.Model;

/// <summary>A party's stance on a demand, document or proposal (now, or on a day), with the position it comes from.</summary>
/// <remarks>
/// <para>Produced by <see cref="PositionQueries.StanceOn(NegotiationCase, PartyId, SubjectRef)"/> and its dated overload.
/// <see cref="Certain"/> is <see cref="Truth.Undetermined"/> when an approximately dated statement may or may not have
/// been made by the day asked about and would change the answer; <see cref="Reason"/> then says so. Equality is by
/// value.</para>
/// </remarks>
public sealed record StanceAnswer
{
    internal StanceAnswer(PartyId party, SubjectRef subject, Position? position, Truth certain, string reason)
    {
        Party = party;
        Subject = subject;
        Position = position;
        Certain = certain;
        Reason = reason;
    }

    /// <summary>Gets the party.</summary>
    public PartyId Party { get; }

    /// <summary>Gets what the stance is on.</summary>
    public SubjectRef Subject { get; }

    /// <summary>Gets the stance (<see cref="Stance.NoStance"/> when no position applies).</summary>
    public Stance Stance => Position?.Stance ?? Stance.NoStance;

    /// <summary>Gets whether the stance covers the subject whole or in part.</summary>
    public Extent Extent => Position?.Extent ?? Extent.Whole;

    /// <summary>Gets the position the stance comes from: on the subject itself or, for a demand, on the document that
    /// carries it. Its <see cref="Model.Position.Statement"/> names the statement.</summary>
    public Position? Position { get; }

    /// <summary>Gets whether the answer is certain: <see cref="Truth.Undetermined"/> when an approximately dated statement
    /// may have changed it by then.</summary>
    public Truth Certain { get; }

    /// <summary>Gets the answer in words.</summary>
    public string Reason { get; }

    /// <summary>Returns the reason.</summary>
    /// <returns>The answer in words.</returns>
    public override string ToString() => Reason;
}
