using NodaTime;

namespace Negotiation.Model;

/// <summary>Which rounds a commitment applies to: formats and channels (any when empty) and a period.</summary>
/// <remarks>
/// <para>A round is in scope when its format and channel are listed (or the lists are empty) and it may start within the
/// period: a round planned "in January" is in scope of a commitment from 15 January, since it may start after it.
/// Whatever the scope, a round held certainly before the commitment was made is never in it. Equality is by value;
/// <c>default</c> is not used: <see cref="AllRounds"/> is the scope of every round.</para>
/// </remarks>
public sealed record CommitmentScope
{
    /// <summary>Gets the scope of every round.</summary>
    public static CommitmentScope AllRounds { get; } = new();

    /// <summary>Gets the formats it applies to; empty for every format.</summary>
    public EquatableArray<RoundFormat> Formats { get; init; }

    /// <summary>Gets the channels it applies to; empty for every channel.</summary>
    public EquatableArray<RoundChannel> Channels { get; init; }

    /// <summary>Gets the first day it applies to, if it applies from a later day than it was made.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Gets the last day it applies to, if it lapses.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>Does the commitment apply to <paramref name="round"/>?</summary>
    /// <param name="round">The round.</param>
    /// <returns><see langword="true"/> when the round's format and channel are covered and it may start within the period.</returns>
    public bool Covers(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return (Formats.IsEmpty || Formats.Contains(round.Format))
            && (Channels.IsEmpty || Channels.Contains(round.Channel))
            && (From is not { } from || round.Start.LatestDate >= from)
            && (Until is not { } until || round.Start.EarliestDate <= until);
    }
}
