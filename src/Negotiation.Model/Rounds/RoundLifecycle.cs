namespace Negotiation.Model;

/// <summary>
/// The one table of a round's lifecycle: which status may change to which. The round facts check against it, and the
/// benchmarks' baselines use it rather than a copy.
/// </summary>
/// <remarks>
/// A round is proposed or agreed when planned. Until it is held it may be agreed (from proposed or postponed), postponed
/// (again and again), rescheduled or cancelled; it is held from proposed, agreed or postponed; only a held round is
/// concluded. Held, concluded and cancelled rounds change no more, except held to concluded.
/// </remarks>
internal static class RoundLifecycle
{
    private static readonly RoundStatus[] Pending = [RoundStatus.Proposed, RoundStatus.Agreed, RoundStatus.Postponed];

    /// <summary>Gets the statuses a round may be in to change to <paramref name="to"/>.</summary>
    public static IReadOnlyList<RoundStatus> From(RoundStatus to) => to switch
    {
        RoundStatus.Agreed => [RoundStatus.Proposed, RoundStatus.Postponed],
        RoundStatus.Held or RoundStatus.Postponed or RoundStatus.Cancelled => Pending,
        RoundStatus.Concluded => [RoundStatus.Held],
        RoundStatus.Proposed => [],
        _ => throw new ArgumentOutOfRangeException(nameof(to), to, "Not a round status."),
    };

    /// <summary>Gets whether a round in <paramref name="from"/> may change to <paramref name="to"/>.</summary>
    public static bool CanChange(RoundStatus from, RoundStatus to) => From(to).Contains(from);

    /// <summary>Gets whether a round in <paramref name="status"/> may be given a new time: one not yet held or cancelled.</summary>
    public static bool CanBeRescheduled(RoundStatus status) => Pending.Contains(status);
}
