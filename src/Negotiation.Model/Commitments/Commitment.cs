using System.Diagnostics;

namespace Negotiation.Model;

/// <summary>
/// A standing understanding between parties that constrains future rounds: "any discussion about European security
/// will happen in coordination and with participation of the European Union".
/// </summary>
/// <remarks>
/// <para>A round breaks the commitment when one of the committed <see cref="Parties"/> (other than the
/// <see cref="RequiredParticipant"/>) is one of its sides, its agenda covers <see cref="Topic"/> or a narrower topic, and
/// the required participant is not one of its sides. A case reports such a round as a warning naming the commitment;
/// it does not refuse it, since breaking an understanding is possible, only significant.</para>
/// <para>Equality is by value.</para>
/// </remarks>
/// <param name="Id">The commitment's id.</param>
/// <param name="Parties">The parties that agreed it.</param>
/// <param name="Text">The understanding, in words.</param>
/// <param name="Topic">The topic it covers (with every narrower topic).</param>
/// <param name="RequiredParticipant">The party that must take part in any round on the topic.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Commitment(CommitmentId Id, EquatableArray<PartyId> Parties, string Text, TopicId Topic, PartyId RequiredParticipant)
{
    /// <summary>Gets the commitment's id.</summary>
    public CommitmentId Id { get; init => field = Guard.Id(value, value.IsValid, nameof(Id)); } = Guard.Id(Id, Id.IsValid, nameof(Id));

    /// <summary>Gets the understanding, in words.</summary>
    public string Text { get; init => field = Guard.NotNull(value, nameof(Text)); } = Guard.NotNull(Text, nameof(Text));

    /// <summary>Gets the kind, id and name in one short, culture-invariant line; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Commitment), Id.ToString(), Text);
}
