using System.Diagnostics;

namespace Negotiation.Model;

/// <summary>
/// A standing understanding between parties that constrains future rounds: "any discussion about European security
/// will happen in coordination and with participation of the European Union", "the second round follows the first",
/// "no separate talks with individual member states", "at most two rounds before the summit".
/// </summary>
/// <remarks>
/// <para>What the understanding requires is its <see cref="Rule"/>: a party that must take part in any round on the
/// <see cref="Topic"/> (the common case, and what the five-argument constructor makes), an order of rounds, a prohibition,
/// a limit on the number of rounds, or words only that no fact can check. <see cref="Scope"/> narrows the rounds it
/// applies to (formats, channels, a period).</para>
/// <para>A party takes part in a round when it is a side, or a member (on the day the round starts) of an organisation
/// that is a side. A round held certainly before the commitment was made (<see cref="Made"/>) never breaks it. A case
/// reports a round that breaks a commitment as a warning naming the commitment; it does not refuse it, since breaking an
/// understanding is possible, only significant.</para>
/// <para>Equality is by value.</para>
/// </remarks>
/// <param name="Id">The commitment's id.</param>
/// <param name="Parties">The parties that agreed it.</param>
/// <param name="Text">The understanding, in words.</param>
/// <param name="Topic">The topic it covers (with every narrower topic).</param>
/// <param name="Rule">What it requires of the rounds on the topic.</param>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Commitment(CommitmentId Id, EquatableArray<PartyId> Parties, string Text, TopicId Topic, CommitmentRule Rule)
{
    /// <summary>Creates a commitment that a party must take part in any round on a topic with one of the committed
    /// parties (<see cref="CommitmentRule.Participation(PartyId)"/>).</summary>
    /// <param name="id">The commitment's id.</param>
    /// <param name="parties">The parties that agreed it.</param>
    /// <param name="text">The understanding, in words.</param>
    /// <param name="topic">The topic it covers (with every narrower topic).</param>
    /// <param name="requiredParticipant">The party that must take part in any round on the topic.</param>
    public Commitment(CommitmentId id, EquatableArray<PartyId> parties, string text, TopicId topic, PartyId requiredParticipant)
        : this(id, parties, text, topic, CommitmentRule.Participation(requiredParticipant))
    {
    }

    /// <summary>Gets the commitment's id.</summary>
    public CommitmentId Id { get; init => field = Guard.Id(value, value.IsValid, nameof(Id)); } = Guard.Id(Id, Id.IsValid, nameof(Id));

    /// <summary>Gets the understanding, in words.</summary>
    public string Text { get; init => field = Guard.NotNull(value, nameof(Text)); } = Guard.NotNull(Text, nameof(Text));

    /// <summary>Gets what the commitment requires of the rounds on its topic.</summary>
    public CommitmentRule Rule { get; init => field = Guard.NotNull(value, nameof(Rule)); } = Guard.NotNull(Rule, nameof(Rule));

    /// <summary>Gets the rounds the commitment applies to; by default every round.</summary>
    public CommitmentScope Scope { get; init => field = Guard.NotNull(value, nameof(Scope)); } = CommitmentScope.AllRounds;

    /// <summary>Gets the party that must take part in any round on the topic, for a participation rule; otherwise
    /// <c>default</c> (an invalid id): read <see cref="Rule"/> for the other kinds.</summary>
    public PartyId RequiredParticipant => (Rule as ParticipationRule)?.Party ?? default;

    /// <summary>Gets when the commitment was made (filled in by the case; <c>default</c> outside one).</summary>
    public Moment Made { get; internal init; }

    /// <summary>Gets the kind, id and name in one short, culture-invariant line; long names are shortened.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.Of(nameof(Commitment), Id.ToString(), Text);
}
