namespace Negotiation.Model;

/// <summary>What a commitment requires of the rounds on its topic: a party taking part, an order of rounds, a
/// prohibition, a limit, or words only.</summary>
/// <remarks>
/// <para>Every rule except <see cref="TextOnly"/> is checked against the rounds recorded; the case reports a round that
/// breaks one. The set of kinds is closed. Equality is by value.</para>
/// </remarks>
/// <example>
/// <code>
/// var sequencing = CommitmentRule.RoundOrder(new RoundId("phase-1"), new RoundId("phase-2"));
/// var noSeparateTalks = CommitmentRule.Prohibition(with: new PartyId("united-kingdom"));
/// </code>
/// </example>
public abstract record CommitmentRule
{
    private protected CommitmentRule()
    {
    }

    /// <summary>Gets whether rounds can break the rule (every kind but <see cref="TextOnly"/>).</summary>
    public virtual bool IsCheckable => true;

    /// <summary>A party must take part in any round on the topic with a committed party.</summary>
    /// <param name="party">The party that must take part.</param>
    /// <returns>The rule.</returns>
    public static CommitmentRule Participation(PartyId party) => new ParticipationRule(Guard.Id(party, party.IsValid, nameof(party)));

    /// <summary>One round must be held before another starts.</summary>
    /// <param name="first">The round that comes first.</param>
    /// <param name="then">The round that may start only once <paramref name="first"/> has been held.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The ids are the same or <c>default</c>.</exception>
    public static CommitmentRule RoundOrder(RoundId first, RoundId then)
    {
        Guard.Id(first, first.IsValid, nameof(first));
        Guard.Id(then, then.IsValid, nameof(then));
        return first == then ? throw new ArgumentException("A round cannot come before itself; name two rounds.", nameof(then)) : new RoundOrderRule(first, then);
    }

    /// <summary>No round on the topic with a committed party, or none with a committed party and <paramref name="with"/>.</summary>
    /// <param name="with">The party such rounds may not include, or <see langword="null"/> for any round on the topic.</param>
    /// <returns>The rule.</returns>
    public static CommitmentRule Prohibition(PartyId? with = null) =>
        new ProhibitionRule(with is { } party ? Guard.Id(party, party.IsValid, nameof(with)) : null);

    /// <summary>At most <paramref name="rounds"/> rounds on the topic with a committed party; later ones break it.</summary>
    /// <param name="rounds">The most rounds allowed, zero or more.</param>
    /// <returns>The rule.</returns>
    public static CommitmentRule Limit(int rounds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rounds);
        return new LimitRule(rounds);
    }

    /// <summary>Gets the rule for an understanding no recorded fact can check ("nothing is agreed until everything is
    /// agreed", "reciprocal limits on exercises"): kept and shown, never reported broken.</summary>
    public static CommitmentRule TextOnly { get; } = new TextOnlyRule();
}

/// <summary>A party must take part in any round on the topic with a committed party.</summary>
/// <param name="Party">The party that must take part.</param>
public sealed record ParticipationRule(PartyId Party) : CommitmentRule;

/// <summary>One round must be held before another starts.</summary>
/// <param name="First">The round that comes first.</param>
/// <param name="Then">The round that may start only once <paramref name="First"/> has been held.</param>
public sealed record RoundOrderRule(RoundId First, RoundId Then) : CommitmentRule;

/// <summary>No round on the topic with a committed party (and, if named, with <paramref name="With"/>).</summary>
/// <param name="With">The party such rounds may not include, if the prohibition is about one.</param>
public sealed record ProhibitionRule(PartyId? With) : CommitmentRule;

/// <summary>At most <paramref name="Rounds"/> rounds on the topic with a committed party, counted in order of start.</summary>
/// <param name="Rounds">The most rounds allowed.</param>
public sealed record LimitRule(int Rounds) : CommitmentRule;

/// <summary>Words only: no recorded fact can break it.</summary>
public sealed record TextOnlyRule : CommitmentRule
{
    internal TextOnlyRule()
    {
    }

    /// <inheritdoc />
    public override bool IsCheckable => false;
}
